import { Field, Int, ObjectType } from "type-graphql";
import { connectionTypes } from "../shared/connection.ts";
import { UserError } from "../shared/error-mapping.ts";
import { DecimalScalar } from "../shared/scalars.ts";
import { FieldChangeKind } from "./business-plan-status.ts";
import { BusinessPlan } from "./business-plan.entity.ts";

/** One page of plans (Relay connection) and its edges. */
export const { Edge: BusinessPlanEdge, Connection: BusinessPlanConnection } = connectionTypes("BusinessPlan", () => BusinessPlan, {
  edge: "A business plan and its position in the list.",
  cursor: "Opaque cursor; pass it as `after` to continue after this plan.",
  node: "The plan.",
  connection: "One page of business plans by month, then customer code (Relay connection, keyset cursors).",
  edges: "The plans of this page, in order.",
  pageInfo: "Where this page sits in the whole list.",
  totalCount: "Number of plans matching the filter over all pages.",
});
/** One page of plans. */
export type BusinessPlanConnection = InstanceType<typeof BusinessPlanConnection>;

/** Result of a business-plan mutation. */
@ObjectType("BusinessPlanPayload", { description: "Result of a business-plan mutation: the plan, or what was wrong." })
export class BusinessPlanPayload {
  @Field(() => BusinessPlan, { nullable: true, description: "The plan as stored; null when userErrors is not empty." })
  businessPlan: BusinessPlan | null;

  @Field(() => [UserError], { description: "Problems with the input or the step (INVALID_TRANSITION, CONFLICT, FORBIDDEN, …); empty on success. When not empty nothing was written." })
  userErrors: UserError[];
}

/** Result of closing a plan. */
@ObjectType("CloseBusinessPlanPayload", { description: "Result of closing a plan: the closed plan and, when asked for, next month's seeded draft." })
export class CloseBusinessPlanPayload extends BusinessPlanPayload {
  @Field(() => BusinessPlan, { nullable: true, description: "Next month's draft seeded from this plan; null when not asked for, when it already existed, or on userErrors." })
  nextMonthPlan: BusinessPlan | null;
}

/** One field that differs between two revisions. */
@ObjectType("RevisionFieldChange", { description: "One field that differs between two revisions of a plan." })
export class RevisionFieldChange {
  @Field(() => String, { description: "Path of the field, e.g. \"targetAmount\", \"storeTargets[S-01].volume\", \"launches[P-100].launchDate\", \"promotions[2].budget\" (promotions by position)." })
  field: string;

  @Field(() => FieldChangeKind, { description: "Whether the field was added, removed or changed." })
  kind: FieldChangeKind;

  @Field(() => String, { nullable: true, description: "Value in the earlier revision; null when absent." })
  before: string | null;

  @Field(() => String, { nullable: true, description: "Value in the later revision; null when absent." })
  after: string | null;
}

/** One plan week of the tracking chart. */
@ObjectType("TrackingWeek", { description: "One plan week of the tracking chart: the target due by its end (even sales over the month) against the recorded actual to date." })
export class TrackingWeek {
  @Field(() => Int, { description: "Plan week, 1..5." })
  week: number;

  @Field(() => Int, { description: "Last day of the month the week covers." })
  endDay: number;

  @Field(() => DecimalScalar, { description: "Target volume due by the end of the week." })
  targetVolumeToDate: string;

  @Field(() => DecimalScalar, { description: "Target amount due by the end of the week." })
  targetAmountToDate: string;

  @Field(() => DecimalScalar, { nullable: true, description: "Recorded actual volume to date; null when the week was not recorded." })
  actualVolumeToDate: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Recorded actual amount to date; null when the week was not recorded." })
  actualAmountToDate: string | null;
}
