import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../test/test-app.ts";
import { currentMonth, planContent, planMutations, planUsers, productIds, startPlanningApp, unplannedCustomer } from "../business-plans/business-plan-test-kit.ts";
import { defaultMaxGraphQLBodyBytes } from "./graphql-route.ts";

describe("bad input is refused as such and changes nothing", () => {
  let testApp: TestApp;
  let admin: string;
  let rep: string;

  beforeAll(async () => {
    testApp = await startPlanningApp();
    admin = await testApp.login(planUsers.admin);
    rep = await testApp.login(planUsers.rep);
  });

  afterAll(async () => {
    await testApp.close();
  });

  const codes = (result: { errors?: { extensions?: { code?: string } }[] }) => (result.errors ?? []).map((error) => error.extensions?.code);
  const search = "query($search: String) { customers(first: 5, filter: { search: $search }) { totalCount } }";

  it("refuses a body over the GraphQL limit with 413, without reading the rest of it", async () => {
    const started = performance.now();
    const status = await new Promise<number>((resolve, reject) => {
      const outgoing = request(`${testApp.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", "content-length": String(50 * 1024 * 1024) } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
        outgoing.destroy();
      });
      outgoing.on("error", (error) => (error.message.includes("socket hang up") || (error as NodeJS.ErrnoException).code === "ECONNRESET" ? undefined : reject(error)));
      // Only the first kilobyte of the announced 50 MB is ever sent.
      outgoing.write(`{"query":"{ __typename }","x":"${"x".repeat(1024)}`);
    });
    expect(status).toBe(413);
    const oversized = await fetch(`${testApp.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${admin}` },
      body: JSON.stringify({ query: search, variables: { search: "x".repeat(defaultMaxGraphQLBodyBytes) } }),
    });
    expect(oversized.status).toBe(413);
    expect(await oversized.json()).toEqual({ errors: [{ message: `request body must be at most ${defaultMaxGraphQLBodyBytes} bytes`, extensions: { code: "BAD_REQUEST" } }] });
    console.log(`50 MB announced, refused after ${(performance.now() - started).toFixed(1)} ms`);
  });

  it("refuses a search longer than its documented maximum, and one with a NUL", async () => {
    const long = await testApp.graphql(search, { search: "x".repeat(201) }, admin);
    expect(codes(long)).toEqual(["BAD_USER_INPUT"]);
    expect(long.errors?.[0]?.message).toBe("filter.search must be at most 200 characters, got 201");
    const nul = await testApp.graphql(search, { search: "DEMO\u0000" }, admin);
    expect(codes(nul)).toEqual(["BAD_USER_INPUT"]);
    expect(nul.errors?.[0]?.message).toBe("filter.search must not contain NUL characters");
    expect((await testApp.graphql(search, { search: "x".repeat(200) }, admin)).errors).toBeUndefined();
  });

  it("documents every String and ID argument's maximum length in the schema", async () => {
    const schema = await testApp.graphql<{ __type: { inputFields: { name: string; description: string | null }[] } }>('{ __type(name: "LoginInput") { inputFields { name description } } }', {}, admin);
    expect(schema.data?.__type.inputFields.find((field) => field.name === "email")?.description).toContain("At most 320 characters");
  });

  it("refuses a sign-in e-mail over 320 characters as bad input, not as a server error", async () => {
    const result = await testApp.graphql("mutation($input: LoginInput!) { login(input: $input) { token userErrors { code } } }", { input: { email: `${"a".repeat(320)}@beatplan.test`, password: "x" } });
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
  });

  it("refuses a NUL in an idempotency key and writes nothing", async () => {
    const before = await testApp.graphql<{ authorityLimits: unknown[] }>("{ authorityLimits { role promotionBudget } }", {}, admin);
    const result = await testApp.graphql(
      "mutation($input: SetAuthorityLimitInput!) { setAuthorityLimit(input: $input) { userErrors { code } } }",
      { input: { role: "REP", promotionBudget: "12345.00", idempotencyKey: "key\u0000" } },
      admin,
    );
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(await testApp.graphql("{ authorityLimits { role promotionBudget } }", {}, admin)).toEqual(before);
  });

  it("refuses a decimal that overflows its column (setAuthorityLimit) and changes nothing", async () => {
    const before = await testApp.graphql<{ authorityLimits: unknown[] }>("{ authorityLimits { role promotionBudget } }", {}, admin);
    const result = await testApp.graphql(
      "mutation($input: SetAuthorityLimitInput!) { setAuthorityLimit(input: $input) { userErrors { code } } }",
      { input: { role: "REP", promotionBudget: "99999999999999999999.99" } },
      admin,
    );
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors?.[0]?.message).toBe("a number is too large for its field; nothing was changed");
    expect(await testApp.graphql("{ authorityLimits { role promotionBudget } }", {}, admin)).toEqual(before);
  });

  it("refuses a decimal that overflows its column in plan content and creates no plan", async () => {
    const month = currentMonth();
    const customer = await unplannedCustomer(testApp, rep, month);
    const [productId] = await productIds(testApp, rep);
    // 16 integer digits for a numeric(16,2) column; the store targets still add up to it exactly.
    const content = planContent(month, customer, productId!, "2000.00", "9999999999999998.00");
    const result = await testApp.graphql<{ createBusinessPlan: { userErrors: { code: string }[] } | null }>(planMutations.createBusinessPlan, { input: { customerId: customer.id, month, content } }, rep);
    expect(codes(result), JSON.stringify(result)).toEqual(["BAD_USER_INPUT"]);
    const plans = await testApp.graphql<{ businessPlans: { totalCount: number } }>("query($id: ID, $month: Month) { businessPlans(first: 1, filter: { customerId: $id, month: $month }) { totalCount } }", { id: customer.id, month }, rep);
    expect(plans.data?.businessPlans.totalCount).toBe(0);
  });

  it("answers graphql-js's 'Too many errors processing variables' as bad input", async () => {
    const count = 60;
    const query = `query(${Array.from({ length: count }, (_, index) => `$v${index}: Int`).join(", ")}) { ${Array.from({ length: count }, (_, index) => `p${index}: products(first: $v${index}) { id }`).join(" ")} }`;
    const variables = Object.fromEntries(Array.from({ length: count }, (_, index) => [`v${index}`, "not a number"]));
    const result = await testApp.graphql(query, variables, admin);
    expect(result.errors?.length).toBeGreaterThan(0);
    expect(new Set(codes(result))).toEqual(new Set(["BAD_USER_INPUT"]));
  });

  it("refuses a DateTime on a day that does not exist, and creates no token with it", async () => {
    const audit = await testApp.graphql('{ auditLog(first: 1, filter: { since: "2027-02-30T00:00:00Z" }) { totalCount } }', {}, admin);
    expect(codes(audit)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    const tokensBefore = await testApp.graphql<{ apiTokens: unknown[] }>("{ apiTokens { id } }", {}, admin);
    const created = await testApp.graphql("mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }", { input: { name: "impossible date", role: "ADMIN", expiresAt: "2027-02-30T00:00:00Z" } }, admin);
    expect(codes(created), JSON.stringify(created)).toEqual(["BAD_USER_INPUT"]);
    expect(created.errors?.[0]?.message).toContain("real date");
    expect(await testApp.graphql("{ apiTokens { id } }", {}, admin)).toEqual(tokensBefore);
  });
});
