import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureTerritories } from "../../test/fixtures.ts";
import type { TestApp } from "../../test/test-app.ts";
import { currentMonth, startPlanningApp, customersOf, planUsers, mutate, planContent, productIds, type CustomerWithStores } from "./business-plan-test-kit.ts";

describe("business plan rules over HTTP", () => {
  let app: TestApp;
  let rep: string;
  let manager: string;
  let otherRep: string;
  let otherManager: string;
  let customers: CustomerWithStores[];
  let productId: string;
  let nextCustomer = 0;
  const month = currentMonth();

  beforeAll(async () => {
    app = await startPlanningApp();
    const tokens = await Promise.all([planUsers.rep, planUsers.manager, planUsers.otherRep, planUsers.otherManager].map((email) => app.login(email)));
    [rep, manager, otherRep, otherManager] = tokens as [string, string, string, string];
    customers = await customersOf(app, rep);
    productId = (await productIds(app, rep))[0]!;
  });

  afterAll(async () => {
    await app.close();
  });

  function freshCustomer(): CustomerWithStores {
    nextCustomer += 1;
    return customers[nextCustomer]!;
  }

  async function planCount(customerId: string): Promise<number> {
    const result = await app.graphql<{ businessPlans: { totalCount: number } }>("query($id: ID!) { businessPlans(filter: { customerId: $id }) { totalCount } }", { id: customerId }, rep);
    return result.data!.businessPlans.totalCount;
  }

  describe("validation", () => {
    it("reports a store split that does not add up, dates outside the month, negative amounts and unknown products, and writes nothing", async () => {
      const customer = freshCustomer();
      const content = planContent(month, customer, productId);
      const bad = {
        ...content,
        forecastAmount: "-1.00",
        storeTargets: [{ storeId: customer.stores[0]!.id, volume: "60", amount: "5000.00" }, { storeId: customer.stores[1]!.id, volume: "40", amount: "4000.00" }],
        launches: [{ productId: "UHJvZHVjdDowMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDE=", launchDate: "2000-01-01", firstOrderQuantity: "1", targetStores: 1, materialsReady: false, promoterReady: false }],
      };
      const payload = await mutate(app, rep, "createBusinessPlan", { customerId: customer.id, month, content: bad });
      expect(payload.businessPlan).toBeNull();
      expect(payload.userErrors.map((error) => [error.field?.join("."), error.code])).toEqual([
        ["content.forecastAmount", "VALIDATION"],
        ["content.storeTargets", "VALIDATION"],
        ["content.launches.0.productId", "VALIDATION"],
        ["content.launches.0.launchDate", "VALIDATION"],
      ]);
      expect(payload.userErrors[1]!.message).toBe("the stores' amounts must add up to targetAmount 10000.00, got 9000.00");
      expect(await planCount(customer.id)).toBe(0);
    });

    it("refuses a month in the closed past", async () => {
      const customer = freshCustomer();
      const payload = await mutate(app, rep, "createBusinessPlan", { customerId: customer.id, month: "2020-01", content: planContent("2020-01", customer, productId) });
      expect(payload.userErrors).toEqual([{ field: ["month"], code: "VALIDATION", message: `month 2020-01 is closed (before ${month}); plan the current or a later month`, reason: "MONTH_CLOSED", params: [{ name: "month", value: "2020-01" }, { name: "current", value: month }] }]);
    });

    it("refuses a second plan for the same customer and month as DUPLICATE", async () => {
      const customer = freshCustomer();
      await mutate(app, rep, "createBusinessPlan", { customerId: customer.id, month, content: planContent(month, customer, productId) });
      const again = await mutate(app, rep, "createBusinessPlan", { customerId: customer.id, month, content: planContent(month, customer, productId) });
      expect(again.userErrors).toEqual([{ field: ["month"], code: "DUPLICATE", message: `customer ${customer.code} already has a business plan for ${month}`, reason: "DUPLICATE_MONTH", params: [{ name: "customer", value: customer.code }, { name: "month", value: month }] }]);
    });

    it("refuses a stale expectedVersion with CONFLICT naming the current version", async () => {
      const customer = freshCustomer();
      const created = await mutate(app, rep, "createBusinessPlan", { customerId: customer.id, month, content: planContent(month, customer, productId) });
      await mutate(app, rep, "proposeBusinessPlan", { id: created.businessPlan!.id, expectedVersion: 1 });
      const stale = await mutate(app, rep, "requestRevision", { id: created.businessPlan!.id, expectedVersion: 1, reason: "late" });
      expect(stale.userErrors).toEqual([
        { field: ["expectedVersion"], code: "CONFLICT", message: `business plan ${customer.code} ${month} is at version 2, not the expected 1; reload it and apply your change again`, reason: null, params: [] },
      ]);
    });
  });

  describe("authority limit", () => {
    it("lets the rep confirm a proposal within the limit without a manager", async () => {
      const customer = freshCustomer();
      const created = await mutate(app, rep, "createBusinessPlan", { customerId: customer.id, month, content: planContent(month, customer, productId, "10000.00") });
      expect(created.businessPlan!.needsApproval).toBe(false);
      const proposed = await mutate(app, rep, "proposeBusinessPlan", { id: created.businessPlan!.id, expectedVersion: 1 });
      const confirmed = await mutate(app, rep, "confirmBusinessPlan", { id: created.businessPlan!.id, expectedVersion: proposed.businessPlan!.version });
      expect(confirmed.businessPlan!.status).toBe("CONFIRMED");
    });

    it("needs approval one cent beyond the limit and lists the plan in the approval queue", async () => {
      const customer = freshCustomer();
      const created = await mutate(app, rep, "createBusinessPlan", { customerId: customer.id, month, content: planContent(month, customer, productId, "10000.01") });
      const proposed = await mutate(app, rep, "proposeBusinessPlan", { id: created.businessPlan!.id, expectedVersion: 1 });
      const confirm = await mutate(app, rep, "confirmBusinessPlan", { id: created.businessPlan!.id, expectedVersion: proposed.businessPlan!.version });
      expect(confirm.userErrors[0]).toMatchObject({ code: "INVALID_TRANSITION", message: "revision 1 has a promotion budget beyond the rep's authority limit; a manager must approve it before it can be confirmed" });
      const queue = await app.graphql<{ businessPlans: { edges: { node: { id: string } }[] } }>(
        "query($month: Month!) { businessPlans(filter: { month: $month, status: PROPOSED, needsApproval: true }) { edges { node { id } } } }",
        { month },
        manager,
      );
      expect(queue.data!.businessPlans.edges.map((edge) => edge.node.id)).toContain(created.businessPlan!.id);
    });

    it("uses a rep's own limit, set by an administrator, before the role's", async () => {
      const admin = await app.login(planUsers.admin);
      const me = await app.graphql<{ me: { id: string } }>("{ me { id } }", {}, rep);
      const setLimit = "mutation($input: SetAuthorityLimitInput!) { setAuthorityLimit(input: $input) { authorityLimit { role promotionBudget user { email } } userErrors { code } } }";
      const byRep = await app.graphql<{ setAuthorityLimit: { userErrors: { code: string }[] } }>(setLimit, { input: { userId: me.data!.me.id, promotionBudget: "99999" } }, rep);
      expect(byRep.data!.setAuthorityLimit.userErrors).toEqual([{ code: "FORBIDDEN" }]);
      const set = await app.graphql<{ setAuthorityLimit: { authorityLimit: unknown } }>(setLimit, { input: { userId: me.data!.me.id, promotionBudget: "20000" } }, admin);
      expect(set.data!.setAuthorityLimit.authorityLimit).toEqual({ role: null, promotionBudget: "20000.00", user: { email: planUsers.rep } });
      try {
        const customer = freshCustomer();
        const created = await mutate(app, rep, "createBusinessPlan", { customerId: customer.id, month, content: planContent(month, customer, productId, "15000.00") });
        expect(created.businessPlan!.needsApproval).toBe(false);
      } finally {
        await app.graphql(setLimit, { input: { userId: me.data!.me.id, promotionBudget: "10000" } }, admin);
      }
    });

    it("lists a rep's own limit only to viewers who may see that rep (regression: every personal limit was listed to anyone)", async () => {
      const admin = await app.login(planUsers.admin);
      const me = await app.graphql<{ me: { id: string } }>("{ me { id } }", {}, rep);
      const setLimit = "mutation($input: SetAuthorityLimitInput!) { setAuthorityLimit(input: $input) { userErrors { code } } }";
      const listLimits = "{ authorityLimits { role promotionBudget user { email } } }";
      type Limits = { authorityLimits: { role: string | null; promotionBudget: string; user: { email: string } | null }[] };
      const set = await app.graphql<{ setAuthorityLimit: { userErrors: unknown[] } }>(setLimit, { input: { userId: me.data!.me.id, promotionBudget: "23456" } }, admin);
      expect(set.data!.setAuthorityLimit.userErrors).toEqual([]);
      try {
        const personal = (limits: Limits["authorityLimits"]) => limits.filter((limit) => limit.role === null);
        // `rep`/`manager` work in T-NORTH, `otherRep`/`otherManager` in T-SOUTH.
        for (const outsider of [otherRep, otherManager]) {
          const seen = await app.graphql<Limits>(listLimits, {}, outsider);
          expect(personal(seen.data!.authorityLimits)).toEqual([]);
        }
        for (const viewer of [rep, manager, admin]) {
          const seen = await app.graphql<Limits>(listLimits, {}, viewer);
          expect(personal(seen.data!.authorityLimits)).toContainEqual({ role: null, promotionBudget: "23456.00", user: { email: planUsers.rep } });
        }
      } finally {
        await app.graphql(setLimit, { input: { userId: me.data!.me.id, promotionBudget: "10000" } }, admin);
      }
    });

    it("lets a manager reject with a reason, after which the rep revises and proposes again", async () => {
      const customer = freshCustomer();
      const created = await mutate(app, rep, "createBusinessPlan", { customerId: customer.id, month, content: planContent(month, customer, productId, "30000.00") });
      const proposed = await mutate(app, rep, "proposeBusinessPlan", { id: created.businessPlan!.id, expectedVersion: 1 });
      const rejected = await mutate(app, manager, "rejectBusinessPlan", { id: created.businessPlan!.id, expectedVersion: proposed.businessPlan!.version, reason: "budget beyond the quarter's plan" });
      expect(rejected.businessPlan).toMatchObject({ status: "REJECTED", statusNote: "budget beyond the quarter's plan" });
      const revised = await mutate(app, rep, "reviseBusinessPlan", { id: created.businessPlan!.id, expectedVersion: rejected.businessPlan!.version, content: planContent(month, customer, productId, "8000.00") });
      const again = await mutate(app, rep, "proposeBusinessPlan", { id: created.businessPlan!.id, expectedVersion: revised.businessPlan!.version });
      expect(again.businessPlan).toMatchObject({ status: "PROPOSED", currentRevisionNumber: 2, statusNote: null });
    });

    it("refuses a rep approving their own plan as FORBIDDEN", async () => {
      const customer = freshCustomer();
      const created = await mutate(app, rep, "createBusinessPlan", { customerId: customer.id, month, content: planContent(month, customer, productId, "30000.00") });
      const proposed = await mutate(app, rep, "proposeBusinessPlan", { id: created.businessPlan!.id, expectedVersion: 1 });
      const approved = await mutate(app, rep, "approveBusinessPlan", { id: created.businessPlan!.id, expectedVersion: proposed.businessPlan!.version });
      expect(approved.userErrors[0]?.code).toBe("FORBIDDEN");
    });
  });

  describe("scoping", () => {
    let planId: string;

    beforeAll(async () => {
      const customer = freshCustomer();
      const created = await mutate(app, rep, "createBusinessPlan", { customerId: customer.id, month, content: planContent(month, customer, productId, "30000.00") });
      planId = (await mutate(app, rep, "proposeBusinessPlan", { id: created.businessPlan!.id, expectedVersion: 1 })).businessPlan!.id;
    });

    it("hides another territory's plans from a rep in the list, by id and through node", async () => {
      const list = await app.graphql<{ businessPlans: { edges: { node: { id: string } }[] } }>("query($month: Month!) { businessPlans(filter: { month: $month }, first: 500) { edges { node { id } } } }", { month }, otherRep);
      expect(list.data!.businessPlans.edges.map((edge) => edge.node.id)).not.toContain(planId);
      const byId = await app.graphql<{ businessPlan: unknown; node: unknown }>("query($id: ID!) { businessPlan(id: $id) { id } node(id: $id) { id } }", { id: planId }, otherRep);
      expect(byId.data).toEqual({ businessPlan: null, node: null });
    });

    it("answers NOT_FOUND when a rep or a manager of another territory touches the plan", async () => {
      const revise = await mutate(app, otherRep, "requestRevision", { id: planId, expectedVersion: 2, reason: "not mine" });
      const approve = await mutate(app, otherManager, "approveBusinessPlan", { id: planId, expectedVersion: 2 });
      expect([revise.userErrors[0]?.code, approve.userErrors[0]?.code]).toEqual(["NOT_FOUND", "NOT_FOUND"]);
    });

    it("lets the manager of the plan's territory approve it", async () => {
      const approved = await mutate(app, manager, "approveBusinessPlan", { id: planId, expectedVersion: 2 });
      expect(approved.businessPlan?.status).toBe("APPROVED");
    });
  });

  it("filters the list by territory, rep, status and customer, and pages with keyset cursors", async () => {
    const admin = await app.login(planUsers.admin);
    const [southCustomer] = await customersOf(app, otherRep);
    const southPlan = await mutate(app, otherRep, "createBusinessPlan", { customerId: southCustomer!.id, month, content: planContent(month, southCustomer!, productId) });
    expect(southPlan.userErrors).toEqual([]);
    const territories = await app.graphql<{ territories: { id: string; code: string }[] }>("{ territories { id code } }", {}, admin);
    const territoryId = (code: string) => territories.data!.territories.find((territory) => territory.code === code)!.id;
    const me = await app.graphql<{ me: { id: string } }>("{ me { id } }", {}, rep);
    type Page = { businessPlans: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { status: string; customer: { code: string }; owner: { id: string } } }[] } };
    const list = async (filter: Record<string, unknown>, first = 50, after: string | null = null) => {
      const result = await app.graphql<Page>(
        "query($filter: BusinessPlanFilter, $first: Int, $after: String) { businessPlans(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { status customer { code } owner { id } } } } }",
        { filter, first, after },
        admin,
      );
      expect(result.errors).toBeUndefined();
      return result.data!.businessPlans;
    };
    const northCodes = new Set(customers.map((candidate) => candidate.code));
    const inSouth = await list({ month, territoryId: territoryId(fixtureTerritories.south) });
    expect(inSouth.edges.map((edge) => edge.node.customer.code)).toEqual([southCustomer!.code]);
    const inNorth = await list({ month, territoryId: territoryId(fixtureTerritories.north) });
    expect(inNorth.edges.length).toBeGreaterThan(3);
    expect(inNorth.edges.every((edge) => northCodes.has(edge.node.customer.code))).toBe(true);
    const mine = await list({ month, repId: me.data!.me.id });
    expect(mine.edges.length).toBeGreaterThan(3);
    expect(mine.edges.every((edge) => edge.node.owner.id === me.data!.me.id)).toBe(true);
    const proposed = await list({ month, status: "PROPOSED" });
    expect(proposed.edges.length).toBeGreaterThan(0);
    expect(proposed.edges.every((edge) => edge.node.status === "PROPOSED")).toBe(true);
    const customer = customers.find((candidate) => candidate.code === mine.edges[0]!.node.customer.code)!;
    expect((await list({ month, customerId: customer.id })).edges.map((edge) => edge.node.customer.code)).toEqual([customer.code]);

    const all = await list({ month }, 500);
    expect(all.edges.length).toBe(inNorth.edges.length + inSouth.edges.length);
    const firstPage = await list({ month }, 3);
    const secondPage = await list({ month }, 3, firstPage.pageInfo.endCursor);
    expect(firstPage.totalCount).toBe(all.edges.length);
    expect([...firstPage.edges, ...secondPage.edges].map((edge) => edge.node.customer.code)).toEqual(all.edges.slice(0, 6).map((edge) => edge.node.customer.code));
  });
});
