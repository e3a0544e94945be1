import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureTerritories, fixtureUsers, twoTerritories } from "../../test/fixtures.ts";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { executeSql } from "../shared/sql.ts";
import { toGlobalId } from "../shared/global-id.ts";

const { admin, northRep, northManager, southRep, southManager, otherSouthRep } = fixtureUsers;
const { north, south } = fixtureTerritories;

interface CustomerPage {
  customers: { totalCount: number; edges: { node: { code: string; territory: { code: string } } }[] };
}

describe("what each role sees", () => {
  let testApp: TestApp;
  const tokens: Record<string, string> = {};
  let northCustomer: { id: string; code: string; name: string; version: number };

  beforeAll(async () => {
    testApp = await startTestApp({ fixture: twoTerritories });
    for (const email of [admin, northRep, northManager, southRep, southManager]) tokens[email] = await testApp.login(email);
    const [row] = await executeSql<{ id: string; code: string; name: string; version: number }>(
      testApp.app.orm.em.fork(),
      "select c.id, c.code, c.name, c.version from customer c join territory t on t.id = c.territory_id where t.code = $1 order by c.code limit 1",
      [north],
    );
    northCustomer = row!;
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

  it("shows a rep exactly the customers of their territory", async () => {
    const result = await list(northRep);
    expect(result.data?.customers.edges.map((edge) => edge.node.code).sort()).toEqual(["N-1", "N-2", "N-3"]);
    expect(result.data?.customers.totalCount).toBe(3);
    expect(new Set(result.data?.customers.edges.map((edge) => edge.node.territory.code))).toEqual(new Set([north]));
  });

  it("shows a manager every customer of the territory they manage and nothing else", async () => {
    const result = await list(southManager);
    expect(result.data?.customers.edges.map((edge) => edge.node.code).sort()).toEqual(["S-1", "S-2"]);
    expect(result.data?.customers.totalCount).toBe(2);
  });

  it("shows the admin every customer", async () => {
    const result = await list(admin);
    expect(result.data?.customers.edges.map((edge) => edge.node.code).sort()).toEqual(["N-1", "N-2", "N-3", "S-1", "S-2"]);
    expect(result.data?.customers.totalCount).toBe(5);
  });

  it("counts nothing outside the territory when a rep filters by another territory's id or code", async () => {
    const northId = toGlobalId("Territory", (await executeSql<{ id: string }>(testApp.app.orm.em.fork(), "select id from territory where code = $1", [north]))[0]!.id);
    for (const filter of [{ territoryId: northId }, { territoryCode: north }, { search: northCustomer.code }, { search: "-" }]) {
      const result = await list(southRep, filter);
      expect(result.data?.customers.edges.every((edge) => edge.node.code.startsWith("S-")), JSON.stringify(filter)).toBe(true);
      if (!("search" in filter && filter.search === "-")) expect(result.data?.customers.totalCount, JSON.stringify(filter)).toBe(0);
      else expect(result.data?.customers.totalCount).toBe(2);
    }
  });

  it("answers node(id) of another territory's customer with null, exactly like an unknown id", async () => {
    const query = "query($id: ID!) { node(id: $id) { id ... on Customer { code } } }";
    const other = await testApp.graphql(query, { id: toGlobalId("Customer", northCustomer.id) }, tokens[southRep]);
    const unknown = await testApp.graphql(query, { id: toGlobalId("Customer", "00000000-0000-4000-8000-000000000000") }, tokens[southRep]);
    expect(other).toEqual({ data: { node: null } });
    expect(unknown).toEqual(other);
    const asAdmin = await testApp.graphql<{ node: { code: string } }>(query, { id: toGlobalId("Customer", northCustomer.id) }, tokens[admin]);
    expect(asAdmin.data?.node.code).toBe(northCustomer.code);
  });

  it("lists only the rep's own territories, and a region only with them, so other territories cannot be walked to", async () => {
    const result = await testApp.graphql<{ territories: { code: string; region: { territories: { code: string; reps: { email: string }[] }[] } }[] }>(
      "{ territories { code region { territories { code reps { email } } } } }",
      {},
      tokens[southRep],
    );
    expect(result.data?.territories.map((territory) => territory.code)).toEqual([south]);
    expect(result.data?.territories[0]?.region.territories.map((territory) => territory.code)).toEqual([south]);
    expect(JSON.stringify(result)).not.toMatch(/north/i);
  });

  it("answers an update of another territory's customer with the same NOT_FOUND as an unknown id and changes nothing", async () => {
    const mutation = "mutation($input: UpdateCustomerInput!) { updateCustomer(input: $input) { customer { code } userErrors { code message field } } }";
    const unknownId = toGlobalId("Customer", "00000000-0000-4000-8000-000000000000");
    const otherId = toGlobalId("Customer", northCustomer.id);
    const other = await testApp.graphql<{ updateCustomer: { userErrors: { code: string; message: string }[] } }>(mutation, { input: { id: otherId, expectedVersion: northCustomer.version, name: "Renamed" } }, tokens[southManager]);
    const unknown = await testApp.graphql<{ updateCustomer: { userErrors: { code: string; message: string }[] } }>(mutation, { input: { id: unknownId, expectedVersion: northCustomer.version, name: "Renamed" } }, tokens[southManager]);
    expect(other.data?.updateCustomer.userErrors[0]?.code).toBe("NOT_FOUND");
    expect(JSON.stringify(other).replace(otherId, "<id>")).toBe(JSON.stringify(unknown).replace(unknownId, "<id>"));
    const [row] = await executeSql<{ name: string; version: number }>(testApp.app.orm.em.fork(), "select name, version from customer where id = $1", [northCustomer.id]);
    expect(row).toEqual({ name: northCustomer.name, version: northCustomer.version });
  });

  it("lets a rep edit basic data of their customers but not archive them or move them", async () => {
    const [own] = await executeSql<{ id: string; version: number }>(testApp.app.orm.em.fork(), "select id, version from customer where code = 'N-1'");
    const id = toGlobalId("Customer", own!.id);
    const update = await testApp.graphql<{ updateCustomer: { customer: { channel: string } | null; userErrors: unknown[] } }>(
      "mutation($input: UpdateCustomerInput!) { updateCustomer(input: $input) { customer { channel } userErrors { code } } }",
      { input: { id, expectedVersion: own!.version, channel: "convenience" } },
      tokens[northRep],
    );
    expect(update.data?.updateCustomer).toEqual({ customer: { channel: "convenience" }, userErrors: [] });
    const archive = await testApp.graphql<{ archiveCustomer: { userErrors: { code: string }[] } }>(
      "mutation($input: ArchiveCustomerInput!) { archiveCustomer(input: $input) { userErrors { code } } }",
      { input: { id, expectedVersion: own!.version + 1 } },
      tokens[northRep],
    );
    expect(archive.data?.archiveCustomer.userErrors).toEqual([{ code: "FORBIDDEN" }]);
  });

  describe("sensitive sections", () => {
    const detail = `query($id: ID!) { node(id: $id) { ... on Customer { code taxNo bankAccount creditProfile { creditLimit } contacts { name phone birthday interests }
      restrictedSections { section reason } } } }`;
    interface Detail {
      node: { taxNo: string | null; bankAccount: string | null; creditProfile: unknown; contacts: { name: string; phone: string | null; birthday: string | null; interests: string | null }[]; restrictedSections: { section: string; reason: string }[] };
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
      const id = await customerOf(southRep);
      for (const email of [southRep, southManager, admin]) {
        const result = await testApp.graphql<Detail>(detail, { id }, tokens[email]);
        expect(result.data?.node.creditProfile, email).not.toBeNull();
        expect(result.data?.node.bankAccount, email).not.toBeNull();
        expect(result.data?.node.taxNo, email).not.toBeNull();
        expect(result.data?.node.contacts.some((contact) => contact.phone !== null), email).toBe(true);
        expect(result.data?.node.restrictedSections, email).toEqual([]);
      }
    });

    it("withholds bank account and tax number from another rep of the same territory, like the credit data (issue 11 item 13)", async () => {
      const id = await customerOf(otherSouthRep);
      const result = await testApp.graphql<Detail>(detail, { id }, tokens[southRep]);
      expect(result.errors).toBeUndefined();
      expect(result.data?.node).toMatchObject({ bankAccount: null, taxNo: null, creditProfile: null });
      const forManager = await testApp.graphql<Detail>(detail, { id }, tokens[southManager]);
      expect(forManager.data?.node.bankAccount).toMatch(/\d/);
    });

    it("withholds them from another rep of the same territory, with the reason, without failing the query", async () => {
      const id = await customerOf(otherSouthRep);
      const result = await testApp.graphql<Detail>(detail, { id }, tokens[southRep]);
      expect(result.errors).toBeUndefined();
      expect(result.data?.node.creditProfile).toBeNull();
      expect(result.data?.node.contacts.length).toBeGreaterThan(0);
      expect(result.data?.node.contacts.every((contact) => contact.name && contact.phone === null && contact.birthday === null && contact.interests === null)).toBe(true);
      expect(result.data?.node.restrictedSections.map((section) => section.section)).toEqual(["CREDIT_PROFILE", "BANK_AND_TAX_DATA", "CONTACT_PERSONAL_DATA"]);
      expect(result.data?.node.restrictedSections[0]?.reason).toMatch(/responsible rep/);
    });
  });
});
