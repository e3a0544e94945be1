import type { Ref } from "@mikro-orm/core";
import { Entity, Enum, ManyToOne, Property } from "@mikro-orm/decorators/legacy";
import { Field, ObjectType } from "type-graphql";
import { Customer } from "../customers/customer.entity.ts";
import { DateScalar, DateTimeScalar } from "../shared/scalars.ts";
import { CustomerClass } from "../customers/customer-enums.ts";
import { User } from "../org/user.entity.ts";
import { stampNow } from "../shared/entity-clock.ts";

/** A class set by hand; classification runs keep it until `until` has passed. */
@Entity({ tableName: "customer_class_override" })
@ObjectType("ClassOverride", { description: "A class set by hand that classification runs keep until it expires." })
export class ClassOverride {
  // The customer is the primary key: one override per customer, and its index serves the foreign key.
  @ManyToOne({ entity: () => Customer, ref: true, primary: true, deleteRule: "cascade" })
  customer: Ref<Customer>;

  @Enum({ items: () => CustomerClass, fieldName: "class" })
  @Field(() => CustomerClass, { name: "class", description: "The class set by hand." })
  customerClass: CustomerClass;

  @Property({ type: "text" })
  @Field(() => String, { description: "Why the class was set by hand." })
  reason: string;

  /** Last day the override holds; null keeps it until it is replaced. */
  @Property({ type: "date", nullable: true })
  @Field(() => DateScalar, { nullable: true, description: "Last day the override holds; null until replaced." })
  until: string | null = null;

  @ManyToOne({ entity: () => User, ref: true, nullable: true, index: true, deleteRule: "set null" })
  actor: Ref<User> | null = null;

  @Property({ type: "datetime", columnType: "timestamptz", onCreate: stampNow })
  @Field(() => DateTimeScalar, { description: "When the override was set." })
  createdAt!: Date;
}
