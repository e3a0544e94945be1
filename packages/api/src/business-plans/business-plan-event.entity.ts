import { randomUUID } from "node:crypto";
import type { Ref } from "@mikro-orm/core";
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { Field, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../shared/scalars.ts";
import { User } from "../org/user.entity.ts";
import { BusinessPlan } from "./business-plan.entity.ts";
import { BusinessPlanAction, BusinessPlanStatus } from "./business-plan-status.ts";
import { stampNow } from "../shared/entity-clock.ts";

/** One step in a plan's history: who did what, from which status to which, on which revision. */
@Entity({ tableName: "business_plan_event" })
@Index({ name: "business_plan_event_plan_created_index", properties: ["plan", "createdAt"] })
@ObjectType("BusinessPlanEvent", { description: "One step in a business plan's history." })
export class BusinessPlanEvent {
  @PrimaryKey({ type: "uuid", defaultRaw: "gen_random_uuid()" })
  id: string = randomUUID();

  @ManyToOne({ entity: () => BusinessPlan, ref: true, deleteRule: "cascade" })
  plan: Ref<BusinessPlan>;

  @Enum({ items: () => BusinessPlanAction })
  @Field(() => BusinessPlanAction, { description: "What was done." })
  action: BusinessPlanAction;

  @Enum({ items: () => BusinessPlanStatus, nullable: true })
  @Field(() => BusinessPlanStatus, { nullable: true, description: "Status before; null when the plan was created." })
  fromStatus: BusinessPlanStatus | null = null;

  @Enum({ items: () => BusinessPlanStatus })
  @Field(() => BusinessPlanStatus, { description: "Status after." })
  toStatus: BusinessPlanStatus;

  @Property({ type: "integer" })
  @Field(() => Int, { description: "The plan's current revision after the step." })
  revisionNumber: number;

  @ManyToOne({ entity: () => User, ref: true, index: true, deleteRule: "restrict" })
  actor: Ref<User>;

  @Property({ type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "Reason, requested changes or remark given with the step." })
  note: string | null = null;

  @Property({ type: "datetime", columnType: "timestamptz", onCreate: stampNow })
  @Field(() => DateTimeScalar, { description: "When it happened." })
  createdAt!: Date;
}
