import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../test/test-app.ts";
import { currentMonth, startPlanningApp, planUsers, unplannedCustomer, mutate, planContent, productIds, type CustomerWithStores } from "./business-plan-test-kit.ts";

describe("business plan lifecycle over HTTP", () => {
  let app: TestApp;
  let rep: string;
  let manager: string;
  let customer: CustomerWithStores;
  let productId: string;
  const month = currentMonth();

  beforeAll(async () => {
    app = await startPlanningApp();
    rep = await app.login(planUsers.rep);
    manager = await app.login(planUsers.manager);
    customer = await unplannedCustomer(app, rep, month);
    productId = (await productIds(app, rep))[0]!;
  });

  afterAll(async () => {
    await app.close();
  });

  it("runs draft → proposed → revision requested → proposed → approved → confirmed → tracking → adjusted → confirmed → closed", async () => {
    const created = await mutate(app, rep, "createBusinessPlan", { customerId: customer.id, month, content: planContent(month, customer, productId, "12000.00"), changeNote: "first draft", idempotencyKey: "life-1" });
    expect(created.userErrors).toEqual([]);
    const planId = created.businessPlan!.id;
    expect(created.businessPlan).toMatchObject({ status: "DRAFT", version: 1, currentRevisionNumber: 1, needsApproval: true, currentRevision: { promotionBudget: "12000.00" } });

    let plan = (await mutate(app, rep, "proposeBusinessPlan", { id: planId, expectedVersion: 1 })).businessPlan!;
    expect(plan).toMatchObject({ status: "PROPOSED", version: 2 });

    plan = (await mutate(app, rep, "requestRevision", { id: planId, expectedVersion: 2, reason: "Buyer wants a bigger display budget split" })).businessPlan!;
    expect(plan).toMatchObject({ status: "REVISION_REQUESTED", statusNote: "Buyer wants a bigger display budget split" });

    const proposeUnchanged = await mutate(app, rep, "proposeBusinessPlan", { id: planId, expectedVersion: 3 });
    expect(proposeUnchanged.userErrors[0]).toMatchObject({ code: "INVALID_TRANSITION", message: "revision 1 was already proposed; revise the plan before proposing it again" });

    plan = (await mutate(app, rep, "reviseBusinessPlan", { id: planId, expectedVersion: 3, content: planContent(month, customer, productId, "15000.00", "11000.00"), changeNote: "bigger display" })).businessPlan!;
    expect(plan).toMatchObject({ status: "REVISION_REQUESTED", currentRevisionNumber: 2, version: 4, currentRevision: { targetAmount: "11000.00" } });

    plan = (await mutate(app, rep, "proposeBusinessPlan", { id: planId, expectedVersion: 4 })).businessPlan!;
    const confirmWithoutApproval = await mutate(app, rep, "confirmBusinessPlan", { id: planId, expectedVersion: plan.version });
    expect(confirmWithoutApproval.userErrors[0]?.code).toBe("INVALID_TRANSITION");

    plan = (await mutate(app, manager, "approveBusinessPlan", { id: planId, expectedVersion: plan.version, note: "budget justified" })).businessPlan!;
    expect(plan.status).toBe("APPROVED");
    plan = (await mutate(app, rep, "confirmBusinessPlan", { id: planId, expectedVersion: plan.version })).businessPlan!;
    expect(plan).toMatchObject({ status: "CONFIRMED", confirmedRevisionNumber: 2 });

    const [first, second] = customer.stores;
    plan = (await mutate(app, rep, "recordWeeklyProgress", {
      id: planId,
      expectedVersion: plan.version,
      week: 1,
      stores: [
        { storeId: first!.id, actualVolume: "10", actualAmount: "1500.00" },
        { storeId: second!.id, actualVolume: "5", actualAmount: "700.00" },
      ],
    })).businessPlan!;
    expect(plan).toMatchObject({ status: "TRACKING", completion: 0.2 });

    plan = (await mutate(app, rep, "adjustBusinessPlan", { id: planId, expectedVersion: plan.version, content: planContent(month, customer, productId, "5000.00", "11000.00"), changeNote: "smaller promotion" })).businessPlan!;
    expect(plan).toMatchObject({ status: "ADJUSTED", currentRevisionNumber: 3, confirmedRevisionNumber: 2, needsApproval: false });
    plan = (await mutate(app, rep, "proposeBusinessPlan", { id: planId, expectedVersion: plan.version })).businessPlan!;
    plan = (await mutate(app, rep, "confirmBusinessPlan", { id: planId, expectedVersion: plan.version })).businessPlan!;
    expect(plan).toMatchObject({ status: "CONFIRMED", confirmedRevisionNumber: 3 });

    const closed = await mutate(app, rep, "closeBusinessPlan", {
      id: planId,
      expectedVersion: plan.version,
      seedNextMonth: true,
      review: {
        stores: [
          { storeId: first!.id, actualVolume: "55", actualAmount: "5600.00" },
          { storeId: second!.id, actualVolume: "38", actualAmount: "4300.00" },
        ],
        inStorePerformance: "Display kept all month",
        competitorNews: "Competitor cut prices in week 3",
        opportunities: "Add the snack range",
      },
    });
    expect(closed.userErrors).toEqual([]);
    expect(closed.businessPlan).toMatchObject({ status: "CLOSED", completion: 0.9 });
    expect((closed as unknown as { nextMonthPlan: unknown }).nextMonthPlan).toMatchObject({ status: "DRAFT", currentRevision: { targetAmount: "11000.00", penetrationNotes: "Add the snack range" } });

    const detail = await app.graphql<{ businessPlan: Record<string, unknown> & { revisions: unknown[]; events: { action: string; toStatus: string }[] } }>(
      `query($id: ID!) { businessPlan(id: $id) {
          revisions { number changeNote author { email } }
          events { action toStatus actor { email } }
          revisionDiff(from: 2, to: 3) { field kind before after }
          review { actualAmount targetAmount completion stores { storeCode targetAmount actualAmount } competitorNews }
          tracking { week targetAmountToDate actualAmountToDate }
        } }`,
      { id: planId },
      manager,
    );
    expect(detail.errors).toBeUndefined();
    const stored = detail.data!.businessPlan;
    expect(stored.revisions).toHaveLength(3);
    expect(stored.events.map((event) => event.action)).toEqual([
      "CREATE", "PROPOSE", "REQUEST_REVISION", "REVISE", "PROPOSE", "APPROVE", "CONFIRM", "RECORD_PROGRESS", "ADJUST", "PROPOSE", "CONFIRM", "CLOSE",
    ]);
    expect(stored.revisionDiff).toEqual([{ field: "promotions[1].budget", kind: "CHANGED", before: "15000.00", after: "5000.00" }]);
    expect(stored.review).toMatchObject({ actualAmount: "9900.00", targetAmount: "11000.00", completion: 0.9, competitorNews: "Competitor cut prices in week 3" });
    expect((stored.tracking as { week: number; actualAmountToDate: string | null }[])[0]).toMatchObject({ week: 1, actualAmountToDate: "2200.00" });
  });

  it("lists the month's plans with completion and finds them by node id", async () => {
    const list = await app.graphql<{ businessPlans: { totalCount: number; edges: { node: { id: string; status: string; completion: number | null; customer: { code: string } } }[] } }>(
      "query($month: Month!) { businessPlans(filter: { month: $month }, first: 10) { totalCount edges { node { id status completion customer { code } } } } }",
      { month },
      rep,
    );
    expect(list.errors).toBeUndefined();
    const plans = list.data!.businessPlans.edges.map((edge) => edge.node);
    expect(plans.find((plan) => plan.customer.code === customer.code)).toMatchObject({ status: "CLOSED", completion: 0.9 });
    const node = await app.graphql<{ node: { status: string } | null }>("query($id: ID!) { node(id: $id) { ... on BusinessPlan { status } } }", { id: plans[0]!.id }, rep);
    expect(node.data?.node).not.toBeNull();
  });

  it("records every plan change in the audit trail with the rep who made it and the mutation", async () => {
    const admin = await app.login(planUsers.admin);
    const result = await app.graphql<{ auditLog: { edges: { node: { entityType: string; actorLabel: string; operation: string | null } }[] } }>(
      `{ auditLog(first: 200, filter: { operation: "approveBusinessPlan" }) { edges { node { entityType actorLabel operation } } } }`,
      {},
      admin,
    );
    expect(result.errors).toBeUndefined();
    const entries = result.data!.auditLog.edges.map((edge) => edge.node);
    expect(entries.map((entry) => entry.entityType).sort()).toEqual(["BusinessPlan", "BusinessPlanEvent"]);
    expect(entries.every((entry) => entry.actorLabel === planUsers.manager)).toBe(true);
  });
});
