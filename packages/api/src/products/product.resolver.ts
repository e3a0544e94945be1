import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../shared/context.ts";
import { DomainError } from "../shared/domain-error.ts";
import { Product } from "./product.entity.ts";

const maxProducts = 500;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** The product catalogue: the reference for launches in business plans. */
@Resolver()
export class ProductResolver {
  @Query(() => [Product], { description: `Products of the catalogue by code, optionally searched by code, name or category; at most ${maxProducts}.` })
  products(
    @Ctx() context: GraphQLContext,
    @Arg("search", () => String, { nullable: true, description: "Case-insensitive substring of the code, name or category." }) search: string | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 100, description: `How many, 1..${maxProducts}.` }) first: number | null,
  ): Promise<Product[]> {
    const limit = first ?? 100;
    if (!Number.isInteger(limit) || limit < 1 || limit > maxProducts) throw new DomainError("VALIDATION", `first must be 1..${maxProducts}, got ${limit}`, ["first"]);
    const pattern = search?.trim() ? `%${escapeLike(search.trim())}%` : undefined;
    const where = pattern ? { $or: [{ code: { $ilike: pattern } }, { name: { $ilike: pattern } }, { category: { $ilike: pattern } }] } : {};
    return context.em.find(Product, where, { orderBy: { code: "asc" }, limit });
  }
}
