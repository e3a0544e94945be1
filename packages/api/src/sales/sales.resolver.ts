import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { GraphQLContext } from "../shared/context.ts";
import { toUserErrors } from "../shared/error-mapping.ts";
import { importMonthlySales, salesMonthBounds } from "./monthly-sales-import.ts";
import { ImportMonthlySalesInput } from "./sales.input.ts";
import { ImportMonthlySalesPayload } from "./sales.types.ts";

/** Sales figures coming in from ERP feeds and spreadsheets. */
@Resolver()
export class SalesResolver {
  @Mutation(() => ImportMonthlySalesPayload, {
    description: "Upserts monthly sales by (customer code, month) in one transaction. Every row is checked first; with any bad row nothing is written and each problem is reported with its 1-based row number.",
  })
  async importMonthlySales(@Ctx() context: GraphQLContext, @Arg("input", () => ImportMonthlySalesInput) input: ImportMonthlySalesInput): Promise<ImportMonthlySalesPayload> {
    const rows = input.rows.map((row, index) => ({
      lineNumber: index + 1,
      customerCode: row.customerCode,
      month: row.month,
      volume: row.volume,
      amount: row.amount,
      ourShare: row.ourShare ?? null,
    }));
    try {
      return { ...(await importMonthlySales(context.em, context.scope, rows, "row", salesMonthBounds(context))), userErrors: [] };
    } catch (error) {
      return { inserted: 0, updated: 0, userErrors: toUserErrors(error) };
    }
  }
}
