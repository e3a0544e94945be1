import { randomUUID } from "node:crypto";
import type { Ref } from "@mikro-orm/core";
import { Check, Entity, ManyToOne, PrimaryKey, Property, Unique } from "@mikro-orm/decorators/legacy";
import { Field, ObjectType } from "type-graphql";
import { Customer } from "../customers/customer.entity.ts";
import { DecimalScalar, MonthScalar } from "../shared/scalars.ts";
import { stampNow } from "../shared/entity-clock.ts";

/** Actual sales of one customer in one calendar month. */
@Entity({ tableName: "monthly_sales" })
@Unique({ name: "monthly_sales_customer_month_unique", properties: ["customer", "month"] })
@Check({ name: "monthly_sales_month_first_day_check", expression: "extract(day from month) = 1" })
@Check({ name: "monthly_sales_non_negative_check", expression: "volume >= 0 and amount >= 0" })
@Check({ name: "monthly_sales_our_share_check", expression: "our_share is null or (our_share >= 0 and our_share <= 1)" })
@ObjectType("MonthlySales", { description: "Actual sales of one customer in one calendar month." })
export class MonthlySales {
  @PrimaryKey({ type: "uuid", defaultRaw: "gen_random_uuid()" })
  id: string = randomUUID();

  // Leading column of the (customer, month) unique index, which also serves the foreign key.
  @ManyToOne({ entity: () => Customer, ref: true, deleteRule: "cascade" })
  customer: Ref<Customer>;

  // First day of the month.
  @Property({ type: "date" })
  @Field(() => MonthScalar, { description: "The calendar month." })
  month: string;

  @Property({ type: "decimal", precision: 16, scale: 3 })
  @Field(() => DecimalScalar, { description: "Sales volume (units)." })
  volume: string;

  @Property({ type: "decimal", precision: 16, scale: 2 })
  @Field(() => DecimalScalar, { description: "Sales amount (money)." })
  amount: string;

  @Property({ type: "decimal", precision: 5, scale: 4, nullable: true })
  @Field(() => DecimalScalar, { nullable: true, description: "Our share of the customer's purchases, 0..1; null when unknown." })
  ourShare: string | null = null;

  @Property({ type: "datetime", columnType: "timestamptz", onCreate: stampNow, onUpdate: stampNow })
  updatedAt!: Date;
}
