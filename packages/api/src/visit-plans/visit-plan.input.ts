import { Field, Float, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "../shared/scalars.ts";
import { RepAssignmentMode } from "./visit-plan-enums.ts";

const idempotencyKeyDescription = "Client-chosen key (e.g. a UUID) for safe retries: the same key with the same input returns the first result and writes nothing again; with a different input it is an IDEMPOTENCY_KEY_REUSED userError. Kept 7 days.";

/** Input of generateVisitPlan. */
@InputType("GenerateVisitPlanInput", { description: "What plan to generate: territory, cycle and solver budget." })
export class GenerateVisitPlanInput {
  @Field(() => ID, { description: "The territory (global ID)." })
  territoryId: string;

  @Field(() => DateScalar, { description: "First day of the cycle; must be a Monday." })
  startsOn: string;

  @Field(() => Int, { description: "Weeks in the cycle: a multiple of the visit standard's cycle, at most 8." })
  cycleWeeks: number;

  @Field(() => Float, { description: "The solver's time budget, seconds: 0.1..600." })
  timeLimitSeconds: number;

  @Field(() => RepAssignmentMode, { defaultValue: RepAssignmentMode.KEEP, description: "KEEP each customer with their responsible rep (default), or OPTIMISE." })
  repAssignment: RepAssignmentMode;

  @Field(() => String, { nullable: true, description: idempotencyKeyDescription })
  idempotencyKey?: string | null;
}

/** Input of cancelVisitPlanJob. */
@InputType("CancelVisitPlanJobInput", { description: "The job to cancel." })
export class CancelVisitPlanJobInput {
  @Field(() => ID, { description: "The job (global ID)." })
  jobId: string;
}
