import { BigIntType, type Ref } from "@mikro-orm/core";
import { Entity, Enum, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { Field, ObjectType } from "type-graphql";
import { Customer } from "../customers/customer.entity.ts";
import { DecimalScalar } from "../shared/scalars.ts";
import { CustomerClass } from "../customers/customer-enums.ts";
import { ClassChangeRun } from "./class-change-run.entity.ts";
import { ClassAssignmentSource } from "./classification-enums.ts";

/**
 * One change of a customer's class: from what to what, how and why (DOMAIN.md §2); who made it
 * and when come from its run. Append-only. A change computed by Pareto or threshold amounts
 * keeps its figures and its reason is rendered from them with the run's template; other
 * changes keep their reason text. The table's primary key is (customer_id, id), which also
 * serves a customer's history; the references to customer and run are enforced by
 * statement-level triggers, so a run that reclassifies a whole territory checks them in one
 * set-based query (see Migration20261122120000).
 */
@Entity({ tableName: "class_assignment" })
@ObjectType("ClassAssignment", { description: "One change of a customer's class: when, from what to what, how, why and by whom." })
export class ClassAssignment {
  /** Ascending in insertion order, unique on its own; never exposed. */
  @PrimaryKey({ type: new BigIntType("string"), autoincrement: true })
  id!: string;

  @ManyToOne({ entity: () => Customer, ref: true, createForeignKeyConstraint: false })
  customer: Ref<Customer>;

  // Not indexed: runs are never deleted in normal operation, and history is read per customer.
  @ManyToOne({ entity: () => ClassChangeRun, ref: true, createForeignKeyConstraint: false })
  run: Ref<ClassChangeRun>;

  @Enum({ items: () => CustomerClass, nullable: true })
  @Field(() => CustomerClass, { nullable: true, description: "Class before the change; null when the customer had none." })
  fromClass: CustomerClass | null = null;

  @Enum({ items: () => CustomerClass })
  @Field(() => CustomerClass, { description: "Class after the change." })
  toClass: CustomerClass;

  @Enum({ items: () => ClassAssignmentSource })
  @Field(() => ClassAssignmentSource, { description: "The method that computed the class, or MANUAL for an override." })
  source: ClassAssignmentSource;

  /** The reason as written; null when it is rendered from the figures below and the run's template. */
  @Property({ type: "text", nullable: true })
  reason: string | null = null;

  /** Average monthly volume that counted; null for manual overrides. */
  @Property({ type: "decimal", precision: 22, scale: 6, nullable: true })
  @Field(() => DecimalScalar, { nullable: true, description: "Average monthly volume that counted; null for overrides." })
  volume: string | null = null;

  @Property({ type: "integer", nullable: true })
  rank: number | null = null;

  @Property({ type: "smallint", nullable: true })
  monthsAveraged: number | null = null;

  /** Summed average volume of the customers ranked above (the run holds the total). */
  @Property({ type: "decimal", precision: 22, scale: 6, nullable: true })
  runningBefore: string | null = null;

  @Enum({ items: () => CustomerClass, nullable: true })
  computedClass: CustomerClass | null = null;

  /** The manual override that held during the run, if any. */
  @Property({ type: "date", nullable: true })
  overrideUntil: string | null = null;

  @Property({ type: "text", nullable: true })
  overrideReason: string | null = null;
}
