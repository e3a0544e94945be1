import { describe, expect, it } from "vitest";
import {
  BUSINESS_PLAN_ACTIONS,
  BUSINESS_PLAN_STATUSES,
  decideTransition,
  isListedTransition,
  PLAN_TRANSITIONS,
  type BusinessPlanAction,
  type BusinessPlanStatus,
  type PlanActor,
  type PlanFacts,
} from "./plan-workflow.ts";

function facts(status: BusinessPlanStatus, overrides: Partial<PlanFacts> = {}): PlanFacts {
  return { status, currentRevisionNumber: 2, lastProposedRevisionNumber: 1, needsApproval: false, ...overrides };
}

// The legal moves, written out independently of PLAN_TRANSITIONS so that a change to the table shows here.
const expectedLegal: Record<BusinessPlanAction, Partial<Record<BusinessPlanStatus, BusinessPlanStatus>>> = {
  REVISE: { DRAFT: "DRAFT", REVISION_REQUESTED: "REVISION_REQUESTED", REJECTED: "REJECTED", ADJUSTED: "ADJUSTED" },
  PROPOSE: { DRAFT: "PROPOSED", REVISION_REQUESTED: "PROPOSED", REJECTED: "PROPOSED", ADJUSTED: "PROPOSED" },
  REQUEST_REVISION: { PROPOSED: "REVISION_REQUESTED", APPROVED: "REVISION_REQUESTED" },
  APPROVE: { PROPOSED: "APPROVED" },
  REJECT: { PROPOSED: "REJECTED" },
  CONFIRM: { PROPOSED: "CONFIRMED", APPROVED: "CONFIRMED" },
  RECORD_PROGRESS: { CONFIRMED: "TRACKING", TRACKING: "TRACKING" },
  ADJUST: { CONFIRMED: "ADJUSTED", TRACKING: "ADJUSTED" },
  CLOSE: { CONFIRMED: "CLOSED", TRACKING: "CLOSED" },
};

function permittedActor(action: BusinessPlanAction): PlanActor {
  return action === "APPROVE" || action === "REJECT" ? "TERRITORY_MANAGER" : "OWNER";
}

describe("business plan transitions", () => {
  const legal = BUSINESS_PLAN_ACTIONS.flatMap((action) => Object.entries(expectedLegal[action]).map(([from, to]) => ({ action, from: from as BusinessPlanStatus, to })));
  it.each(legal)("$action moves a $from plan to $to", ({ action, from, to }) => {
    expect(decideTransition(facts(from), action, permittedActor(action))).toEqual({ allowed: true, to });
  });

  const illegal = BUSINESS_PLAN_ACTIONS.flatMap((action) =>
    BUSINESS_PLAN_STATUSES.filter((status) => expectedLegal[action][status] === undefined).map((status) => ({ action, status })),
  );
  it.each(illegal)("$action on a $status plan is an INVALID_TRANSITION", ({ action, status }) => {
    const decision = decideTransition(facts(status), action, "ADMIN");
    expect(decision).toMatchObject({ allowed: false, code: "INVALID_TRANSITION" });
  });

  it("lists exactly the legal status and action pairs in the table", () => {
    for (const action of BUSINESS_PLAN_ACTIONS) {
      for (const status of BUSINESS_PLAN_STATUSES) expect(isListedTransition(status, action)).toBe(expectedLegal[action][status] !== undefined);
    }
    expect(PLAN_TRANSITIONS.map((row) => row.action)).toEqual([...BUSINESS_PLAN_ACTIONS]);
  });

  it("names the status and the allowed ones when refusing", () => {
    expect(decideTransition(facts("CLOSED"), "REVISE", "OWNER")).toEqual({
      allowed: false,
      code: "INVALID_TRANSITION",
      message: "cannot revise a plan that is CLOSED; allowed from DRAFT, REVISION_REQUESTED, REJECTED, ADJUSTED",
    });
  });
});

describe("business plan guards", () => {
  it("refuses to propose again after a change request until the rep revised the plan", () => {
    const decision = decideTransition(facts("REVISION_REQUESTED", { currentRevisionNumber: 3, lastProposedRevisionNumber: 3 }), "PROPOSE", "OWNER");
    expect(decision).toEqual({ allowed: false, code: "INVALID_TRANSITION", message: "revision 3 was already proposed; revise the plan before proposing it again" });
  });

  it("proposes a draft that was never proposed", () => {
    expect(decideTransition(facts("DRAFT", { currentRevisionNumber: 1, lastProposedRevisionNumber: null }), "PROPOSE", "OWNER")).toEqual({ allowed: true, to: "PROPOSED" });
  });

  it("refuses to confirm a proposed revision beyond the authority limit without approval", () => {
    const decision = decideTransition(facts("PROPOSED", { needsApproval: true }), "CONFIRM", "OWNER");
    expect(decision).toMatchObject({ allowed: false, code: "INVALID_TRANSITION" });
    expect(decision.allowed ? "" : decision.message).toContain("a manager must approve it");
  });

  it("confirms an approved revision beyond the authority limit", () => {
    expect(decideTransition(facts("APPROVED", { needsApproval: true }), "CONFIRM", "OWNER")).toEqual({ allowed: true, to: "CONFIRMED" });
  });

  it("confirms a proposed revision within the authority limit without approval", () => {
    expect(decideTransition(facts("PROPOSED", { needsApproval: false }), "CONFIRM", "OWNER")).toEqual({ allowed: true, to: "CONFIRMED" });
  });
});

describe("who may act on a business plan", () => {
  it("lets only managers and administrators approve or reject", () => {
    for (const action of ["APPROVE", "REJECT"] as const) {
      expect(decideTransition(facts("PROPOSED"), action, "OWNER")).toMatchObject({ allowed: false, code: "FORBIDDEN" });
      expect(decideTransition(facts("PROPOSED"), action, "ADMIN")).toMatchObject({ allowed: true });
    }
  });

  it("keeps managers out of the rep's conversation with the customer", () => {
    for (const action of ["REVISE", "PROPOSE", "REQUEST_REVISION", "CONFIRM", "RECORD_PROGRESS", "ADJUST"] as const) {
      expect(decideTransition(facts("DRAFT"), action, "TERRITORY_MANAGER")).toMatchObject({ allowed: false, code: "FORBIDDEN" });
    }
  });

  it("lets the rep, the territory's manager and an administrator close a plan", () => {
    for (const actor of ["OWNER", "TERRITORY_MANAGER", "ADMIN"] as const) expect(decideTransition(facts("TRACKING"), "CLOSE", actor)).toEqual({ allowed: true, to: "CLOSED" });
  });

  it("lets nobody else do anything", () => {
    for (const action of BUSINESS_PLAN_ACTIONS) expect(decideTransition(facts("PROPOSED"), action, "OTHER")).toMatchObject({ allowed: false, code: "FORBIDDEN" });
  });

  it("tells a rep who tries to approve that only a manager may", () => {
    expect(decideTransition(facts("PROPOSED"), "APPROVE", "OWNER")).toEqual({
      allowed: false,
      code: "FORBIDDEN",
      message: "only a manager of the customer's territory or an administrator may approve a plan; you are the plan's rep",
    });
  });
});
