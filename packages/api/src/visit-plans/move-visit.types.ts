import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { UserError } from "../shared/error-mapping.ts";
import { VisitPlan, VisitPlanDayView } from "./visit-plan.entity.ts";

/** Input of moveVisit. */
@InputType("MoveVisitInput", { description: "A customer's visit to move to another day of the same rep and/or another position in the route." })
export class MoveVisitInput {
  @Field(() => ID, { description: "The plan (global ID); DRAFT or ACTIVE." })
  planId: string;

  @Field(() => Int, { description: "The plan's `version` as you read it; a changed plan is a CONFLICT userError." })
  expectedVersion: number;

  @Field(() => ID, { description: "The customer whose visit moves (global ID)." })
  customerId: string;

  @Field(() => Int, { description: "Cycle week of the visit now, from 1." })
  fromWeek: number;

  @Field(() => Int, { description: "ISO weekday of the visit now, 1 = Monday." })
  fromWeekday: number;

  @Field(() => Int, { description: "Cycle week to move it to." })
  toWeek: number;

  @Field(() => Int, { description: "ISO weekday to move it to." })
  toWeekday: number;

  @Field(() => Int, { nullable: true, description: "1-based position in that day's route; the end when omitted." })
  toPosition?: number | null;
}

/** Result of moveVisit. */
@ObjectType("MoveVisitPayload", { description: "The changed plan and the days the move touched, or why it was refused." })
export class MoveVisitPayload {
  @Field(() => VisitPlan, { nullable: true, description: "The plan with its new version; null when userErrors is not empty." })
  plan: VisitPlan | null;

  @Field(() => [VisitPlanDayView], { description: "The day the visit left and the day it joined, with their new totals (one day when it only changed position)." })
  days: VisitPlanDayView[];

  @Field(() => [UserError], {
    description:
      "DAY_OVER_CAPACITY (the day would need more minutes than the rep has), SPACING (the customer's visits would no longer be evenly spread, or it is already visited that day), CUSTOMER_CLOSED, NOT_A_WORKING_DAY, CONFLICT, INVALID_TRANSITION, NOT_FOUND, FORBIDDEN; empty on success. When not empty nothing changed.",
  })
  userErrors: UserError[];
}
