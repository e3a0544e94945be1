import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../test/test-app.ts";
import { currentMonth, startPlanningApp, planUsers, unplannedCustomer, mutate, planContent, productIds, type CustomerWithStores, type PlanResult } from "./business-plan-test-kit.ts";

// Regression tests for what a new user hit (issue 11); the test clock reads 2026-11-18, so weeks 1–3 have begun.
describe("business plan rules a new user ran into", () => {
  let app: TestApp;
  let rep: string;
  let customer: CustomerWithStores;
  let productId: string;
  let plan: PlanResult;
  const month = currentMonth();

  beforeAll(async () => {
    app = await startPlanningApp();
    rep = await app.login(planUsers.rep);
    customer = await unplannedCustomer(app, rep, month);
    productId = (await productIds(app, rep))[0]!;
  });

  afterAll(async () => {
    await app.close();
  });

  it("refuses a plan whose every figure is 0 (item 9) with the reason TARGET_REQUIRED on content.targetAmount", async () => {
    const zeros = { companyTargetVolume: "0", companyTargetAmount: "0", targetVolume: "0", targetAmount: "0", forecastVolume: "0", forecastAmount: "0", storeTargets: [], launches: [], promotions: [] };
    const payload = await mutate(app, rep, "createBusinessPlan", { customerId: customer.id, month, content: zeros });
    expect(payload.businessPlan).toBeNull();
    expect(payload.userErrors).toEqual([{ field: ["content", "targetAmount"], message: "a plan needs a target: targetAmount must be above 0, got 0", code: "VALIDATION", reason: "TARGET_REQUIRED", params: [] }]);
  });

  it("gives a duplicate month a reason and the values its message names (item 6), for the web app to word", async () => {
    const created = await mutate(app, rep, "createBusinessPlan", { customerId: customer.id, month, content: planContent(month, customer, productId, "500.00"), idempotencyKey: "new-user-1" });
    expect(created.userErrors).toEqual([]);
    plan = created.businessPlan!;
    const again = await mutate(app, rep, "createBusinessPlan", { customerId: customer.id, month, content: planContent(month, customer, productId, "500.00") });
    expect(again.userErrors).toEqual([
      {
        field: ["month"],
        message: `customer ${customer.code} already has a business plan for ${month}`,
        code: "DUPLICATE",
        reason: "DUPLICATE_MONTH",
        params: [
          { name: "customer", value: customer.code },
          { name: "month", value: month },
        ],
      },
    ]);
  });

  async function confirmed(): Promise<PlanResult> {
    let current = (await mutate(app, rep, "proposeBusinessPlan", { id: plan.id, expectedVersion: plan.version })).businessPlan!;
    current = (await mutate(app, rep, "confirmBusinessPlan", { id: plan.id, expectedVersion: current.version })).businessPlan!;
    expect(current.status).toBe("CONFIRMED");
    return current;
  }

  const firstStore = () => customer.stores[0]!;

  it("refuses a week that has not begun (item 3) and writes nothing", async () => {
    plan = await confirmed();
    const payload = await mutate(app, rep, "recordWeeklyProgress", { id: plan.id, expectedVersion: plan.version, week: 4, stores: [{ storeId: firstStore().id, actualVolume: "1", actualAmount: "100.00" }] });
    expect(payload.businessPlan).toBeNull();
    expect(payload.userErrors).toEqual([
      {
        field: ["week"],
        message: `week 4 of ${month} begins on ${month}-22; only weeks that have begun can be recorded (today is ${month}-18)`,
        code: "VALIDATION",
        reason: "WEEK_NOT_BEGUN",
        params: [
          { name: "week", value: "4" },
          { name: "firstDay", value: `${month}-22` },
        ],
      },
    ]);
    const stored = await app.graphql<{ node: { status: string; progress: unknown[] } }>("query($id: ID!) { node(id: $id) { ... on BusinessPlan { status progress { week } } } }", { id: plan.id }, rep);
    expect(stored.data!.node).toEqual({ status: "CONFIRMED", progress: [] });
  });

  it("refuses an actual to date below an earlier week's (item 3) unless it is a correction with a reason", async () => {
    const storeLine = (amount: string) => [{ storeId: firstStore().id, actualVolume: "1", actualAmount: amount }];
    const week1 = await mutate(app, rep, "recordWeeklyProgress", { id: plan.id, expectedVersion: plan.version, week: 1, stores: storeLine("3000.00") });
    expect(week1.userErrors).toEqual([]);
    const falling = await mutate(app, rep, "recordWeeklyProgress", { id: plan.id, expectedVersion: week1.businessPlan!.version, week: 3, stores: storeLine("3.00") });
    expect(falling.businessPlan).toBeNull();
    expect(falling.userErrors.map((error) => [error.field, error.reason, error.params])).toEqual([
      [["actualAmount"], "ACTUAL_BELOW_EARLIER_WEEK", [{ name: "week", value: "3" }, { name: "value", value: "3.00" }, { name: "otherWeek", value: "1" }, { name: "otherValue", value: "3000.00" }]],
    ]);

    const corrected = await mutate(app, rep, "recordWeeklyProgress", { id: plan.id, expectedVersion: week1.businessPlan!.version, week: 1, stores: storeLine("30.00"), correctionReason: "typed one zero too many" });
    expect(corrected.userErrors).toEqual([]);
    type Figures = { week: number; amount: string; volume: string; correctionReason: string | null } | null;
    const history = await app.graphql<{ node: { events: { action: string; note: string | null; progress: Figures }[]; progress: { week: number; actualAmount: string }[] } }>(
      "query($id: ID!) { node(id: $id) { ... on BusinessPlan { events { action note progress { week amount volume correctionReason } } progress { week actualAmount } } } }",
      { id: plan.id },
      rep,
    );
    expect(history.data!.node.progress).toEqual([{ week: 1, actualAmount: "30.00" }]);
    expect(history.data!.node.events.at(-1)?.note).toBe("week 1: 30.00 / 1.000 (correction: typed one zero too many)");
    // Item 6: the figures the English note quotes, for the web app to word in the reader's language.
    const events = history.data!.node.events;
    expect(events.filter((event) => event.action === "RECORD_PROGRESS").map((event) => event.progress)).toEqual([
      { week: 1, amount: "3000.00", volume: "1.000", correctionReason: null },
      { week: 1, amount: "30.00", volume: "1.000", correctionReason: "typed one zero too many" },
    ]);
    expect(events.filter((event) => event.action !== "RECORD_PROGRESS").map((event) => event.progress)).toEqual(events.filter((event) => event.action !== "RECORD_PROGRESS").map(() => null));
  });
});
