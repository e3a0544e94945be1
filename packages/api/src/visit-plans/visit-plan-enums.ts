import { registerEnumType } from "type-graphql";

/** Where a plan-generation job stands. */
export enum VisitPlanJobStatus {
  QUEUED = "QUEUED",
  RUNNING = "RUNNING",
  SUCCEEDED = "SUCCEEDED",
  FAILED = "FAILED",
  CANCELLED = "CANCELLED",
}

/** A plan's life: a new plan is a DRAFT until activated; activating another supersedes it. */
export enum VisitPlanStatus {
  DRAFT = "DRAFT",
  ACTIVE = "ACTIVE",
  SUPERSEDED = "SUPERSEDED",
}

/** Where a planned visit stands; the visits module records DONE and MISSED. */
export enum PlannedVisitStatus {
  PLANNED = "PLANNED",
  DONE = "DONE",
  MISSED = "MISSED",
}

/** Whether customers stay with their responsible rep. */
export enum RepAssignmentMode {
  KEEP = "KEEP",
  OPTIMISE = "OPTIMISE",
}

registerEnumType(VisitPlanJobStatus, {
  name: "VisitPlanJobStatus",
  description: "Where a plan-generation job stands.",
  valuesConfig: {
    QUEUED: { description: "Waiting for a worker (or for the territory's previous job to finish)." },
    RUNNING: { description: "The solver is working on it." },
    SUCCEEDED: { description: "Finished; `plan` is the new draft plan." },
    FAILED: { description: "Ended without a plan; `error` says why." },
    CANCELLED: { description: "Cancelled before it finished." },
  },
});
registerEnumType(VisitPlanStatus, {
  name: "VisitPlanStatus",
  description: "A visit plan's life.",
  valuesConfig: {
    DRAFT: { description: "Generated, not in use yet." },
    ACTIVE: { description: "The territory's plan in use." },
    SUPERSEDED: { description: "Was active; replaced by a later plan." },
  },
});
registerEnumType(RepAssignmentMode, {
  name: "RepAssignment",
  description: "Whether the plan keeps customers with their responsible rep.",
  valuesConfig: {
    KEEP: { description: "Each customer is visited by their responsible rep." },
    OPTIMISE: { description: "Customers may be given to another rep of the territory." },
  },
});
registerEnumType(PlannedVisitStatus, {
  name: "PlannedVisitStatus",
  description: "Where a planned visit stands.",
  valuesConfig: {
    PLANNED: { description: "Still to be made; replaced when another plan is activated." },
    DONE: { description: "Made; kept when another plan is activated." },
    MISSED: { description: "Did not happen; kept when another plan is activated." },
  },
});
