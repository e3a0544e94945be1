import { randomUUID } from "node:crypto";
import type { Ref } from "@mikro-orm/core";
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { Field, Int, ObjectType } from "type-graphql";
import { DateTimeScalar, DecimalScalar } from "../shared/scalars.ts";
import { User } from "../org/user.entity.ts";
import { BusinessPlan } from "./business-plan.entity.ts";
import { BusinessPlanAction, BusinessPlanStatus } from "./business-plan-status.ts";
import { stampNow } from "../shared/entity-clock.ts";

/** The figures a progress step recorded, for wording its note in the reader's language. */
@ObjectType("ProgressStepFigures", { description: "The figures a RECORD_PROGRESS step recorded." })
export class ProgressStepFigures {
  @Field(() => Int, { description: "Plan week, 1..5." })
  week!: number;

  @Field(() => DecimalScalar, { description: "Actual amount to date recorded for the week." })
  amount!: string;

  @Field(() => DecimalScalar, { description: "Actual volume to date recorded for the week." })
  volume!: string;

  @Field(() => String, { nullable: true, description: "Why a running total below an earlier week's was accepted; null when it was no correction." })
  correctionReason!: string | null;
}

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

  @Property({ type: "json", nullable: true })
  progressFigures: { week: number; amount: string; volume: string; correctionReason: string | null } | null = null;

  @Field(() => ProgressStepFigures, { nullable: true, description: "The recorded figures of a RECORD_PROGRESS step (note quotes them in English); null for other steps." })
  get progress(): ProgressStepFigures | null {
    return this.progressFigures ? Object.assign(new ProgressStepFigures(), this.progressFigures) : null;
  }

  @Property({ type: "datetime", columnType: "timestamptz", onCreate: stampNow })
  @Field(() => DateTimeScalar, { description: "When it happened." })
  createdAt!: Date;
}
