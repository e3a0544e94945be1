import { GraphQLJSONObject } from "graphql-scalars";
import { Field, Float, ID, InputType, Int } from "type-graphql";
import { CustomerClass } from "../customers/customer-enums.ts";
import { DateScalar, DecimalScalar } from "../shared/scalars.ts";
import { ClassificationMethod, VisitKind, VisitorRole } from "./classification-enums.ts";

/** Which customers to classify. */
@InputType("ClassificationScopeInput", { description: "The active customers of one territory; give exactly one of territoryId and territoryCode." })
export class ClassificationScopeInput {
  @Field(() => ID, { nullable: true, description: "The territory (global ID)." })
  territoryId?: string | null;

  @Field(() => String, { nullable: true, description: "The territory's code, e.g. \"Demo-T1\"." })
  territoryCode?: string | null;
}

/** A classification request. */
@InputType("ClassificationInput", { description: "Scope and date of a classification." })
export class ClassificationInput {
  @Field(() => ClassificationScopeInput, { description: "Which customers." })
  scope: ClassificationScopeInput;

  @Field(() => DateScalar, { nullable: true, description: "The date to classify for; the period is the complete months before its month. Default: today by the server clock." })
  asOf?: string | null;
}

/** An apply request. */
@InputType("ApplyClassificationInput", { description: "Scope and date of a classification to write." })
export class ApplyClassificationInput extends ClassificationInput {
  @Field(() => String, { nullable: true, description: "Client-chosen key (e.g. a UUID): a retry with the same key and input returns the first result and writes nothing." })
  idempotencyKey?: string | null;
}

/** Manual class of one customer. */
@InputType("OverrideCustomerClassInput", { description: "A class set by hand, with the reason; classification runs keep it until `until`." })
export class OverrideCustomerClassInput {
  @Field(() => ID, { description: "The customer (global ID)." })
  customerId: string;

  @Field(() => CustomerClass, { description: "The class to set." })
  class: CustomerClass;

  @Field(() => String, { description: "Why, 1..500 characters (required)." })
  reason: string;

  @Field(() => DateScalar, { nullable: true, description: "Last day the override holds (today or later); null keeps it until replaced." })
  until?: string | null;
}

/** Pareto shares in percent. */
@InputType("ParetoSharesInput", { description: "Share of the volume per class in percent (up to 2 decimals), adding up to 100." })
export class ParetoSharesInput {
  @Field(() => Float, { description: "Share of class A, above 0." })
  a: number;

  @Field(() => Float, { description: "Share of class B." })
  b: number;

  @Field(() => Float, { description: "Share of class C." })
  c: number;

  @Field(() => Float, { nullable: true, description: "Share of class D; omit to end with C." })
  d?: number | null;
}

/** One grade standard amount. */
@InputType("AmountCutInput", { description: "Customers averaging at least `minimumAverage` a month get `class`." })
export class AmountCutInput {
  @Field(() => CustomerClass, { description: "The class reached." })
  class: CustomerClass;

  @Field(() => DecimalScalar, { description: "Minimum average monthly volume." })
  minimumAverage: string;
}

/** The visit cycle. */
@InputType("VisitCycleInput", { description: "The planning cycle." })
export class VisitCycleInput {
  @Field(() => Int, { description: "Weeks per cycle, 1..8." })
  weeks: number;

  @Field(() => Int, { description: "Working days per week, 1..7." })
  workingDaysPerWeek: number;
}

/** One kind of contact per class and cycle. */
@InputType("VisitRequirementInput", { description: "One kind of contact a class gets in every cycle." })
export class VisitRequirementInput {
  @Field(() => CustomerClass, { description: "The class." })
  class: CustomerClass;

  @Field(() => VisitKind, { description: "On site or by phone." })
  kind: VisitKind;

  @Field(() => VisitorRole, { description: "Who makes the contact." })
  visitor: VisitorRole;

  @Field(() => Int, { description: "Contacts per cycle, 1..cycle days." })
  visitsPerCycle: number;

  @Field(() => Int, { description: "Planned minutes per contact, 1..480." })
  minutesPerVisit: number;
}

/** A policy to store. */
@InputType("SetClassificationPolicyInput", {
  description: "A classification policy for a territory (territoryId), a region's default (regionId) or the company default (neither).",
})
export class SetClassificationPolicyInput {
  @Field(() => ID, { nullable: true, description: "The territory (global ID); ADMIN or a manager of the territory." })
  territoryId?: string | null;

  @Field(() => ID, { nullable: true, description: "The region (global ID) for a regional default; ADMIN only." })
  regionId?: string | null;

  @Field(() => Int, { nullable: true, description: "The stored policy's version when changing it; omit when creating (CONFLICT otherwise)." })
  expectedVersion?: number | null;

  @Field(() => ClassificationMethod, { description: "How classes are computed." })
  method: ClassificationMethod;

  @Field(() => Int, { description: "Complete months averaged, 3..6." })
  periodMonths: number;

  @Field(() => ParetoSharesInput, { nullable: true, description: "Required for PARETO." })
  paretoShares?: ParetoSharesInput | null;

  @Field(() => [AmountCutInput], { nullable: true, description: "Required for THRESHOLD_AMOUNTS: from the highest class down, amounts decreasing." })
  amountCuts?: AmountCutInput[] | null;

  @Field(() => CustomerClass, { nullable: true, description: "THRESHOLD_AMOUNTS: class below every amount (default: the class after the last cut)." })
  lowestClass?: CustomerClass | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: "Required for RULES: an ordered rule set (see the domain's ClassificationRuleSet), dimension SALES_CLASS." })
  ruleSet?: Record<string, unknown> | null;

  @Field(() => String, { description: "Name of the visit standard." })
  visitStandardName: string;

  @Field(() => VisitCycleInput, { description: "The visit cycle." })
  visitCycle: VisitCycleInput;

  @Field(() => [VisitRequirementInput], { description: "Contacts per class and cycle; a class without entries gets no planned contact (A, B and C always exist, D only when listed)." })
  visitRequirements: VisitRequirementInput[];
}
