import { BUSINESS_PLAN_ACTIONS, isListedTransition, type BusinessPlanAction, type BusinessPlanStatus } from "@beatplan/domain";
import { isSessionRead } from "../../test/statements.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../test/test-app.ts";
import { currentMonth, startPlanningApp, customersOf, planUsers, mutate, planContent, productIds, type CustomerWithStores, type PlanMutation, type PlanResult } from "./business-plan-test-kit.ts";

const mutationOf: Record<BusinessPlanAction, PlanMutation> = {
  REVISE: "reviseBusinessPlan",
  PROPOSE: "proposeBusinessPlan",
  REQUEST_REVISION: "requestRevision",
  APPROVE: "approveBusinessPlan",
  REJECT: "rejectBusinessPlan",
  CONFIRM: "confirmBusinessPlan",
  RECORD_PROGRESS: "recordWeeklyProgress",
  ADJUST: "adjustBusinessPlan",
  CLOSE: "closeBusinessPlan",
};

// How to reach each status from DRAFT (the budget 12,000.00 is beyond the rep's 10,000.00 so APPROVED is reachable).
const pathTo: Record<BusinessPlanStatus, BusinessPlanAction[]> = {
  DRAFT: [],
  PROPOSED: ["PROPOSE"],
  REVISION_REQUESTED: ["PROPOSE", "REQUEST_REVISION"],
  APPROVED: ["PROPOSE", "APPROVE"],
  REJECTED: ["PROPOSE", "REJECT"],
  CONFIRMED: ["PROPOSE", "APPROVE", "CONFIRM"],
  TRACKING: ["PROPOSE", "APPROVE", "CONFIRM", "RECORD_PROGRESS"],
  ADJUSTED: ["PROPOSE", "APPROVE", "CONFIRM", "ADJUST"],
  CLOSED: ["PROPOSE", "APPROVE", "CONFIRM", "CLOSE"],
};

describe("business plan transitions over HTTP", () => {
  let app: TestApp;
  let rep: string;
  let manager: string;
  let customers: CustomerWithStores[];
  let productId: string;
  const month = currentMonth();
  const plans = new Map<BusinessPlanStatus, { plan: PlanResult; customer: CustomerWithStores }>();
  let statements = 0;

  function inputFor(action: BusinessPlanAction, plan: PlanResult, customer: CustomerWithStores): Record<string, unknown> {
    const base = { id: plan.id, expectedVersion: plan.version };
    switch (action) {
      case "REVISE":
      case "ADJUST":
        return { ...base, content: planContent(month, customer, productId, "12000.00", "9000.00") };
      case "REQUEST_REVISION":
      case "REJECT":
        return { ...base, reason: "too ambitious" };
      case "RECORD_PROGRESS":
        return { ...base, week: 1, actualVolume: "5", actualAmount: "500.00" };
      case "CLOSE":
        return { ...base, review: { actualVolume: "90", actualAmount: "9000.00", opportunities: "more stores" } };
      default:
        return base;
    }
  }

  async function act(action: BusinessPlanAction, plan: PlanResult, customer: CustomerWithStores) {
    const token = action === "APPROVE" || action === "REJECT" ? manager : rep;
    return mutate(app, token, mutationOf[action], inputFor(action, plan, customer));
  }

  beforeAll(async () => {
    // The session read is counted apart: it happens once per session and cache lifetime, not per page.
    app = await startPlanningApp({ onQuery: (sql) => (isSessionRead(sql) ? undefined : statements++) });
    rep = await app.login(planUsers.rep);
    manager = await app.login(planUsers.manager);
    customers = (await customersOf(app, rep)).sort((left, right) => left.code.localeCompare(right.code));
    productId = (await productIds(app, rep))[0]!;
    // The list is ordered by customer code: the closed and the tracking plan come first, so the page of 2 read
    // below already has every relation a plan can have (confirmed revision, progress, review) and runs every loader.
    const statuses = ["CLOSED", "TRACKING", ...(Object.keys(pathTo) as BusinessPlanStatus[]).filter((status) => status !== "CLOSED" && status !== "TRACKING")] as BusinessPlanStatus[];
    for (const [index, status] of statuses.entries()) {
      const customer = customers[index]!;
      const created = await mutate(app, rep, "createBusinessPlan", { customerId: customer.id, month, content: planContent(month, customer, productId, "12000.00") });
      let plan = created.businessPlan!;
      for (const action of pathTo[status]) {
        const payload = await act(action, plan, customer);
        if (!payload.businessPlan) throw new Error(`${action} towards ${status} failed: ${JSON.stringify(payload.userErrors)}`);
        plan = payload.businessPlan;
      }
      expect(plan.status).toBe(status);
      plans.set(status, { plan, customer });
    }
  });

  afterAll(async () => {
    await app.close();
  });

  const illegal = (Object.keys(pathTo) as BusinessPlanStatus[]).flatMap((status) =>
    BUSINESS_PLAN_ACTIONS.filter((action) => !isListedTransition(status, action)).map((action) => ({ status, action })),
  );

  it.each(illegal)("refuses $action on a $status plan with INVALID_TRANSITION and changes nothing", async ({ status, action }) => {
    const { plan, customer } = plans.get(status)!;
    const payload = await act(action, plan, customer);
    expect(payload.businessPlan).toBeNull();
    expect(payload.userErrors).toHaveLength(1);
    expect(payload.userErrors[0]!.code).toBe("INVALID_TRANSITION");
    const stored = await app.graphql<{ businessPlan: { status: string; version: number; revisions: unknown[]; events: unknown[] } }>(
      "query($id: ID!) { businessPlan(id: $id) { status version revisions { number } events { action } } }",
      { id: plan.id },
      rep,
    );
    expect(stored.data!.businessPlan).toMatchObject({ status, version: plan.version });
    expect(stored.data!.businessPlan.revisions).toHaveLength(plan.currentRevisionNumber);
    expect(stored.data!.businessPlan.events).toHaveLength(pathTo[status].length + 1);
  });

  it("reads a page of plans with their relations in the same number of SQL statements for 2 and for 9 plans", async () => {
    const listQuery = `query($first: Int!, $month: Month!) { businessPlans(first: $first, filter: { month: $month }) { totalCount edges { node {
      status completion needsApproval authorityLimit actualAmountToDate
      customer { code } owner { email }
      currentRevision { number author { email } storeTargets { storeCode store { code } } launches { productCode product { code } } }
      confirmedRevision { number } revisions { number } events { action actor { email } }
      progress { week recordedBy { email } } tracking { week targetAmountToDate } review { actualAmount author { email } }
    } } } }`;
    const count = async (first: number) => {
      statements = 0;
      const result = await app.graphql<{ businessPlans: { edges: unknown[] } }>(listQuery, { first, month }, rep);
      expect(result.errors).toBeUndefined();
      expect(result.data!.businessPlans.edges).toHaveLength(first);
      return statements;
    };
    const forTwo = await count(2);
    const forNine = await count(9);
    expect(forNine).toBe(forTwo);
    expect(forTwo).toBeLessThanOrEqual(20);
  });
});
