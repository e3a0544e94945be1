import type { Ref } from "@mikro-orm/core";
import { Entity, OneToOne, Property } from "@mikro-orm/decorators/legacy";
import { Field, Int, ObjectType } from "type-graphql";
import { DecimalScalar } from "../shared/scalars.ts";
import { Customer } from "./customer.entity.ts";

/** Operating data of a customer: staff, coverage, space and logistics. */
@Entity({ tableName: "operating_profile" })
@ObjectType("OperatingProfile", { description: "Operating data of a customer." })
export class OperatingProfile {
  // The customer is the primary key: one profile per customer, and the key indexes the foreign key.
  @OneToOne({ entity: () => Customer, ref: true, primary: true, owner: true, deleteRule: "cascade" })
  customer: Ref<Customer>;

  @Property({ type: "integer", nullable: true })
  @Field(() => Int, { nullable: true, description: "Number of sales staff." })
  salesStaff: number | null = null;

  @Property({ type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "Market coverage, free text." })
  marketCoverage: string | null = null;

  @Property({ type: "decimal", precision: 12, scale: 2, nullable: true })
  @Field(() => DecimalScalar, { nullable: true, description: "Floor area in square metres." })
  floorArea: string | null = null;

  @Property({ type: "decimal", precision: 12, scale: 2, nullable: true })
  @Field(() => DecimalScalar, { nullable: true, description: "Storage area in square metres." })
  storageArea: string | null = null;

  @Property({ type: "string", length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: "Transport mode, e.g. \"own van\"." })
  transportMode: string | null = null;

  @Property({ type: "text[]", defaultRaw: "'{}'" })
  @Field(() => [String], { description: "Delivery addresses." })
  deliveryAddresses: string[] = [];
}
