import { Field, InputType } from "type-graphql";

/** One row of a monthly sales import. Values are strings so that every bad row is reported with its row number. */
@InputType("MonthlySalesRowInput", { description: "One row of a monthly sales import. Values are strings so that each bad row is reported with its row number instead of failing the whole request." })
export class MonthlySalesRowInput {
  @Field(() => String, { description: "Code of an existing customer." })
  customerCode: string;

  @Field(() => String, { description: 'Calendar month, "YYYY-MM".' })
  month: string;

  @Field(() => String, { description: 'Sales volume, a non-negative decimal with up to 3 decimals, e.g. "120.5".' })
  volume: string;

  @Field(() => String, { description: 'Sales amount, a non-negative decimal with up to 2 decimals, e.g. "3400.00".' })
  amount: string;

  @Field(() => String, { nullable: true, description: 'Our share of the customer\'s purchases, a decimal 0..1 with up to 4 decimals; null or omitted when unknown.' })
  ourShare?: string | null;
}

/** A batch of monthly sales rows to upsert. */
@InputType("ImportMonthlySalesInput", { description: "A batch of monthly sales rows, upserted by (customer code, month). A batch with any bad row writes nothing." })
export class ImportMonthlySalesInput {
  @Field(() => [MonthlySalesRowInput], { description: "The rows; row numbers in userErrors are 1-based positions in this list." })
  rows: MonthlySalesRowInput[];
}
