import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAdmin, startTestApp, type TestApp } from "../../test/test-app.ts";

const listQuery = `query($first: Int!) {
  customers(first: $first) {
    totalCount
    edges { node {
      code
      territory { code region { code } reps { email } }
      responsibleRep { email }
      contacts { name tier }
      stores { code }
      creditProfile { creditLimit }
      operatingProfile { floorArea }
      monthlySales(from: "2026-08", to: "2026-10") { month amount }
      averageMonthlySales
    } }
  }
}`;

describe("customer list loading", () => {
  let testApp: TestApp;
  let token: string;
  let statements = 0;

  beforeAll(async () => {
    testApp = await startTestApp({ onQuery: () => statements++ });
    token = await testApp.login(demoAdmin);
  });

  afterAll(async () => {
    await testApp.close();
  });

  async function countStatements(first: number): Promise<number> {
    statements = 0;
    const result = await testApp.graphql<{ customers: { edges: unknown[] } }>(listQuery, { first }, token);
    expect(result.errors).toBeUndefined();
    expect(result.data?.customers.edges).toHaveLength(first);
    return statements;
  }

  it("runs the same number of SQL statements for 5 and for 50 customers with their relations", async () => {
    const forFive = await countStatements(5);
    const forFifty = await countStatements(50);
    expect(forFifty).toBe(forFive);
    // viewer, page, count, then one batch per relation: territory, region, reps, rep, contacts, stores, credit, operating, sales, average.
    expect(forFive).toBeGreaterThanOrEqual(3);
    expect(forFive).toBeLessThanOrEqual(13);
  });
});
