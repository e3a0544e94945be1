import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureUsers, twoTerritories } from "../../test/fixtures.ts";
import { startTestApp, type TestApp } from "../../test/test-app.ts";

type Page = { customers: { edges: { node: Record<string, unknown> }[] } };

describe("customer list reads the columns the query asks for", () => {
  let testApp: TestApp;
  let token: string;
  let statements: string[] = [];

  beforeAll(async () => {
    testApp = await startTestApp({ fixture: twoTerritories, onQuery: (sql) => statements.push(sql) });
    token = await testApp.login(fixtureUsers.admin);
  });

  afterAll(async () => {
    await testApp.close();
  });

  async function page(query: string): Promise<{ nodes: Record<string, unknown>[]; listSql: string }> {
    statements = [];
    const result = await testApp.graphql<Page>(query, {}, token);
    expect(result.errors).toBeUndefined();
    const listSql = statements.find((sql) => /from customer c\b/.test(sql) && /keyset_id/.test(sql));
    expect(listSql).toBeDefined();
    return { nodes: result.data!.customers.edges.map((edge) => edge.node), listSql: listSql! };
  }

  it("selects code and name only (plus keys) for a code-and-name page", async () => {
    const { nodes, listSql } = await page("{ customers(first: 5) { edges { node { code name } } } }");
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((node) => typeof node.code === "string" && typeof node.name === "string")).toBe(true);
    expect(listSql).not.toMatch(/c\.\*/);
    expect(listSql).not.toMatch(/c\.tax_no|c\.created_at|c\.bank_account/);
  });

  it("reads fields asked for through aliases and fragments, with the same values as the node lookup", async () => {
    const { nodes, listSql } = await page(`{ customers(first: 5) { edges { node { id renamed: taxNo ...More ... on Customer { updatedAt class } } } } }
      fragment More on Customer { createdAt version latitude }`);
    expect(listSql).toMatch(/c\.tax_no/);
    expect(listSql).toMatch(/c\.created_at/);
    const first = nodes[0]!;
    expect(typeof first.createdAt).toBe("string");
    expect(Number.isNaN(Date.parse(first.createdAt as string))).toBe(false);
    expect(first.version).toBe(1);
    const lookup = await testApp.graphql<{ node: Record<string, unknown> }>(
      "query($id: ID!) { node(id: $id) { ... on Customer { taxNo createdAt updatedAt version latitude class } } }",
      { id: first.id },
      token,
    );
    expect(lookup.errors).toBeUndefined();
    expect({ ...first, taxNo: first.renamed, renamed: undefined, id: undefined }).toEqual({ ...lookup.data!.node, renamed: undefined, id: undefined });
  });
});
