import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureUsers, twoTerritories } from "../../test/fixtures.ts";
import { startTestApp, type TestApp } from "../../test/test-app.ts";

interface CustomersData {
  customers: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; code: string; name: string } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null; startCursor: string | null };
  };
}

const customersQuery = `query Customers($first: Int, $after: String, $filter: CustomerFilter, $orderBy: CustomerOrder) {
  customers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    edges { cursor node { id code name } }
    pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
  }
}`;

describe("customers query", () => {
  let testApp: TestApp;
  let token: string;

  beforeAll(async () => {
    testApp = await startTestApp({ fixture: twoTerritories });
    token = await testApp.login(fixtureUsers.admin);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it("counts a territory's customers beyond the page", async () => {
    const result = await testApp.graphql<CustomersData>(`{ customers(first: 2, filter: { territoryCode: "T-NORTH" }) { totalCount edges { node { code name } } } }`, {}, token);
    expect(result.errors).toBeUndefined();
    expect(result.data?.customers.totalCount).toBe(3);
    expect(result.data?.customers.edges).toHaveLength(2);
  });

  it("pages through the customers with keyset cursors without repeats or gaps", async () => {
    const all = await testApp.graphql<CustomersData>(customersQuery, { first: 500 }, token);
    const expected = all.data!.customers.edges.map((edge) => edge.node.code);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const result: Awaited<ReturnType<typeof testApp.graphql<CustomersData>>> = await testApp.graphql<CustomersData>(customersQuery, { first: 2, after }, token);
      const connection = result.data!.customers;
      seen.push(...connection.edges.map((edge) => edge.node.code));
      expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
    expect(new Set(seen).size).toBe(5);
  });

  it("orders by name ascending by default", async () => {
    const result = await testApp.graphql<CustomersData>(customersQuery, { first: 50 }, token);
    const names = result.data!.customers.edges.map((edge) => edge.node.name);
    expect(names).toEqual([...names].sort((left, right) => Buffer.compare(Buffer.from(left), Buffer.from(right))));
  });

  it("orders by sales of the last 3 months, largest first, across pages", async () => {
    const query = `query($after: String) { customers(first: 2, after: $after, orderBy: { field: SALES_LAST_3_MONTHS, direction: DESC }) {
      edges { node { code averageMonthlySales(months: 3) } } pageInfo { endCursor hasNextPage } } }`;
    type Data = { customers: { edges: { node: { code: string; averageMonthlySales: string } }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } };
    const first = await testApp.graphql<Data>(query, {}, token);
    const second = await testApp.graphql<Data>(query, { after: first.data!.customers.pageInfo.endCursor }, token);
    const averages = [...first.data!.customers.edges, ...second.data!.customers.edges].map((edge) => Number(edge.node.averageMonthlySales));
    expect(averages).toHaveLength(4);
    expect(averages).toEqual([...averages].sort((left, right) => right - left));
  });

  it("finds customers by a case-insensitive part of code or name", async () => {
    const result = await testApp.graphql<CustomersData>(customersQuery, { first: 100, filter: { search: "n-" } }, token);
    const codes = result.data!.customers.edges.map((edge) => edge.node.code);
    expect(codes.sort()).toEqual(["N-1", "N-2", "N-3"]);
  });

  it("refuses a page size outside 1..500 with BAD_USER_INPUT", async () => {
    for (const first of [0, 501]) {
      const result = await testApp.graphql(customersQuery, { first }, token);
      expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(result.errors?.[0]?.message).toBe(`first must be 1..500, got ${first}`);
    }
  });

  it("refuses a cursor made for another ordering", async () => {
    const byName = await testApp.graphql<CustomersData>(customersQuery, { first: 2 }, token);
    const result = await testApp.graphql(customersQuery, { first: 2, after: byName.data!.customers.pageInfo.endCursor, orderBy: { field: "CODE" } }, token);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refetches a customer by its global ID through node", async () => {
    const list = await testApp.graphql<CustomersData>(customersQuery, { first: 1 }, token);
    const customer = list.data!.customers.edges[0]!.node;
    const result = await testApp.graphql<{ node: { __typename: string; code: string } }>(`query($id: ID!) { node(id: $id) { __typename ... on Customer { code } } }`, { id: customer.id }, token);
    expect(result.data?.node).toEqual({ __typename: "Customer", code: customer.code });
    expect(Buffer.from(customer.id, "base64").toString()).toMatch(/^Customer:[0-9a-f-]{36}$/);
  });
});
