import type { Ref } from "@mikro-orm/core";
import { Check, Entity, OneToOne, Property } from "@mikro-orm/decorators/legacy";
import { Field, Int, ObjectType } from "type-graphql";
import { DecimalScalar } from "../shared/scalars.ts";
import { Customer } from "./customer.entity.ts";

/** Credit data of a customer; sensitive, the scoping layer will restrict it. */
@Entity({ tableName: "credit_profile" })
@Check({ name: "credit_profile_settlement_day_check", expression: "settlement_day between 1 and 31" })
@ObjectType("CreditProfile", { description: "Credit data of a customer." })
export class CreditProfile {
  // The customer is the primary key: one profile per customer, and the key indexes the foreign key.
  @OneToOne({ entity: () => Customer, ref: true, primary: true, owner: true, deleteRule: "cascade" })
  customer: Ref<Customer>;

  @Property({ type: "decimal", precision: 16, scale: 2, nullable: true })
  @Field(() => DecimalScalar, { nullable: true, description: "Registered capital (money)." })
  registeredCapital: string | null = null;

  @Property({ type: "integer", nullable: true })
  @Field(() => Int, { nullable: true, description: "Years in business." })
  yearsInBusiness: number | null = null;

  @Property({ type: "decimal", precision: 16, scale: 2, nullable: true })
  @Field(() => DecimalScalar, { nullable: true, description: "Credit limit (money)." })
  creditLimit: string | null = null;

  @Property({ type: "integer", nullable: true })
  @Field(() => Int, { nullable: true, description: "Credit term in days." })
  creditTermDays: number | null = null;

  @Property({ type: "integer", nullable: true })
  @Field(() => Int, { nullable: true, description: "Day of month (1..31) on which accounts are settled." })
  settlementDay: number | null = null;

  @Property({ type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "Payment terms, free text." })
  paymentTerms: string | null = null;

  @Property({ type: "boolean", default: false })
  @Field(() => Boolean, { description: "True when the customer has a bad-credit record." })
  badCredit: boolean = false;
}
