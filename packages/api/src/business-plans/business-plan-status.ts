import { registerEnumType } from "type-graphql";

/** Where a business plan is in its monthly lifecycle (mirrors the domain's BusinessPlanStatus). */
export enum BusinessPlanStatus {
  DRAFT = "DRAFT",
  PROPOSED = "PROPOSED",
  REVISION_REQUESTED = "REVISION_REQUESTED",
  APPROVED = "APPROVED",
  REJECTED = "REJECTED",
  CONFIRMED = "CONFIRMED",
  TRACKING = "TRACKING",
  ADJUSTED = "ADJUSTED",
  CLOSED = "CLOSED",
}

/** Something done to a plan, as recorded in its history. */
export enum BusinessPlanAction {
  CREATE = "CREATE",
  REVISE = "REVISE",
  PROPOSE = "PROPOSE",
  REQUEST_REVISION = "REQUEST_REVISION",
  APPROVE = "APPROVE",
  REJECT = "REJECT",
  CONFIRM = "CONFIRM",
  RECORD_PROGRESS = "RECORD_PROGRESS",
  ADJUST = "ADJUST",
  CLOSE = "CLOSE",
}

/** How a field differs between two revisions. */
export enum FieldChangeKind {
  ADDED = "ADDED",
  REMOVED = "REMOVED",
  CHANGED = "CHANGED",
}

registerEnumType(BusinessPlanStatus, {
  name: "BusinessPlanStatus",
  description: "Lifecycle status of a business plan (form 客代09).",
  valuesConfig: {
    DRAFT: { description: "Being written by the rep; not yet shown to the customer." },
    PROPOSED: { description: "Shared with the customer; awaiting their answer (and a manager's approval when beyond the rep's authority)." },
    REVISION_REQUESTED: { description: "The customer asked for changes; the rep revises and proposes again." },
    APPROVED: { description: "A manager approved the proposed revision beyond the rep's authority limit; the rep may confirm it." },
    REJECTED: { description: "A manager rejected the proposed revision (see the reason); the rep revises and proposes again." },
    CONFIRMED: { description: "The customer agreed: this is the month's plan." },
    TRACKING: { description: "Confirmed and being tracked with weekly progress." },
    ADJUSTED: { description: "Changed after confirmation with a new revision that must be confirmed again; the confirmed one stays in history." },
    CLOSED: { description: "The month is over and reviewed (客代10)." },
  },
});
registerEnumType(BusinessPlanAction, {
  name: "BusinessPlanAction",
  description: "Something done to a business plan.",
  valuesConfig: {
    CREATE: { description: "The plan was created as a draft with revision 1." },
    REVISE: { description: "The rep wrote a new revision." },
    PROPOSE: { description: "The rep shared the current revision with the customer." },
    REQUEST_REVISION: { description: "The customer asked for changes." },
    APPROVE: { description: "A manager approved the proposed revision." },
    REJECT: { description: "A manager rejected the proposed revision." },
    CONFIRM: { description: "The customer agreed to the current revision." },
    RECORD_PROGRESS: { description: "Actual sales to date were recorded for a week." },
    ADJUST: { description: "The confirmed plan was changed with a new revision." },
    CLOSE: { description: "The month was closed with its business review." },
  },
});
registerEnumType(FieldChangeKind, {
  name: "FieldChangeKind",
  description: "How a field differs between two revisions.",
  valuesConfig: {
    ADDED: { description: "Only the later revision has it." },
    REMOVED: { description: "Only the earlier revision has it." },
    CHANGED: { description: "Both have it with different values." },
  },
});
