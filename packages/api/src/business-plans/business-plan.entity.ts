import { randomUUID } from "node:crypto";
import type { Ref } from "@mikro-orm/core";
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from "@mikro-orm/decorators/legacy";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Customer } from "../customers/customer.entity.ts";
import { toGlobalId } from "../shared/global-id.ts";
import { Node } from "../shared/node.ts";
import { DateTimeScalar, MonthScalar } from "../shared/scalars.ts";
import { User } from "../org/user.entity.ts";
import { BusinessPlanStatus } from "./business-plan-status.ts";
import { stampNow } from "../shared/entity-clock.ts";

/** A customer's business plan for one month (form 客代09), owned by the customer's responsible rep. */
@Entity({ tableName: "business_plan" })
// Leading column of this unique index also serves the customer foreign key.
@Unique({ name: "business_plan_customer_month_unique", properties: ["customer", "month"] })
@Index({ name: "business_plan_month_status_index", properties: ["month", "status"] })
@Check({ name: "business_plan_month_first_day_check", expression: "extract(day from month) = 1" })
@ObjectType("BusinessPlan", { implements: Node, description: "A customer's business plan for one month (form 客代09) with its chain of revisions." })
export class BusinessPlan {
  @PrimaryKey({ type: "uuid", defaultRaw: "gen_random_uuid()" })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Customer, ref: true, deleteRule: "cascade" })
  customer: Ref<Customer>;

  // First day of the month.
  @Property({ type: "date" })
  @Field(() => MonthScalar, { description: "The month planned." })
  month: string;

  @ManyToOne({ entity: () => User, ref: true, index: true, deleteRule: "restrict" })
  owner: Ref<User>;

  @Enum({ items: () => BusinessPlanStatus })
  @Field(() => BusinessPlanStatus, { description: "Where the plan is in its lifecycle." })
  status: BusinessPlanStatus = BusinessPlanStatus.DRAFT;

  // Points at the current revision by number: revisions are never changed, so the pair (plan, number) is stable.
  @Property({ type: "integer" })
  @Field(() => Int, { description: "Number of the current revision (1, 2, …)." })
  currentRevisionNumber: number = 1;

  @Property({ type: "integer", nullable: true })
  @Field(() => Int, { nullable: true, description: "Number of the revision the customer last confirmed; null before the first confirmation." })
  confirmedRevisionNumber: number | null = null;

  @Property({ type: "integer", nullable: true })
  @Field(() => Int, { nullable: true, description: "Number of the revision last proposed to the customer; null before the first proposal." })
  lastProposedRevisionNumber: number | null = null;

  @Property({ type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "The customer's requested changes or the manager's rejection reason that led to the current status; null otherwise." })
  statusNote: string | null = null;

  @Property({ type: "integer", version: true })
  @Field(() => Int, { description: "Increases on every change; send it back as `expectedVersion` so that a stale edit is refused with CONFLICT." })
  version: number = 1;

  @Property({ type: "datetime", columnType: "timestamptz", onCreate: stampNow })
  @Field(() => DateTimeScalar, { description: "When the plan was created." })
  createdAt!: Date;

  @Property({ type: "datetime", columnType: "timestamptz", onCreate: stampNow, onUpdate: stampNow })
  @Field(() => DateTimeScalar, { description: "When the plan last changed." })
  updatedAt!: Date;

  @Field(() => ID, { name: "id", description: "Opaque global ID." })
  get globalId(): string {
    return toGlobalId("BusinessPlan", this.id);
  }
}
