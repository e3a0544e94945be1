import { GraphQLJSONObject } from "graphql-scalars";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { CustomerClass } from "../customers/customer-enums.ts";
import { ClassReason } from "./class-reason-detail.ts";
import { PageInfo } from "../shared/connection.ts";
import { UserError } from "../shared/error-mapping.ts";
import { DateScalar, DateTimeScalar, DecimalScalar, MonthScalar } from "../shared/scalars.ts";
import { ClassificationMethod, PolicyLevel, VisitKind, VisitorRole } from "./classification-enums.ts";
import type { PreviewPage, PreviewSource } from "./classification-preview.ts";

/** Pareto shares per class in percent. */
@ObjectType("ParetoShares", { description: "Share of the scope's volume per class, in percent from the top; they add up to 100." })
export class ParetoShares {
  @Field(() => Float, { description: "Share of class A (e.g. 40)." })
  a: number;

  @Field(() => Float, { description: "Share of class B (e.g. 40)." })
  b: number;

  @Field(() => Float, { description: "Share of class C (e.g. 20)." })
  c: number;

  @Field(() => Float, { nullable: true, description: "Share of class D when the tail is split; null otherwise." })
  d: number | null;
}

/** One grade standard amount. */
@ObjectType("AmountCut", { description: "Customers averaging at least `minimumAverage` a month get `class`." })
export class AmountCut {
  @Field(() => CustomerClass, { name: "class", description: "The class reached." })
  customerClass: CustomerClass;

  @Field(() => DecimalScalar, { description: "Minimum average monthly volume." })
  minimumAverage: string;
}

/** The planning cycle of a visit standard. */
@ObjectType("VisitCycle", { description: "The planning cycle: N weeks of working days." })
export class VisitCycle {
  @Field(() => Int, { description: "Weeks per cycle, 1..8." })
  weeks: number;

  @Field(() => Int, { description: "Working days per week, 1..7 (Mon–Sat is 6)." })
  workingDaysPerWeek: number;
}

/** One kind of contact a class gets each cycle. */
@ObjectType("VisitRequirement", { description: "One kind of contact a class gets in every cycle." })
export class VisitRequirement {
  @Field(() => CustomerClass, { name: "class", description: "The class it applies to." })
  customerClass: CustomerClass;

  @Field(() => VisitKind, { description: "On-site visit or phone call." })
  kind: VisitKind;

  @Field(() => VisitorRole, { description: "Who makes the contact." })
  visitor: VisitorRole;

  @Field(() => Int, { description: "Contacts per cycle, 1..cycle days." })
  visitsPerCycle: number;

  @Field(() => Int, { description: "Planned minutes per contact, 1..480." })
  minutesPerVisit: number;
}

/** The policy that applies to a territory. */
@ObjectType("ClassificationPolicy", { description: "How a territory's customers are classified and what each class gets (the effective policy: own, inherited or built in)." })
export class ClassificationPolicyView {
  @Field(() => PolicyLevel, { description: "Where the policy is configured." })
  level: PolicyLevel;

  @Field(() => ClassificationMethod, { description: "How classes are computed." })
  method: ClassificationMethod;

  @Field(() => Int, { description: "Complete months of sales averaged, 3..6, ending with the month before \"as of\"." })
  periodMonths: number;

  @Field(() => ParetoShares, { nullable: true, description: "Shares of the Pareto method; null for other methods." })
  paretoShares: ParetoShares | null;

  @Field(() => [AmountCut], { nullable: true, description: "Amounts of the threshold-amount method, from the highest class down; null for other methods." })
  amountCuts: AmountCut[] | null;

  @Field(() => CustomerClass, { nullable: true, description: "Class below every amount (threshold-amount method); null for other methods." })
  lowestClass: CustomerClass | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: "The rule set of the rule method (JSON as validated by the domain); null for other methods." })
  ruleSet: Record<string, unknown> | null;

  @Field(() => String, { description: "Name of the visit standard." })
  visitStandardName: string;

  @Field(() => VisitCycle, { description: "The visit cycle." })
  visitCycle: VisitCycle;

  @Field(() => [VisitRequirement], { description: "Contacts per class and cycle." })
  visitRequirements: VisitRequirement[];

  @Field(() => Int, { nullable: true, description: "Version of the stored policy (send it as `expectedVersion` to change it); null for the built-in policy." })
  version: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the stored policy was last changed; null for the built-in policy." })
  updatedAt: Date | null;

  // Resolved to a User by a field resolver.
  updatedById: string | null;
}

/** Result of changing a policy. */
@ObjectType("ClassificationPolicyPayload", { description: "The stored policy, or what was wrong with the input (then nothing was written)." })
export class ClassificationPolicyPayload {
  @Field(() => ClassificationPolicyView, { nullable: true, description: "The policy as stored; null when userErrors is not empty." })
  policy: ClassificationPolicyView | null;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}

/** Count and volume of one class. */
@ObjectType("ClassShare", { description: "How many customers a class has and how much of the volume they hold." })
export class ClassShare {
  @Field(() => CustomerClass, { name: "class", description: "The class." })
  customerClass: CustomerClass;

  @Field(() => Int, { description: "Customers in the class." })
  count: number;

  @Field(() => DecimalScalar, { description: "Sum of their average monthly volumes." })
  volume: string;

  @Field(() => Float, { description: "Their share of the scope's volume, 0..1." })
  volumeShare: number;
}

/** How many customers one class change moves (e.g. B → A), for the confirmation before an apply. */
@ObjectType("ClassTransition", { description: "How many customers would move from one class to another if the preview were applied." })
export class ClassTransition {
  @Field(() => CustomerClass, { nullable: true, description: "The current class; null for customers not classified yet." })
  from: CustomerClass | null;

  @Field(() => CustomerClass, { description: "The proposed class." })
  to: CustomerClass;

  @Field(() => Int, { description: "Customers making this change." })
  count: number;
}

/** One customer of a classification preview. Plain fields without middlewares: a page can hold hundreds. */
@ObjectType("ClassificationItem", { description: "One customer of a classification: figures, current and proposed class, and why.", simpleResolvers: true })
export class ClassificationItem {
  @Field(() => ID, { description: "The customer (global ID)." })
  customerId: string;

  @Field(() => String, { description: "Customer code." })
  code: string;

  @Field(() => String, { description: "Customer name." })
  name: string;

  @Field(() => CustomerClass, { nullable: true, description: "Class now; null when never classified." })
  currentClass: CustomerClass | null;

  @Field(() => CustomerClass, { description: "Class the run gives: the computed class, or a manual override that has not expired." })
  proposedClass: CustomerClass;

  @Field(() => CustomerClass, { description: "Class the method computes, ignoring overrides." })
  computedClass: CustomerClass;

  @Field(() => Boolean, { description: "True when a manual override decides the proposed class." })
  overridden: boolean;

  @Field(() => Boolean, { description: "True when the proposed class differs from the current one." })
  changed: boolean;

  @Field(() => DecimalScalar, { description: "Average monthly volume over the period." })
  volume: string;

  @Field(() => Int, { description: "Months the average is taken over (fewer than the period for younger customers)." })
  monthsAveraged: number;

  @Field(() => Int, { description: "Rank by volume, 1 = largest; ties by customer code." })
  rank: number;

  @Field(() => Float, { description: "Share of the scope's volume, 0..1." })
  share: number;

  @Field(() => Float, { description: "Share of all customers ranked above this one, 0..1." })
  cumulativeShareBefore: number;

  @Field(() => Float, { description: "Running share including this customer, 0..1." })
  cumulativeShare: number;

  @Field(() => String, { description: "Why the customer gets the proposed class." })
  reason: string;

  @Field(() => ClassReason, { nullable: true, description: "The figures `reason` quotes, for wording it in the reader's language." })
  reasonDetail: ClassReason | null;
}

/** A customer of a preview page with its cursor. */
@ObjectType("ClassificationItemEdge", { description: "A customer of a preview page and its cursor.", simpleResolvers: true })
export class ClassificationItemEdge {
  @Field(() => String, { description: "Pass as `after` to continue after this customer." })
  cursor: string;

  @Field(() => ClassificationItem, { description: "The customer." })
  node: ClassificationItem;
}

/** A page of a preview's customers. */
@ObjectType("ClassificationItemConnection", { description: "A page of a preview's customers by rank (Relay connection)." })
export class ClassificationItemConnection {
  @Field(() => [ClassificationItemEdge], { description: "The customers of the page, by rank." })
  edges: ClassificationItemEdge[];

  @Field(() => PageInfo, { description: "Where this page sits in the whole list." })
  pageInfo: PageInfo;

  @Field(() => Int, { description: "Customers in the whole list: all of the scope, or the changes with `changesOnly`." })
  totalCount: number;
}

/** A classification computed but not written. */
@ObjectType("ClassificationPreview", { description: "A territory's classification as it would be applied now; nothing is written." })
export class ClassificationPreview {
  @Field(() => ID, { description: "The territory (global ID)." })
  territoryId: string;

  @Field(() => DateScalar, { description: "The date the classification is made for." })
  asOf: string;

  @Field(() => MonthScalar, { description: "First month averaged." })
  firstMonth: string;

  @Field(() => MonthScalar, { description: "Last month averaged: the last complete month before asOf." })
  lastMonth: string;

  @Field(() => ClassificationMethod, { description: "The method used." })
  method: ClassificationMethod;

  @Field(() => PolicyLevel, { description: "Where the policy used is configured." })
  policyLevel: PolicyLevel;

  @Field(() => DecimalScalar, { description: "Sum of the customers' average monthly volumes." })
  totalVolume: string;

  @Field(() => Int, { description: "Active customers in the scope." })
  customerCount: number;

  @Field(() => Int, { description: "Customers whose class would change." })
  changeCount: number;

  @Field(() => [ClassShare], { description: "Count and volume per proposed class." })
  distribution: ClassShare[];

  @Field(() => [ClassShare], { description: "Count and volume per current class (unclassified customers are left out)." })
  currentDistribution: ClassShare[];

  @Field(() => [ClassTransition], { description: "The changes an apply would write, counted per current → proposed class (unclassified first, then A, B, …); they add up to changeCount." })
  transitions: ClassTransition[];

  // What `items` pages through, and the page the query asked for, fetched with the summary.
  source: PreviewSource;
  prefetched: PreviewPage | undefined;
}

/** One change written by an apply. */
@ObjectType("AppliedClassChange", { description: "A class change written by applyClassification.", simpleResolvers: true })
export class AppliedClassChange {
  @Field(() => ID, { description: "The customer (global ID)." })
  customerId: string;

  @Field(() => String, { description: "Customer code." })
  code: string;

  @Field(() => String, { description: "Customer name." })
  name: string;

  @Field(() => CustomerClass, { nullable: true, description: "Class before." })
  from: CustomerClass | null;

  @Field(() => CustomerClass, { description: "Class after." })
  to: CustomerClass;

  @Field(() => String, { description: "Why." })
  reason: string;

  @Field(() => ClassReason, { nullable: true, description: "The figures `reason` quotes, for wording it in the reader's language." })
  reasonDetail: ClassReason | null;
}

/** What an apply wrote. */
@ObjectType("ClassificationApplyResult", { description: "What applyClassification wrote." })
export class ClassificationApplyResult {
  @Field(() => ID, { description: "The territory (global ID)." })
  territoryId: string;

  @Field(() => DateScalar, { description: "The date the classification was made for." })
  asOf: string;

  @Field(() => MonthScalar, { description: "First month averaged." })
  firstMonth: string;

  @Field(() => MonthScalar, { description: "Last month averaged." })
  lastMonth: string;

  @Field(() => ClassificationMethod, { description: "The method used." })
  method: ClassificationMethod;

  @Field(() => Int, { description: "Active customers classified." })
  customerCount: number;

  @Field(() => Int, { description: "Customers whose class changed (one history entry each)." })
  changedCount: number;

  @Field(() => DateTimeScalar, { description: "When the changes were written." })
  appliedAt: Date;

  @Field(() => [AppliedClassChange], { description: "The changes in rank order (the first 1,000; changedCount counts all)." })
  changes: AppliedClassChange[];
}

/** Result of applyClassification. */
@ObjectType("ClassificationApplyPayload", { description: "What was written, or what was wrong (then nothing was written)." })
export class ClassificationApplyPayload {
  @Field(() => ClassificationApplyResult, { nullable: true, description: "What was written; null when userErrors is not empty." })
  result: ClassificationApplyResult | null;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}
