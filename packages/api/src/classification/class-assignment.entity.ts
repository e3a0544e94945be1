import { randomUUID } from "node:crypto";
import type { Ref } from "@mikro-orm/core";
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { Field, ObjectType } from "type-graphql";
import { Customer } from "../customers/customer.entity.ts";
import { DateScalar, DateTimeScalar, DecimalScalar } from "../graphql/scalars.ts";
import { CustomerClass } from "../customers/customer-enums.ts";
import { User } from "../org/user.entity.ts";
import { ClassAssignmentSource } from "./classification-enums.ts";

/** One change of a customer's class: when, from what to what, how and why, and who did it (DOMAIN.md §2). */
@Entity({ tableName: "class_assignment" })
// Serves the foreign key and the history of one customer, newest first.
@Index({ name: "class_assignment_customer_assigned_at_index", properties: ["customer", "assignedAt"] })
@ObjectType("ClassAssignment", { description: "One change of a customer's class: when, from what to what, how, why and by whom." })
export class ClassAssignment {
  @PrimaryKey({ type: "uuid", defaultRaw: "gen_random_uuid()" })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Customer, ref: true, deleteRule: "cascade" })
  customer: Ref<Customer>;

  @Enum({ items: () => CustomerClass, nullable: true })
  @Field(() => CustomerClass, { nullable: true, description: "Class before the change; null when the customer had none." })
  fromClass: CustomerClass | null = null;

  @Enum({ items: () => CustomerClass })
  @Field(() => CustomerClass, { description: "Class after the change." })
  toClass: CustomerClass;

  @Enum({ items: () => ClassAssignmentSource })
  @Field(() => ClassAssignmentSource, { description: "The method that computed the class, or MANUAL for an override." })
  source: ClassAssignmentSource;

  @Property({ type: "text" })
  @Field(() => String, { description: "Why: the figures behind a computed class, or the reason given for an override." })
  reason: string;

  /** Null for changes made by the system itself (e.g. while loading demo data). */
  @ManyToOne({ entity: () => User, ref: true, nullable: true, index: true, deleteRule: "set null" })
  actor: Ref<User> | null = null;

  @Property({ type: "datetime", columnType: "timestamptz" })
  @Field(() => DateTimeScalar, { description: "When the change was made." })
  assignedAt: Date = new Date();

  /** The "as of" date of the classification run; null for manual overrides. */
  @Property({ type: "date", nullable: true })
  @Field(() => DateScalar, { nullable: true, description: "The date the classification run was made for; null for overrides." })
  asOf: string | null = null;

  /** Average monthly volume that counted; null for manual overrides. */
  @Property({ type: "decimal", precision: 22, scale: 6, nullable: true })
  @Field(() => DecimalScalar, { nullable: true, description: "Average monthly volume that counted; null for overrides." })
  volume: string | null = null;
}
