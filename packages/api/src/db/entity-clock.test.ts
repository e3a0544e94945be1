import { testClock, testMonth, testNow } from "@beatplan/domain/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureTerritories, fixtureUsers, oneTerritory } from "../../test/fixtures.ts";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { toGlobalId } from "../shared/global-id.ts";
import { executeSql } from "../shared/sql.ts";

// The server runs on the test clock, which stands still at 2026-11-18 whatever the machine's date,
// so a timestamp taken from the wall clock (or from PostgreSQL's now()) cannot equal it.
describe("timestamps follow the server clock", () => {
  let testApp: TestApp;
  let token: string;

  beforeAll(async () => {
    testApp = await startTestApp({ fixture: oneTerritory, now: testClock });
    token = await testApp.login(fixtureUsers.admin);
  });

  afterAll(async () => {
    await testApp?.close();
  });

  const rows = <Row extends Record<string, unknown>>(sql: string, params: unknown[] = []) => executeSql<Row>(testApp.app.orm.em.fork(), sql, params);
  /** A timestamptz as the driver returns it raw, as an ISO instant. */
  const instant = (value: unknown) => new Date(value as string).toISOString();
  const now = testNow.toISOString();

  it("stamps seeded rows with the server clock", async () => {
    const [user] = await rows<{ created_at: string }>("select created_at from app_user where email = $1", [fixtureUsers.northRep]);
    const [customer] = await rows<{ created_at: string; updated_at: string }>("select created_at, updated_at from customer where code = 'N-1'");
    expect(instant(user?.created_at)).toBe(now);
    expect([instant(customer?.created_at), instant(customer?.updated_at)]).toEqual([now, now]);
  });

  it("stamps a created and an updated customer, and their audit entries, with the server clock", async () => {
    const [territory] = await rows<{ id: string }>("select id from territory where code = $1", [fixtureTerritories.north]);
    const created = await testApp.graphql<{ createCustomer: { customer: { id: string; createdAt: string; updatedAt: string } } }>(
      "mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id createdAt updatedAt } userErrors { code } } }",
      { input: { code: "CLOCK-1", name: "Clock shop", type: "RETAIL", territoryId: toGlobalId("Territory", territory!.id) } },
      token,
    );
    expect(created.data?.createCustomer.customer).toMatchObject({ createdAt: testNow.toISOString(), updatedAt: testNow.toISOString() });
    const updated = await testApp.graphql<{ updateCustomer: { customer: { updatedAt: string } } }>(
      "mutation($input: UpdateCustomerInput!) { updateCustomer(input: $input) { customer { updatedAt } userErrors { code } } }",
      { input: { id: created.data!.createCustomer.customer.id, expectedVersion: 1, name: "Clock shop renamed" } },
      token,
    );
    expect(updated.data?.updateCustomer.customer.updatedAt).toBe(testNow.toISOString());
    const entries = await rows<{ action: string; occurred_at: string }>("select action, occurred_at from audit_entry where entity_type = 'Customer' order by action");
    expect(entries.map((entry) => [entry.action, instant(entry.occurred_at)])).toEqual([["CREATE", now], ["UPDATE", now]]);
  });

  it("stamps imported sales and the import's bulk audit entry with the server clock", async () => {
    const result = await testApp.graphql<{ importMonthlySales: { inserted: number; userErrors: unknown[] } }>(
      "mutation($input: ImportMonthlySalesInput!) { importMonthlySales(input: $input) { inserted userErrors { code } } }",
      { input: { rows: [{ customerCode: "N-1", month: testMonth, volume: "10", amount: "100.00" }] } },
      token,
    );
    expect(result.data?.importMonthlySales).toEqual({ inserted: 1, userErrors: [] });
    const [sales] = await rows<{ updated_at: string }>("select s.updated_at from monthly_sales s join customer c on c.id = s.customer_id where c.code = 'N-1' and s.month = $1::date", [`${testMonth}-01`]);
    const [audit] = await rows<{ occurred_at: string }>("select occurred_at from audit_entry where entity_type = 'MonthlySales'");
    expect(instant(sales?.updated_at)).toBe(now);
    expect(instant(audit?.occurred_at)).toBe(now);
  });

  it("stamps an API token with the server clock", async () => {
    const result = await testApp.graphql<{ createApiToken: { apiToken: { createdAt: string } } }>(
      'mutation { createApiToken(input: { name: "clock token", role: ADMIN }) { apiToken { createdAt } userErrors { code } } }',
      {},
      token,
    );
    expect(result.data?.createApiToken.apiToken.createdAt).toBe(testNow.toISOString());
  });
});
