import { isSessionRead } from "../../test/statements.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { classifiedTerritories, fixtureTerritories, fixtureUsers, oneTerritoryWithProducts, twoTerritories } from "../../test/fixtures.ts";
import { startTestApp, type GraphQLResponse, type TestApp } from "../../test/test-app.ts";

/**
 * Every list answers with a number of SQL statements that does not depend on how many items
 * it holds: relations of its items are loaded in one batch per relation (customers and
 * business plans have their own tests).
 */
describe("statements per list", () => {
  let testApp: TestApp;
  let admin: string;
  let statements = 0;

  beforeAll(async () => {
    testApp = await startTestApp({ fixture: twoTerritories, onQuery: (sql) => (isSessionRead(sql) ? undefined : statements++) });
    admin = await testApp.login(fixtureUsers.admin);
  });

  afterAll(async () => {
    await testApp.close();
  });

  async function counted<Data>(query: string, variables: Record<string, unknown>, token: string): Promise<{ data: Data; statements: number }> {
    statements = 0;
    const result: GraphQLResponse<Data> = await testApp.graphql<Data>(query, variables, token);
    expect(result.errors).toBeUndefined();
    return { data: result.data!, statements };
  }

  async function ok(query: string, variables: Record<string, unknown>, token = admin): Promise<void> {
    const result = await testApp.graphql<Record<string, { userErrors?: unknown[] }>>(query, variables, token);
    expect(result.errors).toBeUndefined();
    for (const payload of Object.values(result.data ?? {})) expect(payload.userErrors ?? []).toEqual([]);
  }

  it("audit log: the same for 1 and for 5 entries with their actors", async () => {
    const territory = (await testApp.graphql<{ territories: { id: string }[] }>("{ territories { id } }", {}, admin)).data!.territories[0]!.id;
    for (let index = 0; index < 5; index++) {
      await ok("mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { userErrors { message } } }", {
        input: { code: `AUD-${index}`, name: `Audited ${index}`, type: "DEALER", territoryId: territory },
      });
    }
    const query = "query($first: Int!) { auditLog(first: $first) { edges { node { action entityType actorLabel actor { email name } } } } }";
    const one = await counted<{ auditLog: { edges: unknown[] } }>(query, { first: 1 }, admin);
    const five = await counted<{ auditLog: { edges: { node: { actor: { email: string } | null } }[] } }>(query, { first: 5 }, admin);
    expect(one.data.auditLog.edges).toHaveLength(1);
    expect(five.data.auditLog.edges).toHaveLength(5);
    expect(five.data.auditLog.edges.every((edge) => edge.node.actor?.email === fixtureUsers.admin)).toBe(true);
    expect(five.statements).toBe(one.statements);
  });

  it("API tokens: the same for 1 and for 4 tokens with their creator and territories", async () => {
    const query = "{ apiTokens { name createdBy { email } territories { code region { code } } } }";
    const territoryIds = (await testApp.graphql<{ territories: { id: string }[] }>("{ territories { id } }", {}, admin)).data!.territories.map((territory) => territory.id);
    const create = (name: string) => ok("mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { userErrors { message } } }", { input: { name, role: "MANAGER", territoryIds } });
    await create("first");
    const one = await counted<{ apiTokens: unknown[] }>(query, {}, admin);
    for (const name of ["second", "third", "fourth"]) await create(name);
    const four = await counted<{ apiTokens: { createdBy: { email: string } | null; territories: unknown[] }[] }>(query, {}, admin);
    expect(one.data.apiTokens).toHaveLength(1);
    expect(four.data.apiTokens).toHaveLength(4);
    expect(four.data.apiTokens.every((token) => token.createdBy?.email === fixtureUsers.admin && token.territories.length === territoryIds.length)).toBe(true);
    expect(four.statements).toBe(one.statements);
  });

  it("territories: the same for 1 territory (a manager) and for 2 (the admin) with region, reps and managers", async () => {
    const query = "{ territories { code region { code territories { code } } reps { email } managers { email } } }";
    const one = await counted<{ territories: unknown[] }>(query, {}, await testApp.login(fixtureUsers.northManager));
    const two = await counted<{ territories: { reps: unknown[]; managers: unknown[] }[] }>(query, {}, admin);
    expect(one.data.territories).toHaveLength(1);
    expect(two.data.territories).toHaveLength(2);
    expect(two.data.territories.every((territory) => territory.reps.length > 0 && territory.managers.length > 0)).toBe(true);
    expect(two.statements).toBe(one.statements);
  });

  it("authority limits: the same for 1 and for 3 limits with their users", async () => {
    const users = (await testApp.graphql<{ territories: { reps: { id: string }[]; managers: { id: string }[] }[] }>("{ territories { reps { id } managers { id } } }", {}, admin)).data!.territories
      .flatMap((territory) => [...territory.reps, ...territory.managers])
      .map((user) => user.id);
    const set = (userId: string) => ok("mutation($input: SetAuthorityLimitInput!) { setAuthorityLimit(input: $input) { userErrors { message } } }", { input: { userId, promotionBudget: "1234.00" } });
    const query = "{ authorityLimits { promotionBudget role user { email } } }";
    const before = (await counted<{ authorityLimits: { user: unknown }[] }>(query, {}, admin)).data.authorityLimits.length;
    await set(users[0]!);
    const one = await counted<{ authorityLimits: { user: unknown }[] }>(query, {}, admin);
    await set(users[1]!);
    await set(users[2]!);
    const three = await counted<{ authorityLimits: { user: unknown }[] }>(query, {}, admin);
    expect(one.data.authorityLimits.filter((limit) => limit.user)).toHaveLength(1);
    expect(three.data.authorityLimits.filter((limit) => limit.user)).toHaveLength(3);
    expect(three.data.authorityLimits).toHaveLength(before + 3);
    expect(three.statements).toBe(one.statements);
  });
});

describe("statements per product page", () => {
  let testApp: TestApp;
  let statements = 0;

  beforeAll(async () => {
    testApp = await startTestApp({ fixture: oneTerritoryWithProducts, onQuery: (sql) => (isSessionRead(sql) ? undefined : statements++) });
  });

  afterAll(async () => {
    await testApp.close();
  });

  it("is the same for 1 and for 3 products", async () => {
    const token = await testApp.login(fixtureUsers.admin);
    const count = async (first: number) => {
      statements = 0;
      const result = await testApp.graphql<{ products: unknown[] }>("query($first: Int!) { products(first: $first) { id code name unit category } }", { first }, token);
      expect(result.errors).toBeUndefined();
      expect(result.data?.products).toHaveLength(first);
      return statements;
    };
    expect(await count(3)).toBe(await count(1));
  });
});

describe("statements per classification list", () => {
  let testApp: TestApp;
  let token: string;
  let statements = 0;

  beforeAll(async () => {
    testApp = await startTestApp({ fixture: classifiedTerritories, onQuery: (sql) => (isSessionRead(sql) ? undefined : statements++) });
    token = await testApp.login(fixtureUsers.admin);
  });

  afterAll(async () => {
    await testApp.close();
  });

  async function count<Data>(query: string, variables: Record<string, unknown>): Promise<{ data: Data; statements: number }> {
    statements = 0;
    const result = await testApp.graphql<Data>(query, variables, token);
    expect(result.errors).toBeUndefined();
    return { data: result.data!, statements };
  }

  it("preview items: the same for 1 and for 5 items", async () => {
    const query = `query($first: Int!, $scope: ClassificationScopeInput!) { previewClassification(input: { scope: $scope }) {
      items(first: $first) { edges { node { code name proposedClass currentClass reason } } } } }`;
    const variables = (first: number) => ({ first, scope: { territoryCode: fixtureTerritories.north } });
    const one = await count<{ previewClassification: { items: { edges: unknown[] } } }>(query, variables(1));
    const five = await count<{ previewClassification: { items: { edges: unknown[] } } }>(query, variables(5));
    expect(one.data.previewClassification.items.edges).toHaveLength(1);
    expect(five.data.previewClassification.items.edges).toHaveLength(5);
    expect(five.statements).toBe(one.statements);
  });

  it("class history and overrides of a customer page: the same for 1 and for 5 customers", async () => {
    const query = `query($first: Int!) { customers(first: $first) { edges { node { code
      classHistory { toClass source actor { email } } classOverride { class actor { email } } } } } }`;
    const one = await count<{ customers: { edges: unknown[] } }>(query, { first: 1 });
    const five = await count<{ customers: { edges: { node: { classHistory: unknown[] } }[] } }>(query, { first: 5 });
    expect(one.data.customers.edges).toHaveLength(1);
    expect(five.data.customers.edges).toHaveLength(5);
    expect(five.data.customers.edges.some((edge) => edge.node.classHistory.length > 0)).toBe(true);
    expect(five.statements).toBe(one.statements);
  });
});
