import { Field, Int, ObjectType } from "type-graphql";
import { UserError } from "../shared/error-mapping.ts";

/** Result of a monthly sales import. */
@ObjectType("ImportMonthlySalesPayload", { description: "Result of a monthly sales import." })
export class ImportMonthlySalesPayload {
  @Field(() => Int, { description: "Rows that created a new (customer, month) figure." })
  inserted: number;

  @Field(() => Int, { description: "Rows that replaced an existing (customer, month) figure." })
  updated: number;

  @Field(() => [UserError], { description: "One entry per problem, field = [\"rows\", \"<row number>\", \"<column>\"]; when not empty nothing was written." })
  userErrors: UserError[];
}
