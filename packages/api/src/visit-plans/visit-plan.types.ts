import { Field, ObjectType } from "type-graphql";
import { UserError } from "../shared/error-mapping.ts";
import { VisitPlanJob } from "./visit-plan-job.entity.ts";

/** Result of generateVisitPlan and cancelVisitPlanJob. */
@ObjectType("VisitPlanJobPayload", { description: "The job as stored, or why the request was refused." })
export class VisitPlanJobPayload {
  @Field(() => VisitPlanJob, { nullable: true, description: "The job; null when userErrors is not empty." })
  job: VisitPlanJob | null;

  @Field(() => [UserError], { description: "Problems with the input (VALIDATION naming each missing piece of data, NOT_FOUND, FORBIDDEN, …); empty on success. When not empty nothing was queued." })
  userErrors: UserError[];
}
