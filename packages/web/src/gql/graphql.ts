/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The DRAFT plan to put in use. */
export type ActivateVisitPlanInput = {
  /** The plan's `version` as you read it; a changed plan is a CONFLICT userError. */
  expectedVersion: number;
  /** Client-chosen key for safe retries: the same key with the same input returns the first result and writes nothing again. Kept 7 days. At most 200 characters, no NUL. */
  idempotencyKey?: string | null | undefined;
  /** The plan (global ID). At most 200 characters, no NUL. */
  planId: string | number;
};

/** Scope and date of a classification to write. */
export type ApplyClassificationInput = {
  /** The date to classify for; the period is the complete months before its month. Default: today by the server clock. */
  asOf?: string | null | undefined;
  /** Client-chosen key (e.g. a UUID): a retry with the same key and input returns the first result and writes nothing. At most 200 characters, no NUL. */
  idempotencyKey?: string | null | undefined;
  /** Which customers. */
  scope: ClassificationScopeInput;
};

/** Something done to a business plan. */
export type BusinessPlanAction =
  /** The confirmed plan was changed with a new revision. */
  | 'ADJUST'
  /** A manager approved the proposed revision. */
  | 'APPROVE'
  /** The month was closed with its business review. */
  | 'CLOSE'
  /** The customer agreed to the current revision. */
  | 'CONFIRM'
  /** The plan was created as a draft with revision 1. */
  | 'CREATE'
  /** The rep shared the current revision with the customer. */
  | 'PROPOSE'
  /** Actual sales to date were recorded for a week. */
  | 'RECORD_PROGRESS'
  /** A manager rejected the proposed revision. */
  | 'REJECT'
  /** The customer asked for changes. */
  | 'REQUEST_REVISION'
  /** The rep wrote a new revision. */
  | 'REVISE';

/** The whole content of a plan revision (form 客代09); each revision is a full snapshot. */
export type BusinessPlanContentInput = {
  /** The company's target amount for the customer. */
  companyTargetAmount: string;
  /** The company's target volume for the customer. */
  companyTargetVolume: string;
  /** Sales forecast, amount. */
  forecastAmount: string;
  /** Sales forecast, volume. */
  forecastVolume: string;
  /** New-product launches, each product at most once. */
  launches?: Array<ProductLaunchInput>;
  /** What the rep learned about the customer (customer penetration), up to 4000 characters. At most 4000 characters, no NUL. */
  penetrationNotes?: string | null | undefined;
  /** Promotions. */
  promotions?: Array<PromotionInput>;
  /** Split of the target over the customer's stores; must add up to the target; empty for no split. */
  storeTargets?: Array<StoreTargetInput>;
  /** Monthly sales target agreed with the customer, amount. */
  targetAmount: string;
  /** Monthly sales target agreed with the customer, volume. */
  targetVolume: string;
};

/** Conditions on business plans; all given conditions must hold. */
export type BusinessPlanFilter = {
  /** Only plans of this customer (global ID). At most 200 characters, no NUL. */
  customerId?: string | number | null | undefined;
  /** Only plans of this month. */
  month?: string | null | undefined;
  /** true: only plans whose current revision's promotion budget exceeds the owner's authority limit (the approval queue with status PROPOSED); false: only those within it. */
  needsApproval?: boolean | null | undefined;
  /** Only plans owned by this rep (global ID of a user). At most 200 characters, no NUL. */
  repId?: string | number | null | undefined;
  /** Only plans with this status. */
  status?: BusinessPlanStatus | null | undefined;
  /** Only plans of customers in this territory (global ID). At most 200 characters, no NUL. */
  territoryId?: string | number | null | undefined;
};

/** A workflow step that needs a reason (the customer's requested changes, a rejection reason). */
export type BusinessPlanReasonInput = {
  /** The plan `version` you last read; when it changed meanwhile the change is refused with a CONFLICT userError naming the current version. */
  expectedVersion: number;
  /** The plan (global ID). At most 200 characters, no NUL. */
  id: string | number;
  /** Client-chosen key (e.g. a UUID) for safe retries: the same key with the same input returns the first result and writes nothing again; with a different input it is an IDEMPOTENCY_KEY_REUSED userError. Kept 7 days. At most 200 characters, no NUL. */
  idempotencyKey?: string | null | undefined;
  /** The customer's requested changes, or why the manager rejects; 1..4000 characters. At most 1000 characters, no NUL. */
  reason: string;
};

/** Lifecycle status of a business plan (form 客代09). */
export type BusinessPlanStatus =
  /** Changed after confirmation with a new revision that must be confirmed again; the confirmed one stays in history. */
  | 'ADJUSTED'
  /** A manager approved the proposed revision beyond the rep's authority limit; the rep may confirm it. */
  | 'APPROVED'
  /** The month is over and reviewed (客代10). */
  | 'CLOSED'
  /** The customer agreed: this is the month's plan. */
  | 'CONFIRMED'
  /** Being written by the rep; not yet shown to the customer. */
  | 'DRAFT'
  /** Shared with the customer; awaiting their answer (and a manager's approval when beyond the rep's authority). */
  | 'PROPOSED'
  /** A manager rejected the proposed revision (see the reason); the rep revises and proposes again. */
  | 'REJECTED'
  /** The customer asked for changes; the rep revises and proposes again. */
  | 'REVISION_REQUESTED'
  /** Confirmed and being tracked with weekly progress. */
  | 'TRACKING';

/** A workflow step on a plan (propose, approve, confirm), with an optional remark. */
export type BusinessPlanStepInput = {
  /** The plan `version` you last read; when it changed meanwhile the change is refused with a CONFLICT userError naming the current version. */
  expectedVersion: number;
  /** The plan (global ID). At most 200 characters, no NUL. */
  id: string | number;
  /** Client-chosen key (e.g. a UUID) for safe retries: the same key with the same input returns the first result and writes nothing again; with a different input it is an IDEMPOTENCY_KEY_REUSED userError. Kept 7 days. At most 200 characters, no NUL. */
  idempotencyKey?: string | null | undefined;
  /** Remark kept in the plan's history. At most 1000 characters, no NUL. */
  note?: string | null | undefined;
};

/** The monthly business review (客代10). */
export type BusinessReviewInput = {
  /** The month's actual amount; required without store lines. */
  actualAmount?: string | null | undefined;
  /** The month's actual volume; required without store lines. */
  actualVolume?: string | null | undefined;
  /** What competitors did. At most 4000 characters, no NUL. */
  competitorNews?: string | null | undefined;
  /** In-store performance: display, listing, stock, promoters. At most 4000 characters, no NUL. */
  inStorePerformance?: string | null | undefined;
  /** Opportunities for next month. At most 4000 characters, no NUL. */
  opportunities?: string | null | undefined;
  /** The month's actuals per store; when given, the totals are their sums. */
  stores?: Array<StoreActualInput>;
  /** The month's transactions with the customer. At most 4000 characters, no NUL. */
  transactions?: string | null | undefined;
};

/** The job to cancel. */
export type CancelVisitPlanJobInput = {
  /** The job (global ID). At most 200 characters, no NUL. */
  jobId: string | number;
};

/** Where a class assignment came from. */
export type ClassAssignmentSource =
  /** Set by a person with a reason (manual override). */
  | 'MANUAL'
  /** Computed by the Pareto method. */
  | 'PARETO'
  /** Computed by a rule set. */
  | 'RULES'
  /** Computed by the threshold-amount method. */
  | 'THRESHOLD_AMOUNTS';

/** How classes are computed. */
export type ClassificationMethod =
  /** Cumulative share of the scope's volume (e.g. A first 40%, B next 40%, C the rest). */
  | 'PARETO'
  /** An ordered rule set over archive attributes; the first matching rule decides. */
  | 'RULES'
  /** Average monthly volume cut at configured amounts. */
  | 'THRESHOLD_AMOUNTS';

/** Where the effective policy of a territory is configured. */
export type ClassificationPolicyLevel =
  /** Nothing configured: Pareto 40/40/20 over 3 months with worked example B's visit standard. */
  | 'BUILT_IN'
  /** The company-wide default. */
  | 'COMPANY'
  /** The default of the territory's region. */
  | 'REGION'
  /** The territory's own policy. */
  | 'TERRITORY';

/** The active customers of one territory; give exactly one of territoryId and territoryCode. */
export type ClassificationScopeInput = {
  /** The territory's code, e.g. "Demo-T1". At most 1000 characters, no NUL. */
  territoryCode?: string | null | undefined;
  /** The territory (global ID). At most 200 characters, no NUL. */
  territoryId?: string | number | null | undefined;
};

/** Closes a confirmed plan with its monthly review, optionally seeding next month's draft. */
export type CloseBusinessPlanInput = {
  /** The plan `version` you last read; when it changed meanwhile the change is refused with a CONFLICT userError naming the current version. */
  expectedVersion: number;
  /** The plan (global ID). At most 200 characters, no NUL. */
  id: string | number;
  /** Client-chosen key (e.g. a UUID) for safe retries: the same key with the same input returns the first result and writes nothing again; with a different input it is an IDEMPOTENCY_KEY_REUSED userError. Kept 7 days. At most 200 characters, no NUL. */
  idempotencyKey?: string | null | undefined;
  /** The monthly business review. */
  review: BusinessReviewInput;
  /** Also create next month's draft from this plan's targets and store split, with the review's opportunities as notes (skipped when next month's plan exists). */
  seedNextMonth?: boolean;
};

/** A new plan: customer, month and the first revision. */
export type CreateBusinessPlanInput = {
  /** Remark on the first revision. At most 1000 characters, no NUL. */
  changeNote?: string | null | undefined;
  /** Content of revision 1. */
  content: BusinessPlanContentInput;
  /** The customer (global ID); the plan's owner is the customer's responsible rep. At most 200 characters, no NUL. */
  customerId: string | number;
  /** Client-chosen key (e.g. a UUID) for safe retries: the same key with the same input returns the first result and writes nothing again; with a different input it is an IDEMPOTENCY_KEY_REUSED userError. Kept 7 days. At most 200 characters, no NUL. */
  idempotencyKey?: string | null | undefined;
  /** The month planned; not before the current month. */
  month: string;
};

/** A new sales region. */
export type CreateRegionInput = {
  /** Unique business code, 1..32 characters. At most 1000 characters, no NUL. */
  code: string;
  /** Display name, 1..200 characters. At most 1000 characters, no NUL. */
  name: string;
};

/** A new territory in a region. */
export type CreateTerritoryInput = {
  /** Unique business code, 1..32 characters. At most 1000 characters, no NUL. */
  code: string;
  /** Display name, 1..200 characters. At most 1000 characters, no NUL. */
  name: string;
  /** Global Region ID. At most 200 characters, no NUL. */
  regionId: string | number;
};

/** A new user; they set their own password with the one-time token returned. */
export type CreateUserInput = {
  /** Sign-in e-mail address (stored lower case; unique). At most 320 characters, no NUL. */
  email: string;
  /** Display name, 1..200 characters. At most 1000 characters, no NUL. */
  name: string;
  /** What the user does. */
  role: Role;
  /** Global Territory IDs: where a REP works or what a MANAGER manages; empty for ADMIN. At most 200 characters, no NUL. */
  territoryIds?: Array<string | number>;
};

/** Class from customer classification (A most important). */
export type CustomerClass =
  /** Most important customers (first share of volume). */
  | 'A'
  /** Secondary customers. */
  | 'B'
  /** Remaining customers. */
  | 'C'
  /** Optional split of the remaining customers. */
  | 'D';

/** Conditions on customers; all given conditions must hold. */
export type CustomerFilter = {
  /** Only customers of this class. */
  class?: CustomerClass | null | undefined;
  /** Only customers with this lifecycle status. */
  lifecycle?: CustomerLifecycle | null | undefined;
  /** Only customers whose responsible rep is this user (global ID). At most 200 characters, no NUL. */
  repId?: string | number | null | undefined;
  /** Case-insensitive substring of the code or the name. At most 200 characters, no NUL. */
  search?: string | null | undefined;
  /** Only customers with this status. */
  status?: CustomerStatus | null | undefined;
  /** Only customers of the territory with this code. At most 1000 characters, no NUL. */
  territoryCode?: string | null | undefined;
  /** Only customers of this territory (global ID). At most 200 characters, no NUL. */
  territoryId?: string | number | null | undefined;
  /** Only customers of this type. */
  type?: CustomerType | null | undefined;
};

/** Where a customer stands: prospect → new → active → lapsed/lost. */
export type CustomerLifecycle =
  /** Buys regularly. */
  | 'ACTIVE'
  /** Bought before, but nothing for the configured number of months (set by the daily lapse check, or by hand). */
  | 'LAPSED'
  /** Gone to a competitor or closed. */
  | 'LOST'
  /** Recently won; the first purchases. */
  | 'NEW'
  /** Being developed; has not bought yet. */
  | 'PROSPECT';

/** Order of the customer list. */
export type CustomerOrder = {
  /** Sort direction. */
  direction?: OrderDirection;
  /** What to order by. */
  field?: CustomerOrderField;
};

/** What the customer list can be ordered by; ties are broken by id. */
export type CustomerOrderField =
  /** Customer code. */
  | 'CODE'
  /** Customer name (byte order). */
  | 'NAME'
  /** Total sales amount of the 3 complete months before the current month by the server clock (missing months count as zero). */
  | 'SALES_LAST_3_MONTHS';

/** Lifecycle status in the archive. */
export type CustomerStatus =
  /** Currently managed. */
  | 'ACTIVE'
  /** No longer managed; kept for history. */
  | 'ARCHIVED';

/** Kind of customer. */
export type CustomerType =
  /** A dealer (经销商), possibly owning several stores. */
  | 'DEALER'
  /** A key account (大客户). */
  | 'KEY_ACCOUNT'
  /** A retail store (零售客户). */
  | 'RETAIL';

/** Which user to deactivate. */
export type DeactivateUserInput = {
  /** Global User ID. At most 200 characters, no NUL. */
  id: string | number;
};

/** How a field differs between two revisions. */
export type FieldChangeKind =
  /** Only the later revision has it. */
  | 'ADDED'
  /** Both have it with different values. */
  | 'CHANGED'
  /** Only the earlier revision has it. */
  | 'REMOVED';

/** What plan to generate: territory, cycle and solver budget. */
export type GenerateVisitPlanInput = {
  /** Weeks in the cycle: a multiple of the visit standard's cycle, at most 8. */
  cycleWeeks: number;
  /** Client-chosen key (e.g. a UUID) for safe retries: the same key with the same input returns the first result and writes nothing again; with a different input it is an IDEMPOTENCY_KEY_REUSED userError. Kept 7 days. At most 200 characters, no NUL. */
  idempotencyKey?: string | null | undefined;
  /** KEEP each customer with their responsible rep (default), or OPTIMISE. */
  repAssignment?: RepAssignment;
  /** First day of the cycle; must be a Monday. */
  startsOn: string;
  /** The territory (global ID). At most 200 characters, no NUL. */
  territoryId: string | number;
  /** The solver's time budget, seconds: 0.1..600. */
  timeLimitSeconds: number;
};

/** Information tier of a contact person. */
export type InformationTier =
  /** Owner or general manager. */
  | 'I'
  /** Manager in charge of our business, middle management. */
  | 'II'
  /** Operational staff. */
  | 'III';

/** Sign-in credentials. */
export type LoginInput = {
  /** E-mail address (case-insensitive). At most 320 characters, no NUL. */
  email: string;
  /** Password. At most 1024 characters, no NUL. */
  password: string;
};

/** A customer's visit to move to another day of the same rep and/or another position in the route. */
export type MoveVisitInput = {
  /** The customer whose visit moves (global ID). At most 200 characters, no NUL. */
  customerId: string | number;
  /** The plan's `version` as you read it; a changed plan is a CONFLICT userError. */
  expectedVersion: number;
  /** Cycle week of the visit now, from 1. */
  fromWeek: number;
  /** ISO weekday of the visit now, 1 = Monday. */
  fromWeekday: number;
  /** The plan (global ID); DRAFT or ACTIVE. At most 200 characters, no NUL. */
  planId: string | number;
  /** 1-based position in that day's route; the end when omitted. */
  toPosition?: number | null | undefined;
  /** Cycle week to move it to. */
  toWeek: number;
  /** ISO weekday to move it to. */
  toWeekday: number;
};

/** Sort direction. */
export type OrderDirection =
  /** Smallest first. */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

/** A class set by hand, with the reason; classification runs keep it until `until`. */
export type OverrideCustomerClassInput = {
  /** The class to set. */
  class: CustomerClass;
  /** The customer (global ID). At most 200 characters, no NUL. */
  customerId: string | number;
  /** Why, 1..500 characters (required). At most 1000 characters, no NUL. */
  reason: string;
  /** Last day the override holds (today or later); null keeps it until replaced. */
  until?: string | null | undefined;
};

/** A new-product launch at the customer. */
export type ProductLaunchInput = {
  /** Units of the first order, ≥ 0. */
  firstOrderQuantity: string;
  /** Launch date, inside the plan month. */
  launchDate: string;
  /** Display and point-of-sale materials are ready. */
  materialsReady: boolean;
  /** A product of the catalogue (global ID). At most 200 characters, no NUL. */
  productId: string | number;
  /** Promoters are arranged and trained. */
  promoterReady: boolean;
  /** Number of stores that should list the product, ≥ 0. */
  targetStores: number;
};

/** A promotion with the customer. */
export type PromotionInput = {
  /** Budget, ≥ 0, up to 2 decimals; the revision's total counts against the rep's authority limit. */
  budget: string;
  /** Last day, inside the plan month, not before startDate. */
  endDate: string;
  /** Expected sales uplift in percent, ≥ 0. */
  expectedUplift: string;
  /** First day, inside the plan month. */
  startDate: string;
  /** Kind of promotion, 1..100 characters. At most 1000 characters, no NUL. */
  type: string;
};

/** Actual sales from the start of the month to the end of a plan week; recording a week again replaces it. */
export type RecordWeeklyProgressInput = {
  /** Actual amount to date; required without store lines. */
  actualAmount?: string | null | undefined;
  /** Actual volume to date; required without store lines. */
  actualVolume?: string | null | undefined;
  /** Marks the entry as a correction and says why. Actuals to date only grow from week to week; a figure below an earlier week's (or above a later week's) is refused unless it is a correction. At most 1000 characters, no NUL. */
  correctionReason?: string | null | undefined;
  /** The plan `version` you last read; when it changed meanwhile the change is refused with a CONFLICT userError naming the current version. */
  expectedVersion: number;
  /** The plan (global ID). At most 200 characters, no NUL. */
  id: string | number;
  /** Client-chosen key (e.g. a UUID) for safe retries: the same key with the same input returns the first result and writes nothing again; with a different input it is an IDEMPOTENCY_KEY_REUSED userError. Kept 7 days. At most 200 characters, no NUL. */
  idempotencyKey?: string | null | undefined;
  /** Actuals per store; when given, the totals are their sums. */
  stores?: Array<StoreActualInput>;
  /** Plan week: 1 = days 1–7, 2 = days 8–14, … up to 4 or 5. Only a week that has begun (today is on or after its first day) may be recorded. */
  week: number;
};

/** Whether the plan keeps customers with their responsible rep. */
export type RepAssignment =
  /** Each customer is visited by their responsible rep. */
  | 'KEEP'
  /** Customers may be given to another rep of the territory. */
  | 'OPTIMISE';

/** Whose password to reset. */
export type ResetUserPasswordInput = {
  /** Global User ID. At most 200 characters, no NUL. */
  id: string | number;
};

/** A new revision of a plan: the full content and why it changed. */
export type ReviseBusinessPlanInput = {
  /** Why the plan changed. At most 1000 characters, no NUL. */
  changeNote?: string | null | undefined;
  /** The full content of the new revision. */
  content: BusinessPlanContentInput;
  /** The plan `version` you last read; when it changed meanwhile the change is refused with a CONFLICT userError naming the current version. */
  expectedVersion: number;
  /** The plan (global ID). At most 200 characters, no NUL. */
  id: string | number;
  /** Client-chosen key (e.g. a UUID) for safe retries: the same key with the same input returns the first result and writes nothing again; with a different input it is an IDEMPOTENCY_KEY_REUSED userError. Kept 7 days. At most 200 characters, no NUL. */
  idempotencyKey?: string | null | undefined;
};

/** What a user does: ADMIN runs the system, MANAGER leads territories, REP looks after customers. */
export type Role =
  /** Administers the whole company's data. */
  | 'ADMIN'
  /** Manages one or more territories and their reps. */
  | 'MANAGER'
  /** Customer representative who visits the customers of a territory. */
  | 'REP';

/** A part of a customer's record readable only by ADMIN, the managers of the customer's territory and its responsible rep. */
export type SensitiveSection =
  /** `Customer.bankAccount` and `Customer.taxNo`. */
  | 'BANK_AND_TAX_DATA'
  /** `Contact.phone`, `Contact.birthday` and `Contact.interests` of the customer's contacts. */
  | 'CONTACT_PERSONAL_DATA'
  /** `Customer.creditProfile`. */
  | 'CREDIT_PROFILE';

/** A one-time set-password token and the new password. */
export type SetPasswordInput = {
  /** The new password: at least 12 characters, not the e-mail address, not a common password. At most 1024 characters, no NUL. */
  password: string;
  /** The token from createUser or resetUserPassword. At most 200 characters, no NUL. */
  token: string;
};

/** Actual sales of one store to date. */
export type StoreActualInput = {
  /** Actual amount to date, ≥ 0. */
  actualAmount: string;
  /** Actual volume to date, ≥ 0. */
  actualVolume: string;
  /** A store of the plan's customer (global ID). At most 200 characters, no NUL. */
  storeId: string | number;
};

/** A store's share of the monthly target. */
export type StoreTargetInput = {
  /** Target amount, ≥ 0, up to 2 decimals. */
  amount: string;
  /** A store of the plan's customer (global ID). At most 200 characters, no NUL. */
  storeId: string | number;
  /** Target volume, ≥ 0, up to 3 decimals. */
  volume: string;
};

/** A user and a territory (or every territory of a region), and how the user belongs to it. */
export type TerritoryMemberInput = {
  /** REP for a REP user, MANAGER for a MANAGER user. */
  membership: TerritoryMembership;
  /** Global Region ID: every active territory of the region (a region's manager); give this or territoryId. At most 200 characters, no NUL. */
  regionId?: string | number | null | undefined;
  /** Global Territory ID; give this or regionId. At most 200 characters, no NUL. */
  territoryId?: string | number | null | undefined;
  /** Global User ID. At most 200 characters, no NUL. */
  userId: string | number;
};

/** How a user belongs to a territory. */
export type TerritoryMembership =
  /** Manages the territory (MANAGER users). */
  | 'MANAGER'
  /** Works the territory's customers (REP users). */
  | 'REP';

/** Where a plan-generation job stands. */
export type VisitPlanJobStatus =
  /** Cancelled before it finished. */
  | 'CANCELLED'
  /** Ended without a plan; `error` says why. */
  | 'FAILED'
  /** Waiting for a worker (or for the territory's previous job to finish). */
  | 'QUEUED'
  /** The solver is working on it. */
  | 'RUNNING'
  /** Finished; `plan` is the new draft plan. */
  | 'SUCCEEDED';

/** A visit plan's life. */
export type VisitPlanStatus =
  /** The territory's plan in use. */
  | 'ACTIVE'
  /** Generated, not in use yet. */
  | 'DRAFT'
  /** Was active; replaced by a later plan. */
  | 'SUPERSEDED';

export type AdministrationQueryVariables = Exact<{ [key: string]: never; }>;


export type AdministrationQuery = { users: Array<{ id: string, email: string, name: string, role: Role, version: number, deactivatedAt: string | null }>, regions: Array<{ id: string, code: string, name: string, version: number }>, territories: Array<{ id: string, code: string, name: string, version: number, archivedAt: string | null, region: { id: string, code: string }, reps: Array<{ id: string, name: string }>, managers: Array<{ id: string, name: string }> }> };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { setPasswordToken: string | null, user: { id: string, email: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type DeactivateUserMutationVariables = Exact<{
  input: DeactivateUserInput;
}>;


export type DeactivateUserMutation = { deactivateUser: { user: { id: string, deactivatedAt: string | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type ResetUserPasswordMutationVariables = Exact<{
  input: ResetUserPasswordInput;
}>;


export type ResetUserPasswordMutation = { resetUserPassword: { setPasswordToken: string | null, user: { id: string, email: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type CreateRegionMutationVariables = Exact<{
  input: CreateRegionInput;
}>;


export type CreateRegionMutation = { createRegion: { region: { id: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type CreateTerritoryMutationVariables = Exact<{
  input: CreateTerritoryInput;
}>;


export type CreateTerritoryMutation = { createTerritory: { territory: { id: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type AssignTerritoryMemberMutationVariables = Exact<{
  input: TerritoryMemberInput;
}>;


export type AssignTerritoryMemberMutation = { assignTerritoryMember: { territories: Array<{ id: string }>, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type UnassignTerritoryMemberMutationVariables = Exact<{
  input: TerritoryMemberInput;
}>;


export type UnassignTerritoryMemberMutation = { unassignTerritoryMember: { territories: Array<{ id: string }>, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type SetPasswordMutationVariables = Exact<{
  input: SetPasswordInput;
}>;


export type SetPasswordMutation = { setPassword: { token: string | null, user: { id: string, email: string, name: string, role: Role } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: { signedOut: boolean } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { token: string | null, user: { id: string, email: string, name: string, role: Role } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type PlanListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: BusinessPlanFilter | null | undefined;
}>;


export type PlanListQuery = { businessPlans: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, month: string, status: BusinessPlanStatus, version: number, currentRevisionNumber: number, needsApproval: boolean, completion: number | null, actualAmountToDate: string, customer: { id: string, code: string, name: string }, owner: { id: string, name: string }, currentRevision: { id: string, targetAmount: string, promotionBudget: string } } }> } };

export type RevisionFieldsFragment = { id: string, number: number, createdAt: string, changeNote: string | null, companyTargetVolume: string, companyTargetAmount: string, targetVolume: string, targetAmount: string, forecastVolume: string, forecastAmount: string, promotionBudget: string, penetrationNotes: string | null, author: { id: string, name: string } | null, storeTargets: Array<{ storeCode: string, volume: string, amount: string, store: { id: string, name: string } | null }>, launches: Array<{ productCode: string, launchDate: string, firstOrderQuantity: string, targetStores: number, materialsReady: boolean, promoterReady: boolean, product: { id: string, name: string } | null }>, promotions: Array<{ type: string, startDate: string, endDate: string, budget: string, expectedUplift: string }> };

export type PlanDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type PlanDetailQuery = { businessPlan: { id: string, month: string, status: BusinessPlanStatus, version: number, currentRevisionNumber: number, confirmedRevisionNumber: number | null, lastProposedRevisionNumber: number | null, statusNote: string | null, needsApproval: boolean, authorityLimit: string, completion: number | null, actualAmountToDate: string, actualVolumeToDate: string, customer: { id: string, code: string, name: string, stores: Array<{ id: string, code: string, name: string }> }, owner: { id: string, name: string }, currentRevision: { id: string, number: number, createdAt: string, changeNote: string | null, companyTargetVolume: string, companyTargetAmount: string, targetVolume: string, targetAmount: string, forecastVolume: string, forecastAmount: string, promotionBudget: string, penetrationNotes: string | null, author: { id: string, name: string } | null, storeTargets: Array<{ storeCode: string, volume: string, amount: string, store: { id: string, name: string } | null }>, launches: Array<{ productCode: string, launchDate: string, firstOrderQuantity: string, targetStores: number, materialsReady: boolean, promoterReady: boolean, product: { id: string, name: string } | null }>, promotions: Array<{ type: string, startDate: string, endDate: string, budget: string, expectedUplift: string }> }, revisions: Array<{ id: string, number: number, createdAt: string, changeNote: string | null, companyTargetVolume: string, companyTargetAmount: string, targetVolume: string, targetAmount: string, forecastVolume: string, forecastAmount: string, promotionBudget: string, penetrationNotes: string | null, author: { id: string, name: string } | null, storeTargets: Array<{ storeCode: string, volume: string, amount: string, store: { id: string, name: string } | null }>, launches: Array<{ productCode: string, launchDate: string, firstOrderQuantity: string, targetStores: number, materialsReady: boolean, promoterReady: boolean, product: { id: string, name: string } | null }>, promotions: Array<{ type: string, startDate: string, endDate: string, budget: string, expectedUplift: string }> }>, events: Array<{ action: BusinessPlanAction, fromStatus: BusinessPlanStatus | null, toStatus: BusinessPlanStatus, revisionNumber: number, note: string | null, createdAt: string, progress: { week: number, amount: string, volume: string, correctionReason: string | null } | null, actor: { id: string, name: string } | null }>, progress: Array<{ week: number, actualVolume: string, actualAmount: string, recordedAt: string, stores: Array<{ storeCode: string, actualVolume: string, actualAmount: string }> }>, tracking: Array<{ week: number, endDay: number, targetVolumeToDate: string, targetAmountToDate: string, actualVolumeToDate: string | null, actualAmountToDate: string | null }>, review: { revisionNumber: number, targetVolume: string, targetAmount: string, actualVolume: string, actualAmount: string, completion: number | null, transactions: string | null, inStorePerformance: string | null, competitorNews: string | null, opportunities: string | null, createdAt: string, author: { id: string, name: string } | null, stores: Array<{ storeCode: string, targetVolume: string, targetAmount: string, actualVolume: string, actualAmount: string }> } | null } | null };

export type RevisionDiffQueryVariables = Exact<{
  id: string | number;
  from: number;
  to: number;
}>;


export type RevisionDiffQuery = { businessPlan: { id: string, revisionDiff: Array<{ field: string, kind: FieldChangeKind, before: string | null, after: string | null }> } | null };

export type PlanFilterTerritoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanFilterTerritoriesQuery = { territories: Array<{ id: string, code: string, name: string, reps: Array<{ id: string, name: string }> }> };

export type ProductsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProductsQuery = { products: Array<{ id: string, code: string, name: string, unit: string }> };

export type PlanCustomersQueryVariables = Exact<{
  search?: string | null | undefined;
  repId?: string | number | null | undefined;
}>;


export type PlanCustomersQuery = { customers: { edges: Array<{ node: { id: string, code: string, name: string, stores: Array<{ id: string, code: string, name: string }> } }> } };

export type PlanPayloadFieldsFragment = { businessPlan: { id: string, status: BusinessPlanStatus, version: number } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string, reason: string | null, params: Array<{ name: string, value: string }> }> };

export type CreateBusinessPlanMutationVariables = Exact<{
  input: CreateBusinessPlanInput;
}>;


export type CreateBusinessPlanMutation = { createBusinessPlan: { businessPlan: { id: string, status: BusinessPlanStatus, version: number } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string, reason: string | null, params: Array<{ name: string, value: string }> }> } };

export type ReviseBusinessPlanMutationVariables = Exact<{
  input: ReviseBusinessPlanInput;
}>;


export type ReviseBusinessPlanMutation = { reviseBusinessPlan: { businessPlan: { id: string, status: BusinessPlanStatus, version: number } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string, reason: string | null, params: Array<{ name: string, value: string }> }> } };

export type AdjustBusinessPlanMutationVariables = Exact<{
  input: ReviseBusinessPlanInput;
}>;


export type AdjustBusinessPlanMutation = { adjustBusinessPlan: { businessPlan: { id: string, status: BusinessPlanStatus, version: number } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string, reason: string | null, params: Array<{ name: string, value: string }> }> } };

export type ProposeBusinessPlanMutationVariables = Exact<{
  input: BusinessPlanStepInput;
}>;


export type ProposeBusinessPlanMutation = { proposeBusinessPlan: { businessPlan: { id: string, status: BusinessPlanStatus, version: number } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string, reason: string | null, params: Array<{ name: string, value: string }> }> } };

export type ApproveBusinessPlanMutationVariables = Exact<{
  input: BusinessPlanStepInput;
}>;


export type ApproveBusinessPlanMutation = { approveBusinessPlan: { businessPlan: { id: string, status: BusinessPlanStatus, version: number } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string, reason: string | null, params: Array<{ name: string, value: string }> }> } };

export type ConfirmBusinessPlanMutationVariables = Exact<{
  input: BusinessPlanStepInput;
}>;


export type ConfirmBusinessPlanMutation = { confirmBusinessPlan: { businessPlan: { id: string, status: BusinessPlanStatus, version: number } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string, reason: string | null, params: Array<{ name: string, value: string }> }> } };

export type RequestPlanRevisionMutationVariables = Exact<{
  input: BusinessPlanReasonInput;
}>;


export type RequestPlanRevisionMutation = { requestRevision: { businessPlan: { id: string, status: BusinessPlanStatus, version: number } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string, reason: string | null, params: Array<{ name: string, value: string }> }> } };

export type RejectBusinessPlanMutationVariables = Exact<{
  input: BusinessPlanReasonInput;
}>;


export type RejectBusinessPlanMutation = { rejectBusinessPlan: { businessPlan: { id: string, status: BusinessPlanStatus, version: number } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string, reason: string | null, params: Array<{ name: string, value: string }> }> } };

export type RecordWeeklyProgressMutationVariables = Exact<{
  input: RecordWeeklyProgressInput;
}>;


export type RecordWeeklyProgressMutation = { recordWeeklyProgress: { businessPlan: { id: string, status: BusinessPlanStatus, version: number } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string, reason: string | null, params: Array<{ name: string, value: string }> }> } };

export type CloseBusinessPlanMutationVariables = Exact<{
  input: CloseBusinessPlanInput;
}>;


export type CloseBusinessPlanMutation = { closeBusinessPlan: { businessPlan: { id: string, status: BusinessPlanStatus, version: number } | null, nextMonthPlan: { id: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: string, reason: string | null, params: Array<{ name: string, value: string }> }> } };

export type ClassReasonFieldsFragment = { method: ClassificationMethod, firstMonth: string, lastMonth: string, average: string, monthsAveraged: number, shortHistory: boolean, computedClass: string, thresholds: string | null, rank: number | null, customerCount: number | null, heldPercent: string | null, bandFromPercent: string | null, bandBelowPercent: string | null, minimumAverage: string | null, ruleSetName: string | null, ruleReason: string | null, overridden: boolean, overrideUntil: string | null, overrideReason: string | null };

export type ClassificationTerritoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type ClassificationTerritoriesQuery = { territories: Array<{ id: string, code: string, name: string }> };

export type ClassificationScreenQueryVariables = Exact<{
  scope: ClassificationScopeInput;
  changes: number;
  chartBars: number;
}>;


export type ClassificationScreenQuery = { classificationPolicy: { level: ClassificationPolicyLevel, method: ClassificationMethod, periodMonths: number, paretoShares: { a: number, b: number, c: number, d: number | null } | null }, paretoChart: { customerCount: number, points: Array<{ rank: number, code: string, name: string, volume: string, cumulativeShare: number, currentClass: CustomerClass | null }>, buckets: Array<{ firstRank: number, lastRank: number, customerCount: number, volume: string, cumulativeShare: number, paretoClass: CustomerClass }>, boundaries: Array<{ class: CustomerClass, cumulativeShare: number, lastRank: number | null }> }, previewClassification: { asOf: string, firstMonth: string, lastMonth: string, customerCount: number, changeCount: number, transitions: Array<{ from: CustomerClass | null, to: CustomerClass, count: number }>, distribution: Array<{ class: CustomerClass, count: number, volumeShare: number }>, currentDistribution: Array<{ class: CustomerClass, count: number, volumeShare: number }>, items: { edges: Array<{ node: { customerId: string, code: string, name: string, currentClass: CustomerClass | null, proposedClass: CustomerClass, volume: string, overridden: boolean, reason: string, reasonDetail: { method: ClassificationMethod, firstMonth: string, lastMonth: string, average: string, monthsAveraged: number, shortHistory: boolean, computedClass: string, thresholds: string | null, rank: number | null, customerCount: number | null, heldPercent: string | null, bandFromPercent: string | null, bandBelowPercent: string | null, minimumAverage: string | null, ruleSetName: string | null, ruleReason: string | null, overridden: boolean, overrideUntil: string | null, overrideReason: string | null } | null } }> } } };

export type ApplyClassificationMutationVariables = Exact<{
  input: ApplyClassificationInput;
}>;


export type ApplyClassificationMutation = { applyClassification: { result: { changedCount: number } | null, userErrors: Array<{ code: string, message: string, reason: string | null, params: Array<{ name: string, value: string }> }> } };

export type CustomerClassQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerClassQuery = { node:
    | { __typename: 'BusinessPlan', id: string }
    | { __typename: 'BusinessPlanRevision', id: string }
    | { __typename: 'Contact', id: string }
    | { __typename: 'Customer', class: CustomerClass | null, id: string, classOverride: { class: CustomerClass, reason: string, until: string | null, actor: { id: string, name: string } | null } | null, classHistory: Array<{ fromClass: CustomerClass | null, toClass: CustomerClass, source: ClassAssignmentSource, reason: string, assignedAt: string, reasonDetail: { method: ClassificationMethod, firstMonth: string, lastMonth: string, average: string, monthsAveraged: number, shortHistory: boolean, computedClass: string, thresholds: string | null, rank: number | null, customerCount: number | null, heldPercent: string | null, bandFromPercent: string | null, bandBelowPercent: string | null, minimumAverage: string | null, ruleSetName: string | null, ruleReason: string | null, overridden: boolean, overrideUntil: string | null, overrideReason: string | null } | null, actor: { id: string, name: string } | null }> }
    | { __typename: 'PlannedVisit', id: string }
    | { __typename: 'Product', id: string }
    | { __typename: 'Region', id: string }
    | { __typename: 'Store', id: string }
    | { __typename: 'Territory', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'VisitPlan', id: string }
    | { __typename: 'VisitPlanJob', id: string }
   | null };

export type OverrideCustomerClassMutationVariables = Exact<{
  input: OverrideCustomerClassInput;
}>;


export type OverrideCustomerClassMutation = { overrideCustomerClass: { customer: { id: string, class: CustomerClass | null } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null, reason: string | null, params: Array<{ name: string, value: string }> }> } };

export type CustomerDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerDetailQuery = { node:
    | { __typename: 'BusinessPlan', id: string }
    | { __typename: 'BusinessPlanRevision', id: string }
    | { __typename: 'Contact', id: string }
    | { __typename: 'Customer', code: string, name: string, type: CustomerType, channel: string | null, scale: string | null, address: string | null, latitude: number | null, longitude: number | null, registrationNo: string | null, taxNo: string | null, bankAccount: string | null, status: CustomerStatus, version: number, class: CustomerClass | null, createdAt: string, updatedAt: string, id: string, territory: { id: string, code: string, name: string, region: { id: string, code: string, name: string } }, responsibleRep: { id: string, name: string, email: string } | null, restrictedSections: Array<{ section: SensitiveSection }>, creditProfile: { registeredCapital: string | null, yearsInBusiness: number | null, creditLimit: string | null, creditTermDays: number | null, settlementDay: number | null, paymentTerms: string | null, badCredit: boolean } | null, operatingProfile: { salesStaff: number | null, marketCoverage: string | null, floorArea: string | null, storageArea: string | null, transportMode: string | null, deliveryAddresses: Array<string> } | null, contacts: Array<{ id: string, name: string, title: string | null, phone: string | null, email: string | null, birthday: string | null, interests: string | null, tier: InformationTier }>, stores: Array<{ id: string, code: string, name: string, address: string | null, latitude: number | null, longitude: number | null }> }
    | { __typename: 'PlannedVisit', id: string }
    | { __typename: 'Product', id: string }
    | { __typename: 'Region', id: string }
    | { __typename: 'Store', id: string }
    | { __typename: 'Territory', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'VisitPlan', id: string }
    | { __typename: 'VisitPlanJob', id: string }
   | null };

export type CustomerFilterTerritoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomerFilterTerritoriesQuery = { territories: Array<{ id: string, code: string, name: string }> };

export type CustomerListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: CustomerFilter | null | undefined;
  orderBy?: CustomerOrder | null | undefined;
}>;


export type CustomerListQuery = { customers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, code: string, name: string, type: CustomerType, status: CustomerStatus, class: CustomerClass | null, averageMonthlySales: string | null, territory: { id: string, code: string, name: string }, responsibleRep: { id: string, name: string } | null } }> } };

export type CustomerSalesQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;


export type CustomerSalesQuery = { node:
    | { __typename: 'BusinessPlan', id: string }
    | { __typename: 'BusinessPlanRevision', id: string }
    | { __typename: 'Contact', id: string }
    | { __typename: 'Customer', id: string, monthlySales: Array<{ month: string, volume: string, amount: string, ourShare: string | null }> }
    | { __typename: 'PlannedVisit', id: string }
    | { __typename: 'Product', id: string }
    | { __typename: 'Region', id: string }
    | { __typename: 'Store', id: string }
    | { __typename: 'Territory', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'VisitPlan', id: string }
    | { __typename: 'VisitPlanJob', id: string }
   | null };

export type VisitPlanTerritoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type VisitPlanTerritoriesQuery = { territories: Array<{ id: string, code: string, name: string }> };

export type VisitPlanUserErrorFieldsFragment = { code: string, message: string, reason: string | null, params: Array<{ name: string, value: string }> };

export type GenerateVisitPlanMutationVariables = Exact<{
  input: GenerateVisitPlanInput;
}>;


export type GenerateVisitPlanMutation = { generateVisitPlan: { job: { id: string, status: VisitPlanJobStatus } | null, userErrors: Array<{ code: string, message: string, reason: string | null, params: Array<{ name: string, value: string }> }> } };

export type CancelVisitPlanJobMutationVariables = Exact<{
  input: CancelVisitPlanJobInput;
}>;


export type CancelVisitPlanJobMutation = { cancelVisitPlanJob: { job: { id: string, status: VisitPlanJobStatus } | null, userErrors: Array<{ code: string, message: string, reason: string | null, params: Array<{ name: string, value: string }> }> } };

export type VisitPlanJobQueryVariables = Exact<{
  id: string | number;
}>;


export type VisitPlanJobQuery = { visitPlanJob: { id: string, status: VisitPlanJobStatus, cycleWeeks: number, startsOn: string, timeLimitSeconds: number, progress: { fraction: number, elapsedSeconds: number, iterations: number, bestCost: number | null, feasible: boolean }, error: { code: string, message: string } | null, plan: { id: string } | null } | null };

export type VisitPlanJobUpdatesSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type VisitPlanJobUpdatesSubscription = { visitPlanJobUpdates: { id: string, status: VisitPlanJobStatus, cycleWeeks: number, startsOn: string, timeLimitSeconds: number, progress: { fraction: number, elapsedSeconds: number, iterations: number, bestCost: number | null, feasible: boolean }, error: { code: string, message: string } | null, plan: { id: string } | null } | null };

export type VisitPlanJobFieldsFragment = { id: string, status: VisitPlanJobStatus, cycleWeeks: number, startsOn: string, timeLimitSeconds: number, progress: { fraction: number, elapsedSeconds: number, iterations: number, bestCost: number | null, feasible: boolean }, error: { code: string, message: string } | null, plan: { id: string } | null };

export type VisitPlanQueryVariables = Exact<{
  id: string | number;
}>;


export type VisitPlanQuery = { visitPlan: { id: string, status: VisitPlanStatus, version: number, cycleWeeks: number, startsOn: string, feasible: boolean, totalTravelMinutes: number, createdAt: string, movedVisits: number | null, diagnosis: { summary: string, requiredMinutes: number, availableMinutes: number | null, suggestions: Array<string>, overloadedDays: Array<{ week: number, weekday: number, overMinutes: number, rep: { id: string, name: string } | null }>, unplacedVisits: Array<{ week: number, weekday: number, customer: { id: string, code: string } | null }> } | null, days: Array<{ week: number, weekday: number, travelMinutes: number, workMinutes: number, availableMinutes: number, rep: { id: string, name: string, workProfile: { startLocation: { latitude: number, longitude: number } | null } | null }, stops: Array<{ sequence: number, locked: boolean, arrival: number, departure: number, travelMinutes: number, customer: { id: string, code: string, name: string, class: CustomerClass | null, latitude: number | null, longitude: number | null } }> }> } | null };

export type ActivateVisitPlanMutationVariables = Exact<{
  input: ActivateVisitPlanInput;
}>;


export type ActivateVisitPlanMutation = { activateVisitPlan: { plannedVisitCount: number | null, plan: { id: string, status: VisitPlanStatus, version: number } | null, userErrors: Array<{ code: string, message: string, reason: string | null, params: Array<{ name: string, value: string }> }> } };

export type MoveVisitMutationVariables = Exact<{
  input: MoveVisitInput;
}>;


export type MoveVisitMutation = { moveVisit: { plan: { id: string, version: number } | null, userErrors: Array<{ code: string, message: string, reason: string | null, params: Array<{ name: string, value: string }> }> } };

export const RevisionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RevisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessPlanRevision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"companyTargetVolume"}},{"kind":"Field","name":{"kind":"Name","value":"companyTargetAmount"}},{"kind":"Field","name":{"kind":"Name","value":"targetVolume"}},{"kind":"Field","name":{"kind":"Name","value":"targetAmount"}},{"kind":"Field","name":{"kind":"Name","value":"forecastVolume"}},{"kind":"Field","name":{"kind":"Name","value":"forecastAmount"}},{"kind":"Field","name":{"kind":"Name","value":"promotionBudget"}},{"kind":"Field","name":{"kind":"Name","value":"penetrationNotes"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"storeTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeCode"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"launches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productCode"}},{"kind":"Field","name":{"kind":"Name","value":"launchDate"}},{"kind":"Field","name":{"kind":"Name","value":"firstOrderQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"targetStores"}},{"kind":"Field","name":{"kind":"Name","value":"materialsReady"}},{"kind":"Field","name":{"kind":"Name","value":"promoterReady"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"promotions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"expectedUplift"}}]}}]}}]} as unknown as DocumentNode<RevisionFieldsFragment, unknown>;
export const PlanPayloadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessPlanPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<PlanPayloadFieldsFragment, unknown>;
export const ClassReasonFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"firstMonth"}},{"kind":"Field","name":{"kind":"Name","value":"lastMonth"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"monthsAveraged"}},{"kind":"Field","name":{"kind":"Name","value":"shortHistory"}},{"kind":"Field","name":{"kind":"Name","value":"computedClass"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"customerCount"}},{"kind":"Field","name":{"kind":"Name","value":"heldPercent"}},{"kind":"Field","name":{"kind":"Name","value":"bandFromPercent"}},{"kind":"Field","name":{"kind":"Name","value":"bandBelowPercent"}},{"kind":"Field","name":{"kind":"Name","value":"minimumAverage"}},{"kind":"Field","name":{"kind":"Name","value":"ruleSetName"}},{"kind":"Field","name":{"kind":"Name","value":"ruleReason"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"overrideUntil"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReason"}}]}}]} as unknown as DocumentNode<ClassReasonFieldsFragment, unknown>;
export const VisitPlanUserErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VisitPlanUserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<VisitPlanUserErrorFieldsFragment, unknown>;
export const VisitPlanJobFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VisitPlanJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VisitPlanJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cycleWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fraction"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"iterations"}},{"kind":"Field","name":{"kind":"Name","value":"bestCost"}},{"kind":"Field","name":{"kind":"Name","value":"feasible"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<VisitPlanJobFieldsFragment, unknown>;
export const AdministrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Administration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"managers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AdministrationQuery, AdministrationQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"setPasswordToken"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const DeactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeactivateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const ResetUserPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetUserPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetUserPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"setPasswordToken"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const CreateRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRegionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRegion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateRegionMutation, CreateRegionMutationVariables>;
export const CreateTerritoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTerritory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTerritoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTerritory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateTerritoryMutation, CreateTerritoryMutationVariables>;
export const AssignTerritoryMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignTerritoryMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignTerritoryMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AssignTerritoryMemberMutation, AssignTerritoryMemberMutationVariables>;
export const UnassignTerritoryMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnassignTerritoryMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unassignTerritoryMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UnassignTerritoryMemberMutation, UnassignTerritoryMemberMutationVariables>;
export const SetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SetPasswordMutation, SetPasswordMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOut"}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const PlanListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessPlanFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"currentRevisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"needsApproval"}},{"kind":"Field","name":{"kind":"Name","value":"completion"}},{"kind":"Field","name":{"kind":"Name","value":"actualAmountToDate"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"targetAmount"}},{"kind":"Field","name":{"kind":"Name","value":"promotionBudget"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanListQuery, PlanListQueryVariables>;
export const PlanDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"currentRevisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedRevisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"lastProposedRevisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"needsApproval"}},{"kind":"Field","name":{"kind":"Name","value":"authorityLimit"}},{"kind":"Field","name":{"kind":"Name","value":"completion"}},{"kind":"Field","name":{"kind":"Name","value":"actualAmountToDate"}},{"kind":"Field","name":{"kind":"Name","value":"actualVolumeToDate"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RevisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RevisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"actualVolume"}},{"kind":"Field","name":{"kind":"Name","value":"actualAmount"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeCode"}},{"kind":"Field","name":{"kind":"Name","value":"actualVolume"}},{"kind":"Field","name":{"kind":"Name","value":"actualAmount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tracking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"endDay"}},{"kind":"Field","name":{"kind":"Name","value":"targetVolumeToDate"}},{"kind":"Field","name":{"kind":"Name","value":"targetAmountToDate"}},{"kind":"Field","name":{"kind":"Name","value":"actualVolumeToDate"}},{"kind":"Field","name":{"kind":"Name","value":"actualAmountToDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"targetVolume"}},{"kind":"Field","name":{"kind":"Name","value":"targetAmount"}},{"kind":"Field","name":{"kind":"Name","value":"actualVolume"}},{"kind":"Field","name":{"kind":"Name","value":"actualAmount"}},{"kind":"Field","name":{"kind":"Name","value":"completion"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"}},{"kind":"Field","name":{"kind":"Name","value":"inStorePerformance"}},{"kind":"Field","name":{"kind":"Name","value":"competitorNews"}},{"kind":"Field","name":{"kind":"Name","value":"opportunities"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeCode"}},{"kind":"Field","name":{"kind":"Name","value":"targetVolume"}},{"kind":"Field","name":{"kind":"Name","value":"targetAmount"}},{"kind":"Field","name":{"kind":"Name","value":"actualVolume"}},{"kind":"Field","name":{"kind":"Name","value":"actualAmount"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RevisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessPlanRevision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"companyTargetVolume"}},{"kind":"Field","name":{"kind":"Name","value":"companyTargetAmount"}},{"kind":"Field","name":{"kind":"Name","value":"targetVolume"}},{"kind":"Field","name":{"kind":"Name","value":"targetAmount"}},{"kind":"Field","name":{"kind":"Name","value":"forecastVolume"}},{"kind":"Field","name":{"kind":"Name","value":"forecastAmount"}},{"kind":"Field","name":{"kind":"Name","value":"promotionBudget"}},{"kind":"Field","name":{"kind":"Name","value":"penetrationNotes"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"storeTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeCode"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"launches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productCode"}},{"kind":"Field","name":{"kind":"Name","value":"launchDate"}},{"kind":"Field","name":{"kind":"Name","value":"firstOrderQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"targetStores"}},{"kind":"Field","name":{"kind":"Name","value":"materialsReady"}},{"kind":"Field","name":{"kind":"Name","value":"promoterReady"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"promotions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"expectedUplift"}}]}}]}}]} as unknown as DocumentNode<PlanDetailQuery, PlanDetailQueryVariables>;
export const RevisionDiffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RevisionDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revisionDiff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<RevisionDiffQuery, RevisionDiffQueryVariables>;
export const PlanFilterTerritoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanFilterTerritories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PlanFilterTerritoriesQuery, PlanFilterTerritoriesQueryVariables>;
export const ProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<ProductsQuery, ProductsQueryVariables>;
export const PlanCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"repId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"repId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"repId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanCustomersQuery, PlanCustomersQueryVariables>;
export const CreateBusinessPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBusinessPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBusinessPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBusinessPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessPlanPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<CreateBusinessPlanMutation, CreateBusinessPlanMutationVariables>;
export const ReviseBusinessPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviseBusinessPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviseBusinessPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseBusinessPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessPlanPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<ReviseBusinessPlanMutation, ReviseBusinessPlanMutationVariables>;
export const AdjustBusinessPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjustBusinessPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviseBusinessPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustBusinessPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessPlanPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<AdjustBusinessPlanMutation, AdjustBusinessPlanMutationVariables>;
export const ProposeBusinessPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeBusinessPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessPlanStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeBusinessPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessPlanPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<ProposeBusinessPlanMutation, ProposeBusinessPlanMutationVariables>;
export const ApproveBusinessPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveBusinessPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessPlanStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveBusinessPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessPlanPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveBusinessPlanMutation, ApproveBusinessPlanMutationVariables>;
export const ConfirmBusinessPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmBusinessPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessPlanStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmBusinessPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessPlanPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmBusinessPlanMutation, ConfirmBusinessPlanMutationVariables>;
export const RequestPlanRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPlanRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessPlanReasonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestRevision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessPlanPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<RequestPlanRevisionMutation, RequestPlanRevisionMutationVariables>;
export const RejectBusinessPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectBusinessPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessPlanReasonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectBusinessPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessPlanPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<RejectBusinessPlanMutation, RejectBusinessPlanMutationVariables>;
export const RecordWeeklyProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordWeeklyProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordWeeklyProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordWeeklyProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessPlanPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<RecordWeeklyProgressMutation, RecordWeeklyProgressMutationVariables>;
export const CloseBusinessPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseBusinessPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseBusinessPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeBusinessPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextMonthPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CloseBusinessPlanMutation, CloseBusinessPlanMutationVariables>;
export const ClassificationTerritoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassificationTerritories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ClassificationTerritoriesQuery, ClassificationTerritoriesQueryVariables>;
export const ClassificationScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassificationScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClassificationScopeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chartBars"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classificationPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"periodMonths"}},{"kind":"Field","name":{"kind":"Name","value":"paretoShares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"a"}},{"kind":"Field","name":{"kind":"Name","value":"b"}},{"kind":"Field","name":{"kind":"Name","value":"c"}},{"kind":"Field","name":{"kind":"Name","value":"d"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"paretoChart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxPoints"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chartBars"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerCount"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeShare"}},{"kind":"Field","name":{"kind":"Name","value":"currentClass"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstRank"}},{"kind":"Field","name":{"kind":"Name","value":"lastRank"}},{"kind":"Field","name":{"kind":"Name","value":"customerCount"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeShare"}},{"kind":"Field","name":{"kind":"Name","value":"paretoClass"}}]}},{"kind":"Field","name":{"kind":"Name","value":"boundaries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeShare"}},{"kind":"Field","name":{"kind":"Name","value":"lastRank"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"previewClassification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"firstMonth"}},{"kind":"Field","name":{"kind":"Name","value":"lastMonth"}},{"kind":"Field","name":{"kind":"Name","value":"customerCount"}},{"kind":"Field","name":{"kind":"Name","value":"changeCount"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"volumeShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentDistribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"volumeShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changes"}}},{"kind":"Argument","name":{"kind":"Name","value":"changesOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currentClass"}},{"kind":"Field","name":{"kind":"Name","value":"proposedClass"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonDetail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassReasonFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"firstMonth"}},{"kind":"Field","name":{"kind":"Name","value":"lastMonth"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"monthsAveraged"}},{"kind":"Field","name":{"kind":"Name","value":"shortHistory"}},{"kind":"Field","name":{"kind":"Name","value":"computedClass"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"customerCount"}},{"kind":"Field","name":{"kind":"Name","value":"heldPercent"}},{"kind":"Field","name":{"kind":"Name","value":"bandFromPercent"}},{"kind":"Field","name":{"kind":"Name","value":"bandBelowPercent"}},{"kind":"Field","name":{"kind":"Name","value":"minimumAverage"}},{"kind":"Field","name":{"kind":"Name","value":"ruleSetName"}},{"kind":"Field","name":{"kind":"Name","value":"ruleReason"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"overrideUntil"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReason"}}]}}]} as unknown as DocumentNode<ClassificationScreenQuery, ClassificationScreenQueryVariables>;
export const ApplyClassificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyClassification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyClassificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyClassification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApplyClassificationMutation, ApplyClassificationMutationVariables>;
export const CustomerClassDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerClass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"classOverride"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"classHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromClass"}},{"kind":"Field","name":{"kind":"Name","value":"toClass"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonDetail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"firstMonth"}},{"kind":"Field","name":{"kind":"Name","value":"lastMonth"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"monthsAveraged"}},{"kind":"Field","name":{"kind":"Name","value":"shortHistory"}},{"kind":"Field","name":{"kind":"Name","value":"computedClass"}},{"kind":"Field","name":{"kind":"Name","value":"thresholds"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"customerCount"}},{"kind":"Field","name":{"kind":"Name","value":"heldPercent"}},{"kind":"Field","name":{"kind":"Name","value":"bandFromPercent"}},{"kind":"Field","name":{"kind":"Name","value":"bandBelowPercent"}},{"kind":"Field","name":{"kind":"Name","value":"minimumAverage"}},{"kind":"Field","name":{"kind":"Name","value":"ruleSetName"}},{"kind":"Field","name":{"kind":"Name","value":"ruleReason"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"overrideUntil"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReason"}}]}}]} as unknown as DocumentNode<CustomerClassQuery, CustomerClassQueryVariables>;
export const OverrideCustomerClassDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OverrideCustomerClass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OverrideCustomerClassInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overrideCustomerClass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"class"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverrideCustomerClassMutation, OverrideCustomerClassMutationVariables>;
export const CustomerDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNo"}},{"kind":"Field","name":{"kind":"Name","value":"taxNo"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleRep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"restrictedSections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registeredCapital"}},{"kind":"Field","name":{"kind":"Name","value":"yearsInBusiness"}},{"kind":"Field","name":{"kind":"Name","value":"creditLimit"}},{"kind":"Field","name":{"kind":"Name","value":"creditTermDays"}},{"kind":"Field","name":{"kind":"Name","value":"settlementDay"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTerms"}},{"kind":"Field","name":{"kind":"Name","value":"badCredit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operatingProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesStaff"}},{"kind":"Field","name":{"kind":"Name","value":"marketCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"floorArea"}},{"kind":"Field","name":{"kind":"Name","value":"storageArea"}},{"kind":"Field","name":{"kind":"Name","value":"transportMode"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryAddresses"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"birthday"}},{"kind":"Field","name":{"kind":"Name","value":"interests"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerDetailQuery, CustomerDetailQueryVariables>;
export const CustomerFilterTerritoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerFilterTerritories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CustomerFilterTerritoriesQuery, CustomerFilterTerritoriesQueryVariables>;
export const CustomerListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleRep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"averageMonthlySales"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"IntValue","value":"3"}}]}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerListQuery, CustomerListQueryVariables>;
export const CustomerSalesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerSales"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Month"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Month"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlySales"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"ourShare"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerSalesQuery, CustomerSalesQueryVariables>;
export const VisitPlanTerritoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VisitPlanTerritories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<VisitPlanTerritoriesQuery, VisitPlanTerritoriesQueryVariables>;
export const GenerateVisitPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateVisitPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GenerateVisitPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateVisitPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VisitPlanUserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VisitPlanUserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<GenerateVisitPlanMutation, GenerateVisitPlanMutationVariables>;
export const CancelVisitPlanJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelVisitPlanJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelVisitPlanJobInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelVisitPlanJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VisitPlanUserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VisitPlanUserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CancelVisitPlanJobMutation, CancelVisitPlanJobMutationVariables>;
export const VisitPlanJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VisitPlanJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitPlanJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VisitPlanJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VisitPlanJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VisitPlanJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cycleWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fraction"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"iterations"}},{"kind":"Field","name":{"kind":"Name","value":"bestCost"}},{"kind":"Field","name":{"kind":"Name","value":"feasible"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<VisitPlanJobQuery, VisitPlanJobQueryVariables>;
export const VisitPlanJobUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"VisitPlanJobUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitPlanJobUpdates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VisitPlanJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VisitPlanJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VisitPlanJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cycleWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fraction"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"iterations"}},{"kind":"Field","name":{"kind":"Name","value":"bestCost"}},{"kind":"Field","name":{"kind":"Name","value":"feasible"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<VisitPlanJobUpdatesSubscription, VisitPlanJobUpdatesSubscriptionVariables>;
export const VisitPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VisitPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"cycleWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"feasible"}},{"kind":"Field","name":{"kind":"Name","value":"totalTravelMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"movedVisits"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"requiredMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"availableMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}},{"kind":"Field","name":{"kind":"Name","value":"overloadedDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"overMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unplacedVisits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"travelMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"workMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"availableMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"workProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"stops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"arrival"}},{"kind":"Field","name":{"kind":"Name","value":"departure"}},{"kind":"Field","name":{"kind":"Name","value":"travelMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"class"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VisitPlanQuery, VisitPlanQueryVariables>;
export const ActivateVisitPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivateVisitPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivateVisitPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateVisitPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedVisitCount"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VisitPlanUserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VisitPlanUserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ActivateVisitPlanMutation, ActivateVisitPlanMutationVariables>;
export const MoveVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VisitPlanUserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VisitPlanUserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<MoveVisitMutation, MoveVisitMutationVariables>;