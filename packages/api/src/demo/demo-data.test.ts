import { classifyScopeByPareto, monthsEndingAt, PARETO_40_40_20, previousMonth, type ScopeResult } from "@beatplan/domain";
import { testMonth } from "@beatplan/domain/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { customerClasses } from "../../test/customer-classes.ts";
import { demoAdmin, startTestApp, type TestApp } from "../../test/test-app.ts";
import {
  DEMO_PASSWORD,
  DEMO_T1,
  DEMO_T1_ROUTES,
  generateDemoData,
  type DemoCustomer,
  type DemoData,
} from "./demo-data.ts";

const data = generateDemoData();

/** Pareto 40/40 over the average of the last 3 months, the way Beatplan classifies a scope. */
function classifyScope(demo: DemoData, customers: readonly DemoCustomer[], lastMonth = "2026-10"): ScopeResult {
  const codes = new Set(customers.map((customer) => customer.code));
  const salesByCustomer = new Map<string, DemoData["monthlySales"]>();
  for (const row of demo.monthlySales) {
    if (codes.has(row.customerCode)) salesByCustomer.set(row.customerCode, [...(salesByCustomer.get(row.customerCode) ?? []), row]);
  }
  return classifyScopeByPareto(
    customers.map((customer) => ({ customerKey: customer.code, monthlyVolumes: salesByCustomer.get(customer.code) ?? [] })),
    { lastMonth, months: 3, thresholds: PARETO_40_40_20 },
  );
}

function codesOfClass(result: ScopeResult, customerClass: string): string[] {
  return result.items
    .filter((item) => item.class === customerClass)
    .map((item) => item.customerKey)
    .sort();
}

function distanceKilometres(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const north = (a.latitude - b.latitude) * 111.32;
  const east = (a.longitude - b.longitude) * 111.32 * Math.cos((a.latitude * Math.PI) / 180);
  return Math.hypot(north, east);
}

describe("generateDemoData determinism", () => {
  it("returns deep-equal data for the same seed", () => {
    expect(generateDemoData({ seed: 7 })).toEqual(generateDemoData({ seed: 7 }));
  });

  it("returns different customers for a different seed", () => {
    const other = generateDemoData({ seed: 8 });
    expect(other.customers.map((customer) => customer.name)).not.toEqual(
      generateDemoData({ seed: 7 }).customers.map((customer) => customer.name),
    );
  });

  it("rejects a seed that is not a 32-bit unsigned integer", () => {
    expect(() => generateDemoData({ seed: -1 })).toThrow("seed must be an integer 0..4294967295, got -1");
  });
});

describe("generateDemoData organisation", () => {
  it("has the Shanghai region with three territories and Demo-T1 in its own region", () => {
    expect(data.regions.map((region) => region.code)).toEqual(["SH", "DEMO"]);
    expect(data.territories.map((territory) => [territory.code, territory.regionCode])).toEqual([
      [DEMO_T1, "DEMO"],
      ["SH-PD", "SH"],
      ["SH-XH", "SH"],
      ["SH-JA", "SH"],
    ]);
  });

  it("has one admin, one manager per territory and 13 reps", () => {
    const count = (role: string) => data.users.filter((user) => user.role === role).length;
    expect([count("ADMIN"), count("MANAGER"), count("REP")]).toEqual([1, 4, 13]);
    expect(data.users.find((user) => user.role === "ADMIN")?.email).toBe("admin@beatplan.test");
  });

  it("names Demo-T1's manager and rep as the brief does", () => {
    const demoUsers = data.users.filter(
      (user) => user.territoryCodes.includes(DEMO_T1) || user.managesTerritoryCodes.includes(DEMO_T1),
    );
    expect(demoUsers.map((user) => [user.email, user.role])).toEqual([
      ["manager.demo-t1@beatplan.test", "MANAGER"],
      ["rep.demo-t1@beatplan.test", "REP"],
    ]);
  });

  it("gives every territory exactly one manager", () => {
    for (const territory of data.territories) {
      const managers = data.users.filter((user) => user.managesTerritoryCodes.includes(territory.code));
      expect(managers, territory.code).toHaveLength(1);
    }
  });

  it("gives every user the demo password", () => {
    expect(new Set(data.users.map((user) => user.password))).toEqual(new Set([DEMO_PASSWORD]));
  });

  it("uses unique user e-mails", () => {
    expect(new Set(data.users.map((user) => user.email)).size).toBe(data.users.length);
  });
});

describe("generateDemoData customers", () => {
  it("has 20 Demo-T1 customers and 1,200 generated ones", () => {
    expect(data.customers.filter((customer) => customer.territoryCode === DEMO_T1)).toHaveLength(20);
    expect(data.customers).toHaveLength(1_220);
  });

  it("gives each generated rep 100 customers", () => {
    const perRep = new Map<string, number>();
    for (const customer of data.customers) perRep.set(customer.repEmail, (perRep.get(customer.repEmail) ?? 0) + 1);
    const generatedReps = [...perRep].filter(([email]) => email !== "rep.demo-t1@beatplan.test");
    expect(generatedReps).toHaveLength(12);
    expect(generatedReps.every(([, count]) => count === 100)).toBe(true);
  });

  it("assigns every customer's rep to the customer's territory", () => {
    const reps = new Map(data.users.filter((user) => user.role === "REP").map((user) => [user.email, user]));
    const misplaced = data.customers.filter((customer) => !reps.get(customer.repEmail)?.territoryCodes.includes(customer.territoryCode));
    expect(misplaced.map((customer) => customer.code)).toEqual([]);
  });

  it("uses unique customer codes, store codes and customer names", () => {
    const storeCodes = data.customers.flatMap((customer) => customer.stores.map((store) => store.code));
    expect(new Set(data.customers.map((customer) => customer.code)).size).toBe(data.customers.length);
    expect(new Set(storeCodes).size).toBe(storeCodes.length);
    expect(new Set(data.customers.map((customer) => customer.name)).size).toBe(data.customers.length);
  });

  it("gives dealers 1 to 5 stores and retail customers none", () => {
    for (const customer of data.customers) {
      const range = customer.type === "DEALER" ? [1, 5] : customer.type === "RETAIL" ? [0, 0] : [1, 3];
      expect(customer.stores.length, customer.code).toBeGreaterThanOrEqual(range[0] ?? 0);
      expect(customer.stores.length, customer.code).toBeLessThanOrEqual(range[1] ?? 0);
    }
  });

  it("gives every customer 1 to 4 contacts led by a tier I contact", () => {
    for (const customer of data.customers) {
      expect(customer.contacts.length, customer.code).toBeGreaterThanOrEqual(1);
      expect(customer.contacts.length, customer.code).toBeLessThanOrEqual(4);
      expect(customer.contacts[0]?.tier, customer.code).toBe("I");
    }
  });

  it("writes birthdays as YYYY-MM-DD or null", () => {
    const birthdays = data.customers.flatMap((customer) => customer.contacts.map((contact) => contact.birthday));
    expect(birthdays.filter((birthday) => birthday !== null && !/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])$/.test(birthday))).toEqual([]);
    expect(birthdays).toContain(null);
  });

  it("places every customer in Shanghai", () => {
    const outside = data.customers.filter(
      (customer) => customer.latitude < 31.0 || customer.latitude > 31.45 || customer.longitude < 121.25 || customer.longitude > 121.75,
    );
    expect(outside.map((customer) => customer.code)).toEqual([]);
  });

  it("writes money and areas as decimal strings with 2 decimals", () => {
    const twoDecimals = /^\d+\.\d{2}$/;
    const values = data.customers.flatMap((customer) => [
      ...(customer.credit === null ? [] : [customer.credit.registeredCapital, customer.credit.creditLimit]),
      ...(customer.operating === null ? [] : [customer.operating.floorArea, customer.operating.storageArea]),
    ]);
    expect(values.filter((value) => !twoDecimals.test(value))).toEqual([]);
  });
});

describe("generateDemoData Demo-T1 (worked example B)", () => {
  const demoCustomers = data.customers.filter((customer) => customer.territoryCode === DEMO_T1);
  const result = classifyScope(data, demoCustomers);

  it("codes the customers DEMO-01 to DEMO-20", () => {
    expect(demoCustomers.map((customer) => customer.code)).toEqual(Object.values(DEMO_T1_ROUTES).flat());
  });

  it("makes DEMO-01 to DEMO-05 class A under 40/40 on the last 3 months' average", () => {
    expect(codesOfClass(result, "A")).toEqual(DEMO_T1_ROUTES.T1);
  });

  it("makes DEMO-06 to DEMO-10 class B", () => {
    expect(codesOfClass(result, "B")).toEqual(DEMO_T1_ROUTES.T2);
  });

  it("makes DEMO-11 to DEMO-20 class C", () => {
    expect(codesOfClass(result, "C")).toEqual([...DEMO_T1_ROUTES.T3, ...DEMO_T1_ROUTES.T4]);
  });

  it("keeps those classes for other seeds", () => {
    const other = generateDemoData({ seed: 12_345 });
    const otherResult = classifyScope(other, other.customers.filter((customer) => customer.territoryCode === DEMO_T1));
    expect(otherResult.classCounts).toEqual({ A: 5, B: 5, C: 10 });
    expect(codesOfClass(otherResult, "A")).toEqual(DEMO_T1_ROUTES.T1);
  });

  it("places the four routes as spatial clusters: every customer is nearer its own route than any other", () => {
    const byCode = new Map(demoCustomers.map((customer) => [customer.code, customer]));
    const routes = Object.values(DEMO_T1_ROUTES).map((codes) => codes.map((code) => byCode.get(code) as DemoCustomer));
    const largestWithin = Math.max(
      ...routes.flatMap((route) => route.flatMap((a) => route.map((b) => distanceKilometres(a, b)))),
    );
    const smallestBetween = Math.min(
      ...routes.flatMap((route, index) =>
        routes.slice(index + 1).flatMap((other) => route.flatMap((a) => other.map((b) => distanceKilometres(a, b)))),
      ),
    );
    expect(largestWithin).toBeLessThan(smallestBetween);
  });

  it("gives Demo-T1's rep a base between the four routes", () => {
    const rep = data.users.find((user) => user.email === "rep.demo-t1@beatplan.test");
    const base = { latitude: rep?.baseLatitude ?? 0, longitude: rep?.baseLongitude ?? 0 };
    const distances = demoCustomers.map((customer) => distanceKilometres(base, customer));
    expect(Math.min(...distances)).toBeGreaterThan(1);
    expect(Math.max(...distances)).toBeLessThan(3);
  });
});

describe("generateDemoData monthly sales", () => {
  it("covers exactly the 12 months ending at lastMonth", () => {
    const demo = generateDemoData({ lastMonth: "2025-03" });
    const months = [...new Set(demo.monthlySales.map((row) => row.month))].sort();
    expect(months).toEqual(monthsEndingAt("2025-03", 12));
  });

  it("has at most one row per customer and month, each for a known customer", () => {
    const codes = new Set(data.customers.map((customer) => customer.code));
    const keys = data.monthlySales.map((row) => `${row.customerCode}|${row.month}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(data.monthlySales.every((row) => codes.has(row.customerCode))).toBe(true);
  });

  it("writes volume and amount with 2 decimals and our share as 0..1 with up to 4 decimals", () => {
    const badRows = data.monthlySales.filter(
      (row) =>
        !/^\d+\.\d{2}$/.test(row.volume) ||
        !/^\d+\.\d{2}$/.test(row.amount) ||
        (row.ourShare !== null && (!/^[01]\.\d{1,4}$/.test(row.ourShare) || Number(row.ourShare) > 1)),
    );
    expect(badRows).toEqual([]);
  });

  it("includes customers younger than 12 months and customers with months without sales", () => {
    const rowsPerCustomer = new Map<string, number>();
    for (const row of data.monthlySales) rowsPerCustomer.set(row.customerCode, (rowsPerCustomer.get(row.customerCode) ?? 0) + 1);
    const young = data.customers.filter((customer) => (customer.customerSince ?? "") > "2025-11");
    const withGaps = [...rowsPerCustomer.values()].filter((count) => count < 12);
    expect(young.length).toBeGreaterThan(20);
    expect(withGaps.length).toBeGreaterThan(young.length);
  });

  it("gives each generated rep realistic classes: A a small group, C the largest", () => {
    const reps = data.users.filter((user) => user.role === "REP" && !user.territoryCodes.includes(DEMO_T1));
    for (const rep of reps) {
      const result = classifyScope(data, data.customers.filter((customer) => customer.repEmail === rep.email));
      const { A = 0, B = 0, C = 0 } = result.classCounts;
      expect(A, rep.email).toBeGreaterThanOrEqual(5);
      expect(A, rep.email).toBeLessThanOrEqual(20);
      expect(A, rep.email).toBeLessThan(B);
      expect(B, rep.email).toBeLessThan(C);
    }
  });
});

// The one suite that loads the whole demo data set into a database; every other API suite seeds a small fixture.
describe("the demo data loaded into a fresh database", () => {
  let testApp: TestApp;
  let adminToken: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    adminToken = await testApp.login(demoAdmin);
  });

  afterAll(async () => {
    await testApp.close();
  });

  const classesOf = (territoryCode: string) => customerClasses(testApp, adminToken, territoryCode);


  it("gives Demo-T1 the worked example's classes right after loading", async () => {
    const classes = await classesOf(DEMO_T1);
    const codes = Object.values(DEMO_T1_ROUTES).flat();
    expect(codes.map((code) => classes.get(code))).toEqual([...Array(5).fill("A"), ...Array(5).fill("B"), ...Array(10).fill("C")]);
  });

  it("classifies every active customer of the Shanghai territories at load", async () => {
    const classes = await classesOf("SH-PD");
    const result = await testApp.graphql<{ customers: { totalCount: number } }>(`{ customers(first: 1, filter: { territoryCode: "SH-PD", status: ACTIVE }) { totalCount } }`, {}, adminToken);
    expect(result.data!.customers.totalCount).toBeGreaterThan(0);
    expect([...classes.values()].filter((customerClass) => customerClass !== null)).toHaveLength(result.data!.customers.totalCount);
  });

  it("starts with Demo-T1's two closed plans of last month, each with a review whose stores add up", async () => {
    const rep = await testApp.login("rep.demo-t1@beatplan.test");
    const result = await testApp.graphql<{ businessPlans: { edges: { node: { status: string; completion: number; revisions: unknown[]; review: { actualAmount: string; stores: { actualAmount: string }[] } } }[] } }>(
      "query($month: Month!) { businessPlans(filter: { month: $month }) { edges { node { status completion revisions { number } review { actualAmount stores { actualAmount } } } } } }",
      { month: previousMonth(testMonth) },
      rep,
    );
    const plans = result.data!.businessPlans.edges.map((edge) => edge.node);
    expect(plans.map((plan) => plan.status)).toEqual(["CLOSED", "CLOSED"]);
    for (const plan of plans) {
      expect(plan.revisions).toHaveLength(2);
      const storeSum = plan.review.stores.reduce((sum, line) => sum + Math.round(Number(line.actualAmount) * 100), 0);
      expect(storeSum).toBe(Math.round(Number(plan.review.actualAmount) * 100));
    }
    expect(plans.map((plan) => plan.completion.toFixed(2))).toEqual(["1.04", "0.86"]);
  });
});
