import { randomUUID } from "node:crypto";
import type { Ref } from "@mikro-orm/core";
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { Field, ObjectType } from "type-graphql";
import { stampNow } from "../shared/entity-clock.ts";
import { DateTimeScalar } from "../shared/scalars.ts";
import { Customer } from "./customer.entity.ts";
import { CustomerLifecycle } from "./customer-lifecycle.ts";

/** One change of a customer's lifecycle status: by hand with a reason, or by the daily lapse check. */
@Entity({ tableName: "customer_lifecycle_change" })
@Index({ name: "customer_lifecycle_change_customer_index", properties: ["customer", "changedAt"] })
@ObjectType("CustomerLifecycleChange", { description: "One change of a customer's lifecycle status and why." })
export class CustomerLifecycleChange {
  @PrimaryKey({ type: "uuid", defaultRaw: "gen_random_uuid()" })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Customer, ref: true, deleteRule: "cascade" })
  customer: Ref<Customer>;

  @Enum({ items: () => CustomerLifecycle, nullable: true })
  @Field(() => CustomerLifecycle, { nullable: true, description: "The status before; null for the first status." })
  fromStatus: CustomerLifecycle | null = null;

  @Enum({ items: () => CustomerLifecycle })
  @Field(() => CustomerLifecycle, { description: "The status after." })
  toStatus: CustomerLifecycle;

  @Property({ type: "text" })
  @Field(() => String, { description: "Why, as given by the person who changed it or by the lapse check." })
  reason: string;

  @Property({ type: "string", length: 400 })
  @Field(() => String, { description: "Who changed it: the user's e-mail, \"api-token:<name>\", or \"system\" for the daily lapse check." })
  changedBy: string;

  @Property({ type: "datetime", columnType: "timestamptz", onCreate: stampNow })
  @Field(() => DateTimeScalar, { description: "When it changed." })
  changedAt!: Date;
}
