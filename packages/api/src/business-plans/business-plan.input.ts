import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar, DecimalScalar, MonthScalar } from "../shared/scalars.ts";
import { BusinessPlanStatus } from "./business-plan-status.ts";

const idempotencyKeyDescription = "Client-chosen key (e.g. a UUID) for safe retries: the same key with the same input returns the first result and writes nothing again; with a different input it is an IDEMPOTENCY_KEY_REUSED userError. Kept 7 days.";
const expectedVersionDescription = "The plan `version` you last read; when it changed meanwhile the change is refused with a CONFLICT userError naming the current version.";

/** A store's share of the target. */
@InputType("StoreTargetInput", { description: "A store's share of the monthly target." })
export class StoreTargetInput {
  @Field(() => ID, { description: "A store of the plan's customer (global ID)." })
  storeId: string;

  @Field(() => DecimalScalar, { description: "Target volume, ≥ 0, up to 3 decimals." })
  volume: string;

  @Field(() => DecimalScalar, { description: "Target amount, ≥ 0, up to 2 decimals." })
  amount: string;
}

/** A new-product launch. */
@InputType("ProductLaunchInput", { description: "A new-product launch at the customer." })
export class ProductLaunchInput {
  @Field(() => ID, { description: "A product of the catalogue (global ID)." })
  productId: string;

  @Field(() => DateScalar, { description: "Launch date, inside the plan month." })
  launchDate: string;

  @Field(() => DecimalScalar, { description: "Units of the first order, ≥ 0." })
  firstOrderQuantity: string;

  @Field(() => Int, { description: "Number of stores that should list the product, ≥ 0." })
  targetStores: number;

  @Field(() => Boolean, { description: "Display and point-of-sale materials are ready." })
  materialsReady: boolean;

  @Field(() => Boolean, { description: "Promoters are arranged and trained." })
  promoterReady: boolean;
}

/** A promotion. */
@InputType("PromotionInput", { description: "A promotion with the customer." })
export class PromotionInput {
  @Field(() => String, { description: "Kind of promotion, 1..100 characters." })
  type: string;

  @Field(() => DateScalar, { description: "First day, inside the plan month." })
  startDate: string;

  @Field(() => DateScalar, { description: "Last day, inside the plan month, not before startDate." })
  endDate: string;

  @Field(() => DecimalScalar, { description: "Budget, ≥ 0, up to 2 decimals; the revision's total counts against the rep's authority limit." })
  budget: string;

  @Field(() => DecimalScalar, { description: "Expected sales uplift in percent, ≥ 0." })
  expectedUplift: string;
}

/** The whole content of a revision (form 客代09); every revision is a full snapshot. */
@InputType("BusinessPlanContentInput", { description: "The whole content of a plan revision (form 客代09); each revision is a full snapshot." })
export class BusinessPlanContentInput {
  @Field(() => DecimalScalar, { description: "The company's target volume for the customer." })
  companyTargetVolume: string;

  @Field(() => DecimalScalar, { description: "The company's target amount for the customer." })
  companyTargetAmount: string;

  @Field(() => DecimalScalar, { description: "Monthly sales target agreed with the customer, volume." })
  targetVolume: string;

  @Field(() => DecimalScalar, { description: "Monthly sales target agreed with the customer, amount." })
  targetAmount: string;

  @Field(() => DecimalScalar, { description: "Sales forecast, volume." })
  forecastVolume: string;

  @Field(() => DecimalScalar, { description: "Sales forecast, amount." })
  forecastAmount: string;

  @Field(() => [StoreTargetInput], { defaultValue: [], description: "Split of the target over the customer's stores; must add up to the target; empty for no split." })
  storeTargets: StoreTargetInput[];

  @Field(() => [ProductLaunchInput], { defaultValue: [], description: "New-product launches, each product at most once." })
  launches: ProductLaunchInput[];

  @Field(() => [PromotionInput], { defaultValue: [], description: "Promotions." })
  promotions: PromotionInput[];

  @Field(() => String, { nullable: true, description: "What the rep learned about the customer (customer penetration), up to 4000 characters." })
  penetrationNotes?: string | null;
}

/** Creates the month's plan of a customer as a draft. */
@InputType("CreateBusinessPlanInput", { description: "A new plan: customer, month and the first revision." })
export class CreateBusinessPlanInput {
  @Field(() => ID, { description: "The customer (global ID); the plan's owner is the customer's responsible rep." })
  customerId: string;

  @Field(() => MonthScalar, { description: "The month planned; not before the current month." })
  month: string;

  @Field(() => BusinessPlanContentInput, { description: "Content of revision 1." })
  content: BusinessPlanContentInput;

  @Field(() => String, { nullable: true, description: "Remark on the first revision." })
  changeNote?: string | null;

  @Field(() => String, { nullable: true, description: idempotencyKeyDescription })
  idempotencyKey?: string | null;
}

/** A new revision: for revise (before confirmation) and adjust (after confirmation). */
@InputType("ReviseBusinessPlanInput", { description: "A new revision of a plan: the full content and why it changed." })
export class ReviseBusinessPlanInput {
  @Field(() => ID, { description: "The plan (global ID)." })
  id: string;

  @Field(() => Int, { description: expectedVersionDescription })
  expectedVersion: number;

  @Field(() => BusinessPlanContentInput, { description: "The full content of the new revision." })
  content: BusinessPlanContentInput;

  @Field(() => String, { nullable: true, description: "Why the plan changed." })
  changeNote?: string | null;

  @Field(() => String, { nullable: true, description: idempotencyKeyDescription })
  idempotencyKey?: string | null;
}

/** A workflow step without content: propose, approve, confirm. */
@InputType("BusinessPlanStepInput", { description: "A workflow step on a plan (propose, approve, confirm), with an optional remark." })
export class BusinessPlanStepInput {
  @Field(() => ID, { description: "The plan (global ID)." })
  id: string;

  @Field(() => Int, { description: expectedVersionDescription })
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: "Remark kept in the plan's history." })
  note?: string | null;

  @Field(() => String, { nullable: true, description: idempotencyKeyDescription })
  idempotencyKey?: string | null;
}

/** A workflow step that needs a reason: request a revision, reject. */
@InputType("BusinessPlanReasonInput", { description: "A workflow step that needs a reason (the customer's requested changes, a rejection reason)." })
export class BusinessPlanReasonInput {
  @Field(() => ID, { description: "The plan (global ID)." })
  id: string;

  @Field(() => Int, { description: expectedVersionDescription })
  expectedVersion: number;

  @Field(() => String, { description: "The customer's requested changes, or why the manager rejects; 1..4000 characters." })
  reason: string;

  @Field(() => String, { nullable: true, description: idempotencyKeyDescription })
  idempotencyKey?: string | null;
}

/** Actual sales of one store to date. */
@InputType("StoreActualInput", { description: "Actual sales of one store to date." })
export class StoreActualInput {
  @Field(() => ID, { description: "A store of the plan's customer (global ID)." })
  storeId: string;

  @Field(() => DecimalScalar, { description: "Actual volume to date, ≥ 0." })
  actualVolume: string;

  @Field(() => DecimalScalar, { description: "Actual amount to date, ≥ 0." })
  actualAmount: string;
}

/** Actual sales to date at the end of a plan week. */
@InputType("RecordWeeklyProgressInput", { description: "Actual sales from the start of the month to the end of a plan week; recording a week again replaces it." })
export class RecordWeeklyProgressInput {
  @Field(() => ID, { description: "The plan (global ID)." })
  id: string;

  @Field(() => Int, { description: expectedVersionDescription })
  expectedVersion: number;

  @Field(() => Int, { description: "Plan week: 1 = days 1–7, 2 = days 8–14, … up to 4 or 5. Only a week that has begun (today is on or after its first day) may be recorded." })
  week: number;

  @Field(() => [StoreActualInput], { defaultValue: [], description: "Actuals per store; when given, the totals are their sums." })
  stores: StoreActualInput[];

  @Field(() => DecimalScalar, { nullable: true, description: "Actual volume to date; required without store lines." })
  actualVolume?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Actual amount to date; required without store lines." })
  actualAmount?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Marks the entry as a correction and says why. Actuals to date only grow from week to week; a figure below an earlier week's (or above a later week's) is refused unless it is a correction.",
  })
  correctionReason?: string | null;

  @Field(() => String, { nullable: true, description: idempotencyKeyDescription })
  idempotencyKey?: string | null;
}

/** The monthly business review (客代10). */
@InputType("BusinessReviewInput", { description: "The monthly business review (客代10)." })
export class BusinessReviewInput {
  @Field(() => [StoreActualInput], { defaultValue: [], description: "The month's actuals per store; when given, the totals are their sums." })
  stores: StoreActualInput[];

  @Field(() => DecimalScalar, { nullable: true, description: "The month's actual volume; required without store lines." })
  actualVolume?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "The month's actual amount; required without store lines." })
  actualAmount?: string | null;

  @Field(() => String, { nullable: true, description: "The month's transactions with the customer." })
  transactions?: string | null;

  @Field(() => String, { nullable: true, description: "In-store performance: display, listing, stock, promoters." })
  inStorePerformance?: string | null;

  @Field(() => String, { nullable: true, description: "What competitors did." })
  competitorNews?: string | null;

  @Field(() => String, { nullable: true, description: "Opportunities for next month." })
  opportunities?: string | null;
}

/** Closes a plan with its review. */
@InputType("CloseBusinessPlanInput", { description: "Closes a confirmed plan with its monthly review, optionally seeding next month's draft." })
export class CloseBusinessPlanInput {
  @Field(() => ID, { description: "The plan (global ID)." })
  id: string;

  @Field(() => Int, { description: expectedVersionDescription })
  expectedVersion: number;

  @Field(() => BusinessReviewInput, { description: "The monthly business review." })
  review: BusinessReviewInput;

  @Field(() => Boolean, { defaultValue: false, description: "Also create next month's draft from this plan's targets and store split, with the review's opportunities as notes (skipped when next month's plan exists)." })
  seedNextMonth: boolean;

  @Field(() => String, { nullable: true, description: idempotencyKeyDescription })
  idempotencyKey?: string | null;
}

/** Conditions on plans; all given conditions must hold. */
@InputType("BusinessPlanFilter", { description: "Conditions on business plans; all given conditions must hold." })
export class BusinessPlanFilter {
  @Field(() => MonthScalar, { nullable: true, description: "Only plans of this month." })
  month?: string | null;

  @Field(() => BusinessPlanStatus, { nullable: true, description: "Only plans with this status." })
  status?: BusinessPlanStatus | null;

  @Field(() => ID, { nullable: true, description: "Only plans owned by this rep (global ID of a user)." })
  repId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only plans of customers in this territory (global ID)." })
  territoryId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only plans of this customer (global ID)." })
  customerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "true: only plans whose current revision's promotion budget exceeds the owner's authority limit (the approval queue with status PROPOSED); false: only those within it." })
  needsApproval?: boolean | null;
}
