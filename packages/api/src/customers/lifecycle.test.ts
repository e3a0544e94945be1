import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureTerritories, fixtureUsers, oneTerritory } from "../../test/fixtures.ts";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { executeSql } from "../shared/sql.ts";

interface LifecycleCustomer {
  id: string;
  code: string;
  version: number;
  lifecycle: string;
  lifecycleChoices: string[];
  lifecycleHistory: { fromStatus: string | null; toStatus: string; reason: string; changedBy: string }[];
}

const fields = "id code version lifecycle lifecycleChoices lifecycleHistory { fromStatus toStatus reason changedBy }";
const changeMutation = `mutation($input: ChangeCustomerLifecycleInput!) { changeCustomerLifecycle(input: $input) { customer { ${fields} } userErrors { field message code } } }`;

describe("customer lifecycle", () => {
  let testApp: TestApp;
  let token: string;

  beforeAll(async () => {
    testApp = await startTestApp({ fixture: oneTerritory });
    token = await testApp.login(fixtureUsers.northRep);
  });

  afterAll(async () => {
    await testApp.close();
  });

  async function customers(filter: Record<string, unknown> = {}): Promise<LifecycleCustomer[]> {
    const result = await testApp.graphql<{ customers: { edges: { node: LifecycleCustomer }[] } }>(`query($filter: CustomerFilter) { customers(filter: $filter) { edges { node { ${fields} } } } }`, { filter }, token);
    expect(result.errors).toBeUndefined();
    return result.data!.customers.edges.map((edge) => edge.node);
  }

  async function customer(code: string): Promise<LifecycleCustomer> {
    return (await customers({ search: code })).find((node) => node.code === code)!;
  }

  async function change(input: Record<string, unknown>) {
    const result = await testApp.graphql<{ changeCustomerLifecycle: { customer: LifecycleCustomer | null; userErrors: { field: string[]; message: string; code: string }[] } }>(changeMutation, { input }, token);
    expect(result.errors).toBeUndefined();
    return result.data!.changeCustomerLifecycle;
  }

  async function runLapseCheck(lapsedAfterMonths: number): Promise<void> {
    const id = await testApp.app.jobs.send("customers.lapse-check", { lapsedAfterMonths });
    for (let attempt = 0; attempt < 300; attempt += 1) {
      const job = await testApp.app.jobs.find("customers.lapse-check", id);
      if (job?.state === "completed") return;
      if (job?.state === "failed") throw new Error(`lapse check failed: ${job.failureMessage}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error("lapse check did not finish");
  }

  it("starts existing customers ACTIVE and offers the allowed changes", async () => {
    const n1 = await customer("N-1");
    expect(n1).toMatchObject({ lifecycle: "ACTIVE", lifecycleChoices: ["LAPSED", "LOST"], lifecycleHistory: [] });
  });

  it("changes the status along an allowed transition with a reason, kept in the history", async () => {
    const before = await customer("N-2");
    const payload = await change({ customerId: before.id, expectedVersion: before.version, lifecycle: "LOST", reason: " moved to a competitor " });
    expect(payload.userErrors).toEqual([]);
    expect(payload.customer).toMatchObject({ lifecycle: "LOST", version: before.version + 1, lifecycleChoices: ["PROSPECT", "ACTIVE"] });
    expect(payload.customer?.lifecycleHistory).toEqual([{ fromStatus: "ACTIVE", toStatus: "LOST", reason: "moved to a competitor", changedBy: fixtureUsers.northRep }]);
    expect((await customers({ lifecycle: "LOST" })).map((node) => node.code)).toEqual(["N-2"]);
  });

  it("refuses a transition that is not allowed, a missing reason and a stale version, changing nothing", async () => {
    const before = await customer("N-2");
    const notAllowed = await change({ customerId: before.id, expectedVersion: before.version, lifecycle: "NEW", reason: "retry" });
    expect(notAllowed.userErrors).toEqual([{ field: ["lifecycle"], code: "INVALID_TRANSITION", message: "a LOST customer can become PROSPECT or ACTIVE, not NEW" }]);
    const noReason = await change({ customerId: before.id, expectedVersion: before.version, lifecycle: "ACTIVE", reason: "  " });
    expect(noReason.userErrors).toEqual([{ field: ["reason"], code: "VALIDATION", message: "reason must be 1..500 characters, got 0" }]);
    const stale = await change({ customerId: before.id, expectedVersion: before.version - 1, lifecycle: "ACTIVE", reason: "won back" });
    expect(stale.userErrors[0]).toMatchObject({ code: "CONFLICT", field: ["expectedVersion"] });
    expect(await customer("N-2")).toEqual(before);
  });

  it("the daily lapse check marks customers without purchases in the last months LAPSED, once, and is scheduled", async () => {
    // N-3 bought only in the oldest of the fixture's three months.
    await executeSql(testApp.app.orm.em.fork(), "delete from monthly_sales where customer_id = (select id from customer where code = 'N-3') and month > (select min(month) from monthly_sales)");
    await runLapseCheck(2);
    const lapsed = await customers({ lifecycle: "LAPSED" });
    expect(lapsed.map((node) => node.code)).toEqual(["N-3"]);
    expect(lapsed[0]?.lifecycleHistory).toEqual([{ fromStatus: "ACTIVE", toStatus: "LAPSED", reason: expect.stringMatching(/^no purchases in the 2 complete months up to \d{4}-\d{2}$/), changedBy: "system" }]);
    expect((await customer("N-1")).lifecycle).toBe("ACTIVE");

    await runLapseCheck(2);
    expect((await customer("N-3")).lifecycleHistory).toHaveLength(1);

    const [audit] = await executeSql<{ count: number }>(testApp.app.orm.em.fork(), "select count(*)::int as count from audit_entry where action = 'BULK' and entity_id like 'lapse-check:%'");
    expect(audit?.count).toBe(1);
    const [schedule] = await executeSql<{ cron: string; timezone: string }>(testApp.app.orm.em.fork(), "select cron, timezone from pgboss.schedule where name = 'customers.lapse-check'");
    expect(schedule).toEqual({ cron: "15 2 * * *", timezone: "UTC" });
  });

  it("starts customers created through the API NEW; without purchases they never lapse", async () => {
    const admin = await testApp.login(fixtureUsers.admin);
    const territories = await testApp.graphql<{ territories: { id: string; code: string }[] }>("{ territories { id code } }", {}, admin);
    const territoryId = territories.data!.territories.find((territory) => territory.code === fixtureTerritories.north)!.id;
    const created = await testApp.graphql<{ createCustomer: { customer: { lifecycle: string } } }>("mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { lifecycle } } }", { input: { code: "N-NEW", name: "New shop", type: "RETAIL", territoryId } }, admin);
    expect(created.data?.createCustomer.customer.lifecycle).toBe("NEW");
    await runLapseCheck(1);
    expect((await customers({ lifecycle: "NEW" })).map((node) => node.code)).toEqual(["N-NEW"]);
  });
});
