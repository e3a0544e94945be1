import { randomUUID } from "node:crypto";
import type { Ref } from "@mikro-orm/core";
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { toGlobalId } from "../shared/global-id.ts";
import { Node } from "../shared/node.ts";
import { DateTimeScalar } from "../shared/scalars.ts";
import { Territory } from "../org/territory.entity.ts";
import { User } from "../org/user.entity.ts";
import { CustomerClass, CustomerStatus, CustomerType } from "./customer-enums.ts";
import { stampNow } from "../shared/entity-clock.ts";
import { CustomerLifecycle } from "./customer-lifecycle.ts";

/** A customer in the archive (客户档案): a retail store, a dealer or a key account. */
@Entity({ tableName: "customer" })
// Serves the default keyset order (name, then id).
@Index({ name: "customer_name_id_index", properties: ["name", "id"] })
@ObjectType("Customer", { implements: Node, description: "A customer in the archive: a retail store, a dealer or a key account." })
export class Customer {
  @PrimaryKey({ type: "uuid", defaultRaw: "gen_random_uuid()" })
  id: string = randomUUID();

  @Property({ type: "string", length: 32, unique: true })
  @Field(() => String, { description: "Unique customer code." })
  code: string;

  @Property({ type: "string", length: 200 })
  @Field(() => String, { description: "Customer name." })
  name: string;

  @Enum({ items: () => CustomerType })
  @Field(() => CustomerType, { description: "Kind of customer." })
  type: CustomerType;

  @Property({ type: "string", length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: "Sales channel, e.g. \"supermarket\" or \"convenience\"." })
  channel: string | null = null;

  @Property({ type: "string", length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: "Business scale, e.g. \"large\"." })
  scale: string | null = null;

  @Property({ type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "Postal address." })
  address: string | null = null;

  @Property({ type: "double", nullable: true })
  @Field(() => Float, { nullable: true, description: "Latitude in degrees (WGS 84), -90..90." })
  latitude: number | null = null;

  @Property({ type: "double", nullable: true })
  @Field(() => Float, { nullable: true, description: "Longitude in degrees (WGS 84), -180..180." })
  longitude: number | null = null;

  @Property({ type: "string", length: 64, nullable: true })
  @Field(() => String, { nullable: true, description: "Business registration number." })
  registrationNo: string | null = null;

  // Exposed through CustomerSensitiveSectionsResolver: withheld from viewers outside the customer's circle.
  @Property({ type: "string", length: 64, nullable: true })
  taxNo: string | null = null;

  @Property({ type: "string", length: 64, nullable: true })
  bankAccount: string | null = null;

  @ManyToOne({ entity: () => Territory, ref: true, index: true, deleteRule: "restrict" })
  territory: Ref<Territory>;

  @ManyToOne({ entity: () => User, ref: true, nullable: true, index: true, deleteRule: "set null" })
  responsibleRep: Ref<User> | null = null;

  @Enum({ items: () => CustomerStatus, default: CustomerStatus.ACTIVE, index: true })
  @Field(() => CustomerStatus, { description: "ACTIVE customers are managed; ARCHIVED ones are kept for history." })
  status: CustomerStatus = CustomerStatus.ACTIVE;

  @Enum({ items: () => CustomerLifecycle, default: CustomerLifecycle.ACTIVE, index: true })
  @Field(() => CustomerLifecycle, { description: "Lifecycle status: prospect → new → active → lapsed/lost (customers created through the API start NEW); see lifecycleHistory." })
  lifecycle: CustomerLifecycle = CustomerLifecycle.ACTIVE;

  @Enum({ items: () => CustomerClass, nullable: true, fieldName: "class" })
  @Field(() => CustomerClass, { name: "class", nullable: true, description: "Class from classification; null until classified." })
  customerClass: CustomerClass | null = null;

  @Property({ type: "integer", version: true })
  @Field(() => Int, { description: "Increases on every change; send it back as `expectedVersion` to update without overwriting someone else's change." })
  version: number = 1;

  @Property({ type: "datetime", columnType: "timestamptz", onCreate: stampNow })
  @Field(() => DateTimeScalar, { description: "When the customer was created." })
  createdAt!: Date;

  @Property({ type: "datetime", columnType: "timestamptz", onCreate: stampNow, onUpdate: stampNow })
  @Field(() => DateTimeScalar, { description: "When the customer was last changed." })
  updatedAt!: Date;

  @Field(() => ID, { name: "id", description: "Opaque global ID." })
  get globalId(): string {
    return toGlobalId("Customer", this.id);
  }
}
