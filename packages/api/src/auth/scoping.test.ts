import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAdmin, startTestApp, type TestApp } from "../../test/test-app.ts";
import { executeSql } from "../shared/sql.ts";
import { toGlobalId } from "../shared/global-id.ts";

const demoRep = "rep.demo-t1@beatplan.test";
const demoManager = "manager.demo-t1@beatplan.test";
const pudongRep = "rep.1.sh-pd@beatplan.test";
const pudongManager = "manager.sh-pd@beatplan.test";

interface CustomerPage {
  customers: { totalCount: number; edges: { node: { code: string; territory: { code: string } } }[] };
}

describe("what each role sees", () => {
  let testApp: TestApp;
  const tokens: Record<string, string> = {};
  let xuhuiCustomer: { id: string; code: string; name: string; version: number };

  beforeAll(async () => {
    testApp = await startTestApp();
    for (const email of [demoAdmin, demoRep, demoManager, pudongRep, pudongManager]) tokens[email] = await testApp.login(email);
    const [row] = await executeSql<{ id: string; code: string; name: string; version: number }>(
      testApp.app.orm.em.fork(),
      "select c.id, c.code, c.name, c.version from customer c join territory t on t.id = c.territory_id where t.code = 'SH-XH' order by c.code limit 1",
    );
    xuhuiCustomer = row!;
  });

  afterAll(async () => {
    await testApp?.close();
  });

  const list = (email: string, filter: Record<string, unknown> = {}) =>
    testApp.graphql<CustomerPage>(
      "query($filter: CustomerFilter) { customers(first: 500, filter: $filter) { totalCount edges { node { code territory { code } } } } }",
      { filter },
      tokens[email],
    );

  it("shows the Demo-T1 rep exactly the 20 customers of Demo-T1", async () => {
    const result = await list(demoRep);
    expect(result.data?.customers.totalCount).toBe(20);
    expect(new Set(result.data?.customers.edges.map((edge) => edge.node.territory.code))).toEqual(new Set(["Demo-T1"]));
  });

  it("shows a manager every customer of the territory they manage and nothing else", async () => {
    const result = await list(pudongManager);
    expect(result.data?.customers.totalCount).toBe(400);
    expect(result.data?.customers.edges.every((edge) => edge.node.code.startsWith("SH-PD-"))).toBe(true);
  });

  it("shows the admin every customer", async () => {
    const result = await list(demoAdmin);
    expect(result.data?.customers.totalCount).toBe(1220);
  });

  it("counts nothing outside the territory when a rep filters by another territory's id or code", async () => {
    const xuhui = toGlobalId("Territory", (await executeSql<{ id: string }>(testApp.app.orm.em.fork(), "select id from territory where code = 'SH-XH'"))[0]!.id);
    for (const filter of [{ territoryId: xuhui }, { territoryCode: "SH-XH" }, { search: xuhuiCustomer.code }, { search: "SH-" }]) {
      const result = await list(pudongRep, filter);
      expect(result.data?.customers.edges.every((edge) => edge.node.code.startsWith("SH-PD-")), JSON.stringify(filter)).toBe(true);
      if (!("search" in filter && filter.search === "SH-")) expect(result.data?.customers.totalCount, JSON.stringify(filter)).toBe(0);
    }
  });

  it("answers node(id) of another territory's customer with null, exactly like an unknown id", async () => {
    const query = "query($id: ID!) { node(id: $id) { id ... on Customer { code } } }";
    const other = await testApp.graphql(query, { id: toGlobalId("Customer", xuhuiCustomer.id) }, tokens[pudongRep]);
    const unknown = await testApp.graphql(query, { id: toGlobalId("Customer", "00000000-0000-4000-8000-000000000000") }, tokens[pudongRep]);
    expect(other).toEqual({ data: { node: null } });
    expect(unknown).toEqual(other);
    const asAdmin = await testApp.graphql<{ node: { code: string } }>(query, { id: toGlobalId("Customer", xuhuiCustomer.id) }, tokens[demoAdmin]);
    expect(asAdmin.data?.node.code).toBe(xuhuiCustomer.code);
  });

  it("lists only the rep's own territories, and a region only with them, so other territories cannot be walked to", async () => {
    const result = await testApp.graphql<{ territories: { code: string; region: { territories: { code: string; reps: { email: string }[] }[] } }[] }>(
      "{ territories { code region { territories { code reps { email } } } } }",
      {},
      tokens[pudongRep],
    );
    expect(result.data?.territories.map((territory) => territory.code)).toEqual(["SH-PD"]);
    expect(result.data?.territories[0]?.region.territories.map((territory) => territory.code)).toEqual(["SH-PD"]);
    expect(JSON.stringify(result)).not.toMatch(/sh-xh|sh-ja|demo-t1/);
  });

  it("answers an update of another territory's customer with the same NOT_FOUND as an unknown id and changes nothing", async () => {
    const mutation = "mutation($input: UpdateCustomerInput!) { updateCustomer(input: $input) { customer { code } userErrors { code message field } } }";
    const unknownId = toGlobalId("Customer", "00000000-0000-4000-8000-000000000000");
    const otherId = toGlobalId("Customer", xuhuiCustomer.id);
    const other = await testApp.graphql<{ updateCustomer: { userErrors: { code: string; message: string }[] } }>(mutation, { input: { id: otherId, expectedVersion: xuhuiCustomer.version, name: "Renamed" } }, tokens[pudongManager]);
    const unknown = await testApp.graphql<{ updateCustomer: { userErrors: { code: string; message: string }[] } }>(mutation, { input: { id: unknownId, expectedVersion: xuhuiCustomer.version, name: "Renamed" } }, tokens[pudongManager]);
    expect(other.data?.updateCustomer.userErrors[0]?.code).toBe("NOT_FOUND");
    expect(JSON.stringify(other).replace(otherId, "<id>")).toBe(JSON.stringify(unknown).replace(unknownId, "<id>"));
    const [row] = await executeSql<{ name: string; version: number }>(testApp.app.orm.em.fork(), "select name, version from customer where id = $1", [xuhuiCustomer.id]);
    expect(row).toEqual({ name: xuhuiCustomer.name, version: xuhuiCustomer.version });
  });

  it("lets a rep edit basic data of their customers but not archive them or move them", async () => {
    const [own] = await executeSql<{ id: string; version: number }>(testApp.app.orm.em.fork(), "select id, version from customer where code = 'DEMO-01'");
    const id = toGlobalId("Customer", own!.id);
    const update = await testApp.graphql<{ updateCustomer: { customer: { channel: string } | null; userErrors: unknown[] } }>(
      "mutation($input: UpdateCustomerInput!) { updateCustomer(input: $input) { customer { channel } userErrors { code } } }",
      { input: { id, expectedVersion: own!.version, channel: "convenience" } },
      tokens[demoRep],
    );
    expect(update.data?.updateCustomer).toEqual({ customer: { channel: "convenience" }, userErrors: [] });
    const archive = await testApp.graphql<{ archiveCustomer: { userErrors: { code: string }[] } }>(
      "mutation($input: ArchiveCustomerInput!) { archiveCustomer(input: $input) { userErrors { code } } }",
      { input: { id, expectedVersion: own!.version + 1 } },
      tokens[demoRep],
    );
    expect(archive.data?.archiveCustomer.userErrors).toEqual([{ code: "FORBIDDEN" }]);
  });

  describe("sensitive sections", () => {
    const detail = `query($id: ID!) { node(id: $id) { ... on Customer { code creditProfile { creditLimit } contacts { name phone birthday interests }
      restrictedSections { section reason } } } }`;
    interface Detail {
      node: { creditProfile: unknown; contacts: { name: string; phone: string | null; birthday: string | null; interests: string | null }[]; restrictedSections: { section: string; reason: string }[] };
    }
    const customerOf = async (repEmail: string) => {
      const [row] = await executeSql<{ id: string }>(
        testApp.app.orm.em.fork(),
        `select c.id from customer c join app_user u on u.id = c.responsible_rep_id
         where u.email = $1 and exists (select 1 from credit_profile p where p.customer_id = c.id)
           and exists (select 1 from contact x where x.customer_id = c.id and x.phone is not null) order by c.code limit 1`,
        [repEmail],
      );
      return toGlobalId("Customer", row!.id);
    };

    it("shows the responsible rep and the territory's manager the credit profile and contacts' personal data", async () => {
      const id = await customerOf(pudongRep);
      for (const email of [pudongRep, pudongManager, demoAdmin]) {
        const result = await testApp.graphql<Detail>(detail, { id }, tokens[email]);
        expect(result.data?.node.creditProfile, email).not.toBeNull();
        expect(result.data?.node.contacts.some((contact) => contact.phone !== null), email).toBe(true);
        expect(result.data?.node.restrictedSections, email).toEqual([]);
      }
    });

    it("withholds them from another rep of the same territory, with the reason, without failing the query", async () => {
      const id = await customerOf("rep.2.sh-pd@beatplan.test");
      const result = await testApp.graphql<Detail>(detail, { id }, tokens[pudongRep]);
      expect(result.errors).toBeUndefined();
      expect(result.data?.node.creditProfile).toBeNull();
      expect(result.data?.node.contacts.length).toBeGreaterThan(0);
      expect(result.data?.node.contacts.every((contact) => contact.name && contact.phone === null && contact.birthday === null && contact.interests === null)).toBe(true);
      expect(result.data?.node.restrictedSections.map((section) => section.section)).toEqual(["CREDIT_PROFILE", "CONTACT_PERSONAL_DATA"]);
      expect(result.data?.node.restrictedSections[0]?.reason).toMatch(/responsible rep/);
    });
  });
});
