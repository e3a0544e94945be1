import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../shared/context.ts";
import { escapeLike } from "../shared/sql.ts";
import { checkPageSize, pageSize } from "../shared/limits.ts";
import { Product } from "./product.entity.ts";

/** The product catalogue: the reference for launches in business plans. */
@Resolver()
export class ProductResolver {
  @Query(() => [Product], { description: `Products of the catalogue by code, optionally searched by code, name or category; at most ${pageSize.max}.` })
  products(
    @Ctx() context: GraphQLContext,
    @Arg("search", () => String, { nullable: true, description: "Case-insensitive substring of the code, name or category." }) search: string | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: pageSize.default, description: `How many, ${pageSize.min}..${pageSize.max}.` }) first: number | null,
  ): Promise<Product[]> {
    const limit = checkPageSize(first ?? pageSize.default);
    const pattern = search?.trim() ? `%${escapeLike(search.trim())}%` : undefined;
    const where = pattern ? { $or: [{ code: { $ilike: pattern } }, { name: { $ilike: pattern } }, { category: { $ilike: pattern } }] } : {};
    return context.em.find(Product, where, { orderBy: { code: "asc" }, limit });
  }
}
