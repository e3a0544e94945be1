import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { connectionTypes } from "../shared/connection.ts";
import { UserError } from "../shared/error-mapping.ts";
import { DateScalar } from "../shared/scalars.ts";
import { PlannedVisit } from "./planned-visit.entity.ts";
import { PlannedVisitStatus } from "./visit-plan-enums.ts";
import { VisitPlan } from "./visit-plan.entity.ts";

export const { Edge: PlannedVisitEdge, Connection: PlannedVisitConnection } = connectionTypes("PlannedVisit", () => PlannedVisit, {
  edge: "A planned visit and its position in the list.",
  cursor: "Opaque cursor; pass it as `after` to continue after this visit.",
  node: "The planned visit.",
  connection: "One page of planned visits by date, rep and route position (Relay connection, keyset cursors).",
  edges: "The visits of this page, in order.",
  pageInfo: "Where this page sits in the whole list.",
  totalCount: "Number of planned visits matching the filter over all pages.",
});
/** One page of planned visits. */
export type PlannedVisitConnection = InstanceType<typeof PlannedVisitConnection>;

/** Conditions of the plannedVisits query. */
@InputType("PlannedVisitFilter", { description: "Conditions the planned visits must meet; all given ones apply." })
export class PlannedVisitFilter {
  @Field(() => ID, { nullable: true, description: "Only this territory's visits." })
  territoryId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only this rep's visits." })
  repId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only visits to this customer." })
  customerId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "On or after this day." })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "On or before this day." })
  to?: string | null;

  @Field(() => PlannedVisitStatus, { nullable: true, description: "Only visits in this state." })
  status?: PlannedVisitStatus | null;
}

/** Input of activateVisitPlan. */
@InputType("ActivateVisitPlanInput", { description: "The DRAFT plan to put in use." })
export class ActivateVisitPlanInput {
  @Field(() => ID, { description: "The plan (global ID)." })
  planId: string;

  @Field(() => Int, { description: "The plan's `version` as you read it; a changed plan is a CONFLICT userError." })
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: "Client-chosen key for safe retries: the same key with the same input returns the first result and writes nothing again. Kept 7 days." })
  idempotencyKey?: string | null;
}

/** Result of activateVisitPlan. */
@ObjectType("ActivateVisitPlanPayload", { description: "The activated plan and the visits it planned, or why it was refused." })
export class ActivateVisitPlanPayload {
  @Field(() => VisitPlan, { nullable: true, description: "The plan, now ACTIVE; null when userErrors is not empty." })
  plan: VisitPlan | null;

  @Field(() => Int, { nullable: true, description: "Planned visits written for the horizon; null when userErrors is not empty." })
  plannedVisitCount: number | null;

  @Field(() => [UserError], { description: "NOT_FOUND, FORBIDDEN (reps), CONFLICT (the plan changed), INVALID_TRANSITION (not a DRAFT); empty on success. When not empty nothing changed." })
  userErrors: UserError[];
}
