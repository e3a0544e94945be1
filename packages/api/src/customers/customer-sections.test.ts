import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureUsers, twoTerritories } from "../../test/fixtures.ts";
import { startTestApp, type TestApp } from "../../test/test-app.ts";

interface UserErrorShape {
  field: string[] | null;
  message: string;
  code: string;
}

interface CustomerShape {
  id: string;
  code: string;
  version: number;
  contacts: { id: string; name: string; tier: string; phone: string | null; email: string | null }[];
  stores: { id: string; code: string; name: string }[];
  creditProfile: { creditLimit: string | null; settlementDay: number | null; badCredit: boolean } | null;
  operatingProfile: { salesStaff: number | null; floorArea: string | null; deliveryAddresses: string[] } | null;
}

const customerFields = "id code version contacts { id name tier phone email } stores { id code name } creditProfile { creditLimit settlementDay badCredit } operatingProfile { salesStaff floorArea deliveryAddresses }";
const errorFields = "userErrors { field message code }";
const mutations = {
  addContact: `mutation($input: AddContactInput!) { addContact(input: $input) { contact { id name } customer { ${customerFields} } ${errorFields} } }`,
  updateContact: `mutation($input: UpdateContactInput!) { updateContact(input: $input) { contact { id name } customer { ${customerFields} } ${errorFields} } }`,
  removeContact: `mutation($input: RemoveCustomerPartInput!) { removeContact(input: $input) { contact { id } customer { ${customerFields} } ${errorFields} } }`,
  addStore: `mutation($input: AddStoreInput!) { addStore(input: $input) { store { id code } customer { ${customerFields} } ${errorFields} } }`,
  updateStore: `mutation($input: UpdateStoreInput!) { updateStore(input: $input) { store { id code name } customer { ${customerFields} } ${errorFields} } }`,
  removeStore: `mutation($input: RemoveCustomerPartInput!) { removeStore(input: $input) { store { id } customer { ${customerFields} } ${errorFields} } }`,
  setCreditProfile: `mutation($input: SetCreditProfileInput!) { setCreditProfile(input: $input) { customer { ${customerFields} } ${errorFields} } }`,
  setOperatingProfile: `mutation($input: SetOperatingProfileInput!) { setOperatingProfile(input: $input) { customer { ${customerFields} } ${errorFields} } }`,
} as const;

type Payload = { customer: CustomerShape | null; contact?: { id: string; name: string } | null; store?: { id: string; code: string; name?: string } | null; userErrors: UserErrorShape[] };

describe("customer section mutations", () => {
  let testApp: TestApp;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    testApp = await startTestApp({ fixture: twoTerritories });
    for (const [name, email] of Object.entries(fixtureUsers)) tokens[name] = await testApp.login(email);
  });

  afterAll(async () => {
    await testApp.close();
  });

  async function customer(code: string, as = "admin"): Promise<CustomerShape> {
    const result = await testApp.graphql<{ customers: { edges: { node: CustomerShape }[] } }>(`query($search: String!) { customers(filter: { search: $search }) { edges { node { ${customerFields} } } } }`, { search: code }, tokens[as]);
    expect(result.errors).toBeUndefined();
    const found = result.data!.customers.edges.map((edge) => edge.node).find((node) => node.code === code);
    if (!found) throw new Error(`customer ${code} not visible to ${as}`);
    return found;
  }

  async function run(name: keyof typeof mutations, input: Record<string, unknown>, as = "admin"): Promise<Payload> {
    const result = await testApp.graphql<Record<string, Payload>>(mutations[name], { input }, tokens[as]);
    expect(result.errors).toBeUndefined();
    return result.data![name]!;
  }

  async function auditEntries(entityType: string, entityId: string): Promise<{ action: string }[]> {
    const result = await testApp.graphql<{ auditLog: { edges: { node: { action: string } }[] } }>(
      "query($filter: AuditLogFilter) { auditLog(filter: $filter) { edges { node { action } } } }",
      { filter: { entityType, entityId } },
      tokens.admin,
    );
    expect(result.errors).toBeUndefined();
    return result.data!.auditLog.edges.map((edge) => edge.node);
  }

  it("adds, changes and removes a contact, increasing the customer's version each time, audited", async () => {
    const before = await customer("N-1");
    const added = await run("addContact", { customerId: before.id, expectedVersion: before.version, contact: { name: " Ms Li ", tier: "II", phone: "13900000001", email: "li@fixture.test" } }, "northRep");
    expect(added.userErrors).toEqual([]);
    expect(added.contact?.name).toBe("Ms Li");
    expect(added.customer?.version).toBe(before.version + 1);
    expect(added.customer?.contacts.map((contact) => contact.name)).toEqual([...before.contacts.map((contact) => contact.name), "Ms Li"]);

    const updated = await run("updateContact", { id: added.contact!.id, expectedVersion: before.version + 1, tier: "I", email: null }, "northRep");
    expect(updated.userErrors).toEqual([]);
    expect(updated.customer?.contacts.find((contact) => contact.id === added.contact!.id)).toMatchObject({ name: "Ms Li", tier: "I", phone: "13900000001", email: null });

    const removed = await run("removeContact", { id: added.contact!.id, expectedVersion: before.version + 2 }, "northRep");
    expect(removed.userErrors).toEqual([]);
    expect(removed.customer?.version).toBe(before.version + 3);
    expect(removed.customer?.contacts.map((contact) => contact.id)).not.toContain(added.contact!.id);

    const contactUuid = Buffer.from(added.contact!.id, "base64").toString().split(":")[1]!;
    expect((await auditEntries("Contact", contactUuid)).map((entry) => entry.action).sort()).toEqual(["CREATE", "DELETE", "UPDATE"]);
  });

  it("reports every invalid contact field at once and writes nothing", async () => {
    const before = await customer("N-2");
    const payload = await run("addContact", { customerId: before.id, expectedVersion: before.version, contact: { name: "  ", tier: "III", email: "not-an-address", birthday: "2999-01-01" } });
    expect(payload.customer).toBeNull();
    expect(payload.userErrors.map((error) => [error.field?.join("."), error.code])).toEqual([
      ["contact.name", "VALIDATION"],
      ["contact.email", "VALIDATION"],
      ["contact.birthday", "VALIDATION"],
    ]);
    expect(payload.userErrors[1]?.message).toBe('email must look like name@example.com, got "not-an-address"');
    expect(await customer("N-2")).toEqual(before);
  });

  it("refuses a stale expectedVersion with CONFLICT and keeps the stored sections", async () => {
    const before = await customer("N-3");
    const payload = await run("setOperatingProfile", { customerId: before.id, expectedVersion: before.version - 1, salesStaff: 3 });
    expect(payload.userErrors[0]).toMatchObject({ code: "CONFLICT", field: ["expectedVersion"] });
    expect(await customer("N-3")).toEqual(before);
  });

  it("lets only one of two simultaneous section writes from the same version win", async () => {
    const before = await customer("N-3");
    const send = (code: string) => run("addStore", { customerId: before.id, expectedVersion: before.version, store: { code, name: `Store ${code}` } });
    const results = await Promise.all([send("RACE-A"), send("RACE-B")]);
    expect(results.map((result) => result.userErrors[0]?.code ?? "OK").sort()).toEqual(["CONFLICT", "OK"]);
    const after = await customer("N-3");
    expect(after.version).toBe(before.version + 1);
    expect(after.stores.filter((store) => store.code.startsWith("RACE-"))).toHaveLength(1);
  });

  it("adds, renames and removes a store; a code already used by the customer is DUPLICATE", async () => {
    const before = await customer("N-2");
    const added = await run("addStore", { customerId: before.id, expectedVersion: before.version, store: { code: "N-2-S9", name: "Second shop", latitude: 31.3, longitude: 121.5 } }, "northManager");
    expect(added.userErrors).toEqual([]);
    const duplicate = await run("addStore", { customerId: before.id, expectedVersion: before.version + 1, store: { code: "N-2-S9", name: "Again" } });
    expect(duplicate.userErrors).toEqual([{ field: ["store", "code"], code: "DUPLICATE", message: 'store code "N-2-S9" is already used by another store of customer N-2' }]);
    const renamed = await run("updateStore", { id: added.store!.id, expectedVersion: before.version + 1, name: "Second shop (new)" });
    expect(renamed.store).toMatchObject({ code: "N-2-S9", name: "Second shop (new)" });
    const badLatitude = await run("updateStore", { id: added.store!.id, expectedVersion: before.version + 2, latitude: 91 });
    expect(badLatitude.userErrors).toEqual([{ field: ["latitude"], code: "VALIDATION", message: "latitude must be -90..90, got 91" }]);
    const removed = await run("removeStore", { id: added.store!.id, expectedVersion: before.version + 2 });
    expect(removed.customer?.stores.map((store) => store.code)).toEqual(before.stores.map((store) => store.code));
  });

  it("sets the credit and operating profiles, replacing them as a whole", async () => {
    const before = await customer("N-1");
    const credit = await run("setCreditProfile", { customerId: before.id, expectedVersion: before.version, creditLimit: "80000.00", settlementDay: 10 }, "northRep");
    expect(credit.userErrors).toEqual([]);
    expect(credit.customer?.creditProfile).toEqual({ creditLimit: "80000.00", settlementDay: 10, badCredit: false });
    const operating = await run("setOperatingProfile", { customerId: before.id, expectedVersion: before.version + 1, salesStaff: 4, floorArea: "120.50", deliveryAddresses: [" 1 Dock Road "] }, "northRep");
    expect(operating.customer?.operatingProfile).toEqual({ salesStaff: 4, floorArea: "120.50", deliveryAddresses: ["1 Dock Road"] });
    expect(operating.customer?.version).toBe(before.version + 2);
  });

  it("reports invalid profile values with the rule and the value", async () => {
    const before = await customer("N-1");
    const payload = await run("setCreditProfile", { customerId: before.id, expectedVersion: before.version, creditLimit: "-5", settlementDay: 32, creditTermDays: 4000 });
    expect(payload.userErrors.map((error) => error.message)).toEqual([
      "creditLimit must be 0 or more, with at most 14 digits before the decimal point and 2 after, got -5",
      "creditTermDays must be a whole number 0..3650, got 4000",
      "settlementDay must be a whole number 1..31, got 32",
    ]);
    expect(await customer("N-1")).toEqual(before);
  });

  it("lets only those who may read the credit profile and personal data write them", async () => {
    // S-1's responsible rep is southRep; otherSouthRep sees S-1 but not its sensitive sections.
    const before = await customer("S-1", "otherSouthRep");
    const storedBefore = await customer("S-1");
    const credit = await run("setCreditProfile", { customerId: before.id, expectedVersion: before.version, creditLimit: "1.00" }, "otherSouthRep");
    expect(credit.userErrors).toEqual([{ field: ["customerId"], code: "FORBIDDEN", message: "the credit profile of customer S-1 may be changed only by admins, the managers of its territory and its responsible rep" }]);
    const personal = await run("addContact", { customerId: before.id, expectedVersion: before.version, contact: { name: "Mr Wu", tier: "III", phone: "1" } }, "otherSouthRep");
    expect(personal.userErrors[0]).toMatchObject({ code: "FORBIDDEN", field: ["contact", "phone"] });
    const contactId = before.contacts[0]!.id;
    const clearing = await run("updateContact", { id: contactId, expectedVersion: before.version, interests: null }, "otherSouthRep");
    expect(clearing.userErrors[0]).toMatchObject({ code: "FORBIDDEN", field: ["interests"] });
    const removing = await run("removeContact", { id: contactId, expectedVersion: before.version }, "otherSouthRep");
    expect(removing.userErrors[0]).toMatchObject({ code: "FORBIDDEN", field: ["id"] });
    expect(await customer("S-1")).toEqual(storedBefore);

    const plain = await run("addContact", { customerId: before.id, expectedVersion: before.version, contact: { name: "Mr Wu", tier: "III", email: "wu@fixture.test" } }, "otherSouthRep");
    expect(plain.userErrors).toEqual([]);
    const byResponsibleRep = await run("setCreditProfile", { customerId: before.id, expectedVersion: before.version + 1, creditLimit: "1.00" }, "southRep");
    expect(byResponsibleRep.userErrors).toEqual([]);
  });

  it("reports customers, contacts and stores outside the viewer's territories as NOT_FOUND", async () => {
    const south = await customer("S-1");
    const store = await run("addStore", { customerId: south.id, expectedVersion: south.version, store: { code: "X", name: "X" } }, "northRep");
    expect(store.userErrors[0]).toMatchObject({ code: "NOT_FOUND", field: ["customerId"] });
    const contact = await run("updateContact", { id: south.contacts[0]!.id, expectedVersion: south.version, name: "Taken over" }, "northManager");
    expect(contact.userErrors[0]).toMatchObject({ code: "NOT_FOUND", field: ["id"] });
    const removal = await run("removeStore", { id: south.stores[0]!.id, expectedVersion: south.version }, "northRep");
    expect(removal.userErrors[0]).toMatchObject({ code: "NOT_FOUND", field: ["id"] });
    expect(await customer("S-1")).toEqual(south);
  });

  it("reports an ID of the wrong type as a VALIDATION userError", async () => {
    const north = await customer("N-1");
    const payload = await run("removeStore", { id: north.id, expectedVersion: north.version });
    expect(payload.userErrors[0]).toMatchObject({ code: "VALIDATION", field: ["id"] });
  });
});
