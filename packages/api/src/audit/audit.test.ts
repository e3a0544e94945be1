import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureUsers, twoTerritories } from "../../test/fixtures.ts";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { testMonth } from "@beatplan/domain/testing";
import { executeSql } from "../shared/sql.ts";
import { toGlobalId } from "../shared/global-id.ts";

interface AuditRow {
  actor_label: string;
  actor_user_id: string | null;
  request_id: string | null;
  operation: string | null;
  entity_type: string;
  entity_id: string;
  action: string;
  changes: Record<string, { from: unknown; to: unknown }>;
}

const { admin, northManager, northRep, southManager } = fixtureUsers;

describe("audit trail", () => {
  let testApp: TestApp;
  const tokens: Record<string, string> = {};
  let customer: { id: string; version: number; name: string };

  beforeAll(async () => {
    testApp = await startTestApp({ fixture: twoTerritories });
    for (const email of [admin, northManager, southManager, northRep]) tokens[email] = await testApp.login(email);
    [customer] = (await executeSql<{ id: string; version: number; name: string }>(testApp.app.orm.em.fork(), "select id, version, name from customer where code = 'N-1'")) as [typeof customer];
  });

  afterAll(async () => {
    await testApp?.close();
  });

  const entries = (entityId: string) =>
    executeSql<AuditRow>(testApp.app.orm.em.fork(), "select * from audit_entry where entity_id = $1 order by occurred_at, id", [entityId]);

  /** POSTs like TestApp.graphql but also returns the x-request-id response header. */
  const post = async (query: string, variables: Record<string, unknown>, token: string) => {
    const response = await fetch(`${testApp.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return { requestId: response.headers.get("x-request-id"), body: (await response.json()) as { data?: Record<string, { userErrors: { code: string }[] }> } };
  };
  const update = "mutation($input: UpdateCustomerInput!) { updateCustomer(input: $input) { customer { version } userErrors { code } } }";

  it("records who changed which fields from what to what, with the request id, in the same transaction", async () => {
    const { requestId, body } = await post(update, { input: { id: toGlobalId("Customer", customer.id), expectedVersion: customer.version, name: "Audited Name", channel: "kiosk" } }, tokens[northRep]!);
    expect(body.data?.updateCustomer?.userErrors).toEqual([]);
    const [entry] = await entries(customer.id);
    expect(entry).toMatchObject({
      actor_label: northRep,
      request_id: requestId,
      operation: "updateCustomer",
      entity_type: "Customer",
      action: "UPDATE",
    });
    expect(entry?.actor_user_id).toEqual(expect.any(String));
    expect(entry?.changes).toMatchObject({ name: { from: customer.name, to: "Audited Name" }, channel: { to: "kiosk" } });
  });

  it("writes no audit entry when the mutation fails and nothing else is written", async () => {
    const before = await entries(customer.id);
    const { body } = await post(update, { input: { id: toGlobalId("Customer", customer.id), expectedVersion: 1, name: "Stale" } }, tokens[admin]!);
    expect(body.data?.updateCustomer?.userErrors[0]?.code).toBe("CONFLICT");
    expect(await entries(customer.id)).toEqual(before);
  });

  it("records a sales import once, as a bulk entry", async () => {
    const { body } = await post(
      "mutation($input: ImportMonthlySalesInput!) { importMonthlySales(input: $input) { inserted updated userErrors { code } } }",
      { input: { rows: [{ customerCode: "N-2", month: testMonth, volume: "10", amount: "100.00" }, { customerCode: "N-3", month: testMonth, volume: "5", amount: "50.00" }] } },
      tokens[northManager]!,
    );
    expect(body.data?.importMonthlySales?.userErrors).toEqual([]);
    const [entry] = await executeSql<AuditRow>(testApp.app.orm.em.fork(), "select * from audit_entry where entity_type = 'MonthlySales'");
    expect(entry).toMatchObject({ action: "BULK", operation: "importMonthlySales", entity_id: `import:${testMonth}..${testMonth}`, changes: { rows: { to: 2 }, inserted: { to: 2 } } });
  });

  it("never records password or token hashes", async () => {
    await post("mutation { createApiToken(input: { name: \"audited token\", role: ADMIN }) { userErrors { code } } }", {}, tokens[admin]!);
    const [entry] = await executeSql<AuditRow>(testApp.app.orm.em.fork(), "select * from audit_entry where entity_type = 'ApiToken'");
    expect(entry?.changes).toMatchObject({ name: { to: "audited token" } });
    expect(Object.keys(entry?.changes ?? {})).not.toContain("tokenHash");
  });

  const auditLog = (token: string) =>
    testApp.graphql<{ auditLog: { totalCount: number; edges: { node: { entityType: string; actorLabel: string; changes: { field: string; from: string; to: string }[] } }[] } }>(
      "{ auditLog(first: 50) { totalCount edges { node { entityType entityId actorLabel operation changes { field from to } } } } }",
      {},
      token,
    );

  it("shows the admin everything and a manager only entries about their territories", async () => {
    const adminView = await auditLog(tokens[admin]!);
    expect(adminView.data?.auditLog.totalCount).toBe(3);
    const northView = await auditLog(tokens[northManager]!);
    expect(northView.data?.auditLog.edges.map((edge) => edge.node.entityType).sort()).toEqual(["Customer", "MonthlySales"]);
    expect(northView.data?.auditLog.edges.find((edge) => edge.node.entityType === "Customer")?.node.changes).toContainEqual({ field: "name", from: JSON.stringify(customer.name), to: "\"Audited Name\"" });
    const otherManager = await auditLog(tokens[southManager]!);
    expect(otherManager.data?.auditLog).toMatchObject({ totalCount: 0, edges: [] });
  });

  it("refuses the audit log to reps", async () => {
    const rep = await auditLog(tokens[northRep]!);
    expect(rep.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("pages newest first with cursors", async () => {
    const query = "query($after: String) { auditLog(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }";
    type Page = { auditLog: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const first = await testApp.graphql<Page>(query, {}, tokens[admin]);
    const second = await testApp.graphql<Page>(query, { after: first.data?.auditLog.pageInfo.endCursor }, tokens[admin]);
    expect(first.data?.auditLog.pageInfo.hasNextPage).toBe(true);
    expect(second.data?.auditLog.edges).toHaveLength(1);
    expect(second.data?.auditLog.pageInfo.hasNextPage).toBe(false);
    const ids = [...first.data!.auditLog.edges, ...second.data!.auditLog.edges].map((edge) => edge.node.id);
    expect(new Set(ids).size).toBe(3);
  });
});
