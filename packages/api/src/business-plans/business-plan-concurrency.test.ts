import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../test/test-app.ts";
import { currentMonth, startPlanningApp, customersOf, planUsers, mutate, planContent, productIds, type CustomerWithStores, type PlanPayload } from "./business-plan-test-kit.ts";

describe("business plans under concurrent and repeated requests", () => {
  let app: TestApp;
  let rep: string;
  let customers: CustomerWithStores[];
  let productId: string;
  const month = currentMonth();

  beforeAll(async () => {
    app = await startPlanningApp();
    rep = await app.login(planUsers.rep);
    customers = await customersOf(app, rep);
    productId = (await productIds(app, rep))[0]!;
  });

  afterAll(async () => {
    await app.close();
  });

  async function revisionCount(planId: string): Promise<number> {
    const result = await app.graphql<{ businessPlan: { revisions: unknown[] } }>("query($id: ID!) { businessPlan(id: $id) { revisions { number } } }", { id: planId }, rep);
    return result.data!.businessPlan.revisions.length;
  }

  it("lets exactly one of two simultaneous revisions from the same version win; the other gets CONFLICT naming the current version", async () => {
    const customer = customers[0]!;
    const created = await mutate(app, rep, "createBusinessPlan", { customerId: customer.id, month, content: planContent(month, customer, productId) });
    const planId = created.businessPlan!.id;
    const revise = (targetAmount: string) => mutate(app, rep, "reviseBusinessPlan", { id: planId, expectedVersion: 1, content: planContent(month, customer, productId, "100.00", targetAmount) });
    const results = await Promise.all([revise("9000.00"), revise("8000.00")]);
    const winners = results.filter((payload) => payload.userErrors.length === 0);
    const losers = results.filter((payload) => payload.userErrors.length > 0);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0]!.userErrors).toEqual([
      { field: ["expectedVersion"], code: "CONFLICT", message: `business plan ${customer.code} ${month} is at version 2, not the expected 1; reload it and apply your change again`, reason: null, params: [] },
    ]);
    expect(await revisionCount(planId)).toBe(2);
  });

  it("creates one plan and one revision from 50 simultaneous retries with the same idempotency key", async () => {
    const customer = customers[1]!;
    const input = { customerId: customer.id, month, content: planContent(month, customer, productId), idempotencyKey: "phone-retry-create" };
    const results = await Promise.all(Array.from({ length: 50 }, () => mutate(app, rep, "createBusinessPlan", input)));
    expect(results.every((payload) => payload.userErrors.length === 0)).toBe(true);
    expect(new Set(results.map((payload) => payload.businessPlan!.id)).size).toBe(1);
    expect(await revisionCount(results[0]!.businessPlan!.id)).toBe(1);
  });

  it("writes one revision from 50 simultaneous retries of a revision with the same key", async () => {
    const customer = customers[2]!;
    const created = await mutate(app, rep, "createBusinessPlan", { customerId: customer.id, month, content: planContent(month, customer, productId) });
    const planId = created.businessPlan!.id;
    const input = { id: planId, expectedVersion: 1, content: planContent(month, customer, productId, "300.00"), idempotencyKey: "phone-retry-revise" };
    const results: PlanPayload[] = await Promise.all(Array.from({ length: 50 }, () => mutate(app, rep, "reviseBusinessPlan", input)));
    expect(results.map((payload) => payload.userErrors)).toEqual(Array.from({ length: 50 }, () => []));
    expect(new Set(results.map((payload) => payload.businessPlan!.currentRevisionNumber))).toEqual(new Set([2]));
    expect(await revisionCount(planId)).toBe(2);
  });

  it("answers a later retry with the first result and writes nothing", async () => {
    const customer = customers[3]!;
    const created = await mutate(app, rep, "createBusinessPlan", { customerId: customer.id, month, content: planContent(month, customer, productId) });
    const input = { id: created.businessPlan!.id, expectedVersion: 1, idempotencyKey: "propose-once" };
    const first = await mutate(app, rep, "proposeBusinessPlan", input);
    const retry = await mutate(app, rep, "proposeBusinessPlan", input);
    expect(first.businessPlan).toMatchObject({ status: "PROPOSED", version: 2 });
    expect(retry).toEqual(first);
  });

  it("refuses the same key with a different input as IDEMPOTENCY_KEY_REUSED", async () => {
    const customer = customers[4]!;
    const created = await mutate(app, rep, "createBusinessPlan", { customerId: customer.id, month, content: planContent(month, customer, productId), idempotencyKey: "reused-key" });
    expect(created.userErrors).toEqual([]);
    const other = await mutate(app, rep, "createBusinessPlan", { customerId: customers[5]!.id, month, content: planContent(month, customers[5]!, productId), idempotencyKey: "reused-key" });
    expect(other.businessPlan).toBeNull();
    expect(other.userErrors[0]).toMatchObject({ code: "IDEMPOTENCY_KEY_REUSED", field: ["idempotencyKey"] });
  });

  it("creates one plan when two clients plan the same customer and month at once with different keys; the other gets DUPLICATE", async () => {
    const customer = customers[6]!;
    const create = (key: string) => mutate(app, rep, "createBusinessPlan", { customerId: customer.id, month, content: planContent(month, customer, productId), idempotencyKey: key });
    const results = await Promise.all([create("tablet"), create("phone")]);
    expect(results.filter((payload) => payload.businessPlan !== null)).toHaveLength(1);
    expect(results.flatMap((payload) => payload.userErrors)).toEqual([{ field: ["month"], code: "DUPLICATE", message: `customer ${customer.code} already has a business plan for ${month}`, reason: "DUPLICATE_MONTH", params: [{ name: "customer", value: customer.code }, { name: "month", value: month }] }]);
  });
});
