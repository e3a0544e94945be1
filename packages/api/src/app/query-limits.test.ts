import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAdmin, startTestApp, type GraphQLResponse, type TestApp } from "../../test/test-app.ts";
import { costBudgets } from "./query-cost.ts";
import { documentLimits } from "./query-protection.ts";

interface Answer {
  status: number;
  body: GraphQLResponse & { extensions?: { cost?: { requestedQueryCost: number | null; maximumAvailable: number } } };
  milliseconds: number;
}

const aliased = (count: number, selection: (index: number) => string) => `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${selection(index)}`).join(" ")} }`;
const customersPage = (fields: string) => `customers(first: 500) { edges { node { ${fields} } } }`;

describe("query limits: no operation can take the server down", () => {
  let testApp: TestApp;
  let adminToken: string;
  let repToken: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    adminToken = await testApp.login(demoAdmin);
    repToken = await testApp.login("rep.demo-t1@beatplan.test");
  });

  afterAll(async () => {
    await testApp.close();
  });

  const post = async (query: string, token?: string, variables?: Record<string, unknown>): Promise<Answer> => {
    const started = performance.now();
    const response = await fetch(`${testApp.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Answer["body"];
    return { status: response.status, body, milliseconds: performance.now() - started };
  };

  const codes = (answer: Answer) => (answer.body.errors ?? []).map((error) => `${error.extensions?.code}${error.extensions?.code === "GRAPHQL_VALIDATION_FAILED" ? `: ${error.message}` : ""}`);

  it("refuses 10,000 aliases of a 500-customer page at parsing (token limit)", async () => {
    const answer = await post(aliased(10_000, () => customersPage("name")), adminToken);
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(["GRAPHQL_PARSE_FAILED"]);
    expect(answer.body.errors?.[0]?.message).toContain(`${documentLimits.tokens} tokens`);
    expect(answer.body.data).toBeUndefined();
    console.log(`10,000 aliases of a 500-customer page: ${answer.milliseconds.toFixed(1)} ms`);
  });

  it("refuses 200 aliases of a 500-customer page with contacts and stores (alias limit)", async () => {
    const answer = await post(aliased(200, () => customersPage("name contacts { name } stores { name }")), adminToken);
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(["GRAPHQL_PARSE_FAILED"]);
    console.log(`200 aliases with contacts and stores: ${answer.milliseconds.toFixed(1)} ms`);
    // Fewer tokens, still too many aliases: refused by the alias limit.
    const fewer = await post(aliased(250, () => "products { id }"), adminToken);
    expect(fewer.status).toBe(400);
    expect(codes(fewer)).toEqual(["TOO_MANY_ALIASES"]);
    expect(fewer.body.errors?.[0]?.message).toBe(`Aliases limit of ${documentLimits.aliases} exceeded, found 250.`);
  });

  it("refuses aliases hidden in fragments that multiply", async () => {
    // 5 aliased pages, each spreading a fragment of 40 aliases: 205 aliases where 45 are written.
    const query = `${aliased(5, () => customersPage("...c"))} fragment c on Customer { ...d } fragment d on Customer { ${aliased(40, () => "stores { name }").slice(2, -2)} }`;
    const answer = await post(query, adminToken);
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([{ message: `Aliases limit of ${documentLimits.aliases} exceeded, found 205.`, extensions: { code: "TOO_MANY_ALIASES" } }]);
    expect(answer.body.extensions?.cost).toEqual({ requestedQueryCost: null, maximumAvailable: costBudgets.ADMIN });
  });

  it("refuses a page too costly for the caller's role, with the cost in extensions.cost", async () => {
    const fields = "name code contacts { name phone email } stores { name code address } classHistory { toClass reason } monthlySales(from: \"2026-01\", to: \"2026-06\") { month amount }";
    const answer = await post(`{ ${customersPage(fields)} }`, repToken);
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(["QUERY_TOO_COSTLY"]);
    const cost = answer.body.extensions?.cost;
    expect(cost?.maximumAvailable).toBe(costBudgets.REP);
    expect(cost?.requestedQueryCost).toBeGreaterThan(costBudgets.REP);
    expect(answer.body.errors?.[0]?.extensions?.cost).toEqual(cost);
    console.log(`costly page as a REP (cost ${cost?.requestedQueryCost}): ${answer.milliseconds.toFixed(1)} ms`);
  });

  it("multiplies the cost of lists inside a connection, and of aliased connections", async () => {
    const nested = "name stores { name } contacts { name } territory { region { territories { reps { name } } } }";
    const one = await post(`{ ${customersPage(nested)} }`, adminToken);
    expect(one.body.errors).toBeUndefined();
    const cost = one.body.extensions?.cost?.requestedQueryCost ?? 0;
    // 500 customers × (territories × reps, 10 × 10 assumed) dominates.
    expect(cost).toBeGreaterThan(500 * 10 * 10);
    const copies = Math.floor(costBudgets.ADMIN / cost) + 1;
    expect(copies).toBeLessThanOrEqual(documentLimits.aliases);
    const many = await post(aliased(copies, () => customersPage(nested)), adminToken);
    expect(many.status).toBe(400);
    expect(codes(many)).toEqual(["QUERY_TOO_COSTLY"]);
    // Aliased pages add up.
    expect(many.body.extensions?.cost?.requestedQueryCost).toBe(copies * cost);
    console.log(`nested lists in a 500-customer page: cost ${cost}, ${copies} aliases refused in ${many.milliseconds.toFixed(1)} ms`);
  });

  it("refuses fragments that expand exponentially before walking them all", async () => {
    // Each level spreads the next twice: 2^24 fields once expanded, written in a few hundred bytes.
    const levels = 24;
    const fragments = Array.from({ length: levels }, (_, level) =>
      level === levels - 1 ? `fragment l${level} on Customer { name }` : `fragment l${level} on Customer { ...l${level + 1} ... on Customer { ...l${level + 1} } }`,
    ).join(" ");
    const query = `{ customers(first: 500) { edges { node { ...l0 } } } } ${fragments}`;
    await post(query, adminToken);
    const answer = await post(query, adminToken);
    expect(answer.status).toBe(400);
    expect(codes(answer)).toContain("QUERY_TOO_COSTLY");
    console.log(`exponential fragments: ${answer.milliseconds.toFixed(1)} ms`);
  });

  it("refuses 1,000 aliases of __schema from an anonymous caller, and any introspection without a viewer", async () => {
    const many = await post(aliased(1_000, () => "__schema { types { name fields { name } } }"));
    expect(many.status).toBe(400);
    expect(codes(many)).toEqual(["GRAPHQL_PARSE_FAILED"]);
    console.log(`1,000 aliases of __schema, anonymous: ${many.milliseconds.toFixed(1)} ms`);
    const one = await post("{ __schema { queryType { name } } }");
    expect(one.status).toBe(400);
    expect(codes(one)).toEqual(["INTROSPECTION_DISABLED"]);
    const typeQuery = await post('{ __type(name: "Customer") { name } }');
    expect(codes(typeQuery)).toEqual(["INTROSPECTION_DISABLED"]);
  });

  it("keeps introspection for signed-in users", async () => {
    const answer = await post("{ __schema { queryType { name } } }", repToken);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data).toEqual({ __schema: { queryType: { name: "Query" } } });
  });

  it("gives anonymous callers a budget for signing in only", async () => {
    const login = await post("mutation($input: LoginInput!) { login(input: $input) { token user { id email name role } userErrors { field message code } } }", undefined, {
      input: { email: "nobody@beatplan.test", password: "wrong-password" },
    });
    expect(login.body.errors).toBeUndefined();
    expect(login.body.extensions?.cost).toEqual({ requestedQueryCost: expect.any(Number), maximumAvailable: costBudgets.anonymous });
    // Anything else over that budget is a request that needs a sign-in, and says so.
    const page = await post(`{ ${customersPage("name")} }`);
    expect(codes(page)).toEqual(["UNAUTHENTICATED"]);
    expect(page.body.data).toBeUndefined();
    // A sign-in that is too big is still refused for its cost.
    const bigLogin = await post(`mutation { ${Array.from({ length: 30 }, (_, index) => `l${index}: login(input: { email: "a@b.c", password: "x" }) { token user { id email name role } }`).join(" ")} }`);
    expect(codes(bigLogin)).toEqual(["QUERY_TOO_COSTLY"]);
  });

  it("answers a signed-out session's costly query UNAUTHENTICATED, not as too costly", async () => {
    const token = await testApp.login("rep.demo-t1@beatplan.test");
    expect(codes(await post(`{ ${customersPage("name")} }`, token))).toEqual([]);
    expect((await testApp.graphql("mutation { logout { signedOut userErrors { code } } }", {}, token)).data).toEqual({ logout: { signedOut: true, userErrors: [] } });
    const after = await post(`{ ${customersPage("name contacts { name }")} }`, token);
    expect(codes(after)).toEqual(["UNAUTHENTICATED"]);
    expect(JSON.stringify(after.body)).not.toMatch(/stacktrace/);
  });

  it("refuses too many directives and too deep a query with their own codes", async () => {
    const directives = await post(`{ ${"__typename @include(if: true) ".repeat(documentLimits.directives + 1)}}`, adminToken);
    expect(codes(directives)).toEqual(["TOO_MANY_DIRECTIVES"]);
    const nested = "territory { region { territories { region { territories { region { territories { region { territories { name } } } } } } } } }";
    const deep = await post(`{ ${customersPage(nested)} }`, adminToken);
    expect(codes(deep)).toEqual(["QUERY_TOO_DEEP"]);
  });

  it("reports the cost of an answered query in extensions.cost", async () => {
    const answer = await post("{ customers(first: 10) { edges { node { name } } } }", adminToken);
    expect(answer.body.errors).toBeUndefined();
    // customers: 1 + 10 × (edges 1 + node (1 + name 1)) = 31
    expect(answer.body.extensions?.cost).toEqual({ requestedQueryCost: 31, maximumAvailable: costBudgets.ADMIN });
  });

  it("answers a bystander's simple query while four abusive requests run", async () => {
    const abusive = [
      aliased(10_000, () => customersPage("name")),
      aliased(200, () => customersPage("name contacts { name } stores { name }")),
      aliased(1_000, () => "__schema { types { name } }"),
      aliased(10_000, () => customersPage("name")),
    ];
    const abuse = abusive.map((query, index) => post(query, index === 2 ? undefined : adminToken));
    const bystander = await post("{ customers(first: 5) { edges { node { name } } } }", repToken);
    const refused = await Promise.all(abuse);
    expect(bystander.body.errors).toBeUndefined();
    expect(refused.map((answer) => answer.status)).toEqual([400, 400, 400, 400]);
    console.log(`bystander with 4 abusive requests running: ${bystander.milliseconds.toFixed(1)} ms; abusive answers ${refused.map((answer) => answer.milliseconds.toFixed(0)).join(", ")} ms`);
    expect(bystander.milliseconds).toBeLessThan(5_000);
  });
});
