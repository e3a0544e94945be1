/**
 * The business-plan workflow (DOMAIN.md §6, form 客代09) as a pure state machine:
 * which action may move a plan from which status to which, who may take it, and the
 * guards that must hold. The API stores plans; this module decides.
 */

/** Where a plan is in its monthly lifecycle. */
export type BusinessPlanStatus =
  | "DRAFT"
  | "PROPOSED"
  | "REVISION_REQUESTED"
  | "APPROVED"
  | "REJECTED"
  | "CONFIRMED"
  | "TRACKING"
  | "ADJUSTED"
  | "CLOSED";

/** Every status, in lifecycle order. */
export const BUSINESS_PLAN_STATUSES: readonly BusinessPlanStatus[] = [
  "DRAFT",
  "PROPOSED",
  "REVISION_REQUESTED",
  "APPROVED",
  "REJECTED",
  "CONFIRMED",
  "TRACKING",
  "ADJUSTED",
  "CLOSED",
];

/** Something a person does to a plan. Creating a plan is not an action: a new plan starts as DRAFT. */
export type BusinessPlanAction =
  | "REVISE"
  | "PROPOSE"
  | "REQUEST_REVISION"
  | "APPROVE"
  | "REJECT"
  | "CONFIRM"
  | "RECORD_PROGRESS"
  | "ADJUST"
  | "CLOSE";

/** Every action. */
export const BUSINESS_PLAN_ACTIONS: readonly BusinessPlanAction[] = [
  "REVISE",
  "PROPOSE",
  "REQUEST_REVISION",
  "APPROVE",
  "REJECT",
  "CONFIRM",
  "RECORD_PROGRESS",
  "ADJUST",
  "CLOSE",
];

/**
 * How the person acting relates to the plan: its owner (the customer's responsible rep),
 * a manager of the customer's territory, an administrator, or anyone else.
 */
export type PlanActor = "OWNER" | "TERRITORY_MANAGER" | "ADMIN" | "OTHER";

/** One row of the transition table. */
export interface PlanTransition {
  readonly action: BusinessPlanAction;
  readonly from: readonly BusinessPlanStatus[];
  /** The status after the action; "SAME" keeps the status it started from. */
  readonly to: BusinessPlanStatus | "SAME";
  readonly actors: readonly PlanActor[];
  /** The guard in words, for documentation and error messages. */
  readonly guard: string;
}

/**
 * The complete transition table. Any (status, action) pair not listed here is illegal.
 * The rep owns the customer conversation (propose, record the customer's change request,
 * confirm, track, adjust); managers approve or reject revisions beyond the rep's authority.
 */
export const PLAN_TRANSITIONS: readonly PlanTransition[] = [
  {
    action: "REVISE",
    from: ["DRAFT", "REVISION_REQUESTED", "REJECTED", "ADJUSTED"],
    to: "SAME",
    actors: ["OWNER", "ADMIN"],
    guard: "the plan is not with the customer or a manager; the edit becomes a new revision",
  },
  {
    action: "PROPOSE",
    from: ["DRAFT", "REVISION_REQUESTED", "REJECTED", "ADJUSTED"],
    to: "PROPOSED",
    actors: ["OWNER", "ADMIN"],
    guard: "the current revision has not been proposed before (after a change request or a rejection the rep must revise first)",
  },
  {
    action: "REQUEST_REVISION",
    from: ["PROPOSED", "APPROVED"],
    to: "REVISION_REQUESTED",
    actors: ["OWNER", "ADMIN"],
    guard: "the customer's requested changes are given",
  },
  {
    action: "APPROVE",
    from: ["PROPOSED"],
    to: "APPROVED",
    actors: ["TERRITORY_MANAGER", "ADMIN"],
    guard: "a manager of the customer's territory approves the proposed revision",
  },
  {
    action: "REJECT",
    from: ["PROPOSED"],
    to: "REJECTED",
    actors: ["TERRITORY_MANAGER", "ADMIN"],
    guard: "a reason is given",
  },
  {
    action: "CONFIRM",
    from: ["PROPOSED", "APPROVED"],
    to: "CONFIRMED",
    actors: ["OWNER", "ADMIN"],
    guard: "from PROPOSED only when the revision's promotion budget is within the owner's authority limit; beyond it a manager must approve first",
  },
  {
    action: "RECORD_PROGRESS",
    from: ["CONFIRMED", "TRACKING"],
    to: "TRACKING",
    actors: ["OWNER", "ADMIN"],
    guard: "the week lies in the plan month",
  },
  {
    action: "ADJUST",
    from: ["CONFIRMED", "TRACKING"],
    to: "ADJUSTED",
    actors: ["OWNER", "ADMIN"],
    guard: "the adjustment becomes a new revision; the confirmed one stays in history and the new one goes through confirmation again",
  },
  {
    action: "CLOSE",
    from: ["CONFIRMED", "TRACKING"],
    to: "CLOSED",
    actors: ["OWNER", "TERRITORY_MANAGER", "ADMIN"],
    guard: "the plan month has begun and the monthly business review is given",
  },
];

/** What the state machine needs to know about a plan. */
export interface PlanFacts {
  readonly status: BusinessPlanStatus;
  /** Number of the current revision (1 for a new plan). */
  readonly currentRevisionNumber: number;
  /** Number of the revision last proposed to the customer; null when none was. */
  readonly lastProposedRevisionNumber: number | null;
  /** True when the current revision's promotion budget exceeds the owner's authority limit. */
  readonly needsApproval: boolean;
}

/** Why an action was refused. */
export type TransitionRefusal = "INVALID_TRANSITION" | "FORBIDDEN";

/** The outcome of {@link decideTransition}. */
export type TransitionDecision =
  | { readonly allowed: true; readonly to: BusinessPlanStatus }
  | { readonly allowed: false; readonly code: TransitionRefusal; readonly message: string };

const actionNames: Record<BusinessPlanAction, string> = {
  REVISE: "revise",
  PROPOSE: "propose",
  REQUEST_REVISION: "request a revision of",
  APPROVE: "approve",
  REJECT: "reject",
  CONFIRM: "confirm",
  RECORD_PROGRESS: "record progress on",
  ADJUST: "adjust",
  CLOSE: "close",
};

const actorNames: Record<PlanActor, string> = {
  OWNER: "the plan's rep",
  TERRITORY_MANAGER: "a manager of the customer's territory",
  ADMIN: "an administrator",
  OTHER: "someone else",
};

/** The transition row of an action. */
export function transitionOf(action: BusinessPlanAction): PlanTransition {
  const transition = PLAN_TRANSITIONS.find((row) => row.action === action);
  if (!transition) throw new RangeError(`action must be one of ${BUSINESS_PLAN_ACTIONS.join(", ")}, got ${JSON.stringify(action)}`);
  return transition;
}

function refuse(code: TransitionRefusal, message: string): TransitionDecision {
  return { allowed: false, code, message };
}

/**
 * Decides whether `actor` may take `action` on a plan described by `facts`, and the status it
 * leads to. Who may act is checked before the status, so a rep trying to approve is told that
 * only a manager may, whatever the status.
 */
export function decideTransition(facts: PlanFacts, action: BusinessPlanAction, actor: PlanActor): TransitionDecision {
  const transition = transitionOf(action);
  if (!transition.actors.includes(actor)) {
    const allowed = transition.actors.map((name) => actorNames[name]).join(" or ");
    return refuse("FORBIDDEN", `only ${allowed} may ${actionNames[action]} a plan; you are ${actorNames[actor]}`);
  }
  if (!transition.from.includes(facts.status)) {
    return refuse(
      "INVALID_TRANSITION",
      `cannot ${actionNames[action]} a plan that is ${facts.status}; allowed from ${transition.from.join(", ")}`,
    );
  }
  if (action === "PROPOSE" && facts.lastProposedRevisionNumber !== null && facts.currentRevisionNumber <= facts.lastProposedRevisionNumber) {
    return refuse(
      "INVALID_TRANSITION",
      `revision ${facts.currentRevisionNumber} was already proposed; revise the plan before proposing it again`,
    );
  }
  if (action === "CONFIRM" && facts.status === "PROPOSED" && facts.needsApproval) {
    return refuse(
      "INVALID_TRANSITION",
      `revision ${facts.currentRevisionNumber} has a promotion budget beyond the rep's authority limit; a manager must approve it before it can be confirmed`,
    );
  }
  return { allowed: true, to: transition.to === "SAME" ? facts.status : transition.to };
}

/** True when the action may be taken from the status by someone (ignores guards and actors), i.e. the pair is in the table. */
export function isListedTransition(status: BusinessPlanStatus, action: BusinessPlanAction): boolean {
  return transitionOf(action).from.includes(status);
}
