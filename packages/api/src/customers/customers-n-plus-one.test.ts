import { isSessionRead } from "../../test/statements.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shiftMonth } from "@beatplan/domain";
import { testLastCompleteMonth } from "@beatplan/domain/testing";
import { fixtureUsers, twoTerritories } from "../../test/fixtures.ts";
import { startTestApp, type TestApp } from "../../test/test-app.ts";

const listQuery = `query($first: Int!, $from: Month!, $to: Month!) {
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
      monthlySales(from: $from, to: $to) { month amount }
      averageMonthlySales
    } }
  }
}`;

describe("customer list loading", () => {
  let testApp: TestApp;
  let token: string;
  let statements = 0;

  beforeAll(async () => {
    // The session read is counted apart: it happens once per session and cache lifetime, not per page.
    testApp = await startTestApp({ fixture: twoTerritories, onQuery: (sql) => (isSessionRead(sql) ? undefined : statements++) });
    token = await testApp.login(fixtureUsers.admin);
  });

  afterAll(async () => {
    await testApp.close();
  });

  async function countStatements(first: number): Promise<number> {
    statements = 0;
    const result = await testApp.graphql<{ customers: { edges: unknown[] } }>(listQuery, { first, from: shiftMonth(testLastCompleteMonth, -2), to: testLastCompleteMonth }, token);
    expect(result.errors).toBeUndefined();
    expect(result.data?.customers.edges).toHaveLength(first);
    return statements;
  }

  it("runs the same number of SQL statements for 1 and for 5 customers with their relations", async () => {
    const forOne = await countStatements(1);
    const forFive = await countStatements(5);
    expect(forFive).toBe(forOne);
    // page, count, then one batch per relation: territory, region, reps, rep, contacts, stores, credit, operating, sales, average.
    expect(forFive).toBeGreaterThanOrEqual(3);
    expect(forFive).toBeLessThanOrEqual(12);
  });

  it("reads a page's territories and responsible reps in the page's own statement", async () => {
    const count = async (node: string) => {
      statements = 0;
      const result = await testApp.graphql<{ customers: { edges: { node: Record<string, unknown> }[] } }>(`{ customers(first: 5) { edges { node { ${node} } } } }`, {}, token);
      expect(result.errors).toBeUndefined();
      expect(result.data?.customers.edges).toHaveLength(5);
      return { statements, nodes: result.data!.customers.edges.map((edge) => edge.node) };
    };
    const plain = await count("code");
    const related = await count("code territory { code name } responsibleRep { email name }");
    expect(related.nodes.every((node) => (node.territory as { code: string }).code.startsWith("T-"))).toBe(true);
    expect(related.nodes.some((node) => node.responsibleRep !== null)).toBe(true);
    expect(related.statements).toBe(plain.statements);
  });

  it("answers node(id:) for a customer with its to-one relations in one statement", async () => {
    const page = await testApp.graphql<{ customers: { edges: { node: { id: string } }[] } }>("{ customers(first: 1) { edges { node { id } } } }", {}, token);
    const id = page.data!.customers.edges[0]!.node.id;
    const count = async (fields: string) => {
      statements = 0;
      const result = await testApp.graphql<{ node: Record<string, unknown> | null }>(`query($id: ID!) { node(id: $id) { id ... on Customer { ${fields} } } }`, { id }, token);
      expect(result.errors).toBeUndefined();
      expect(result.data?.node).not.toBeNull();
      return { statements, node: result.data!.node! };
    };
    const plain = await count("code");
    const related = await count("code territory { code region { code } } responsibleRep { email } creditProfile { creditLimit } operatingProfile { floorArea }");
    expect((related.node.territory as { region: { code: string } }).region.code).toBeTruthy();
    expect(related.statements).toBe(plain.statements);
  });
});
