import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureTerritories, fixtureUsers, oneTerritory } from "../../test/fixtures.ts";
import { startTestApp, type TestApp } from "../../test/test-app.ts";

interface Payload {
  customer: { id: string; code: string; name: string; version: number; status: string; latitude: number | null; territory: { code: string }; responsibleRep: { email: string } | null } | null;
  userErrors: { field: string[] | null; message: string; code: string }[];
}

const customerFields = "customer { id code name version status latitude territory { code } responsibleRep { email } } userErrors { field message code }";
const createMutation = `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { ${customerFields} } }`;
const updateMutation = `mutation($input: UpdateCustomerInput!) { updateCustomer(input: $input) { ${customerFields} } }`;
const archiveMutation = `mutation($input: ArchiveCustomerInput!) { archiveCustomer(input: $input) { ${customerFields} } }`;

describe("customer mutations", () => {
  let testApp: TestApp;
  let token: string;
  let territoryId: string;

  beforeAll(async () => {
    testApp = await startTestApp({ fixture: oneTerritory });
    token = await testApp.login(fixtureUsers.admin);
    const territories = await testApp.graphql<{ territories: { id: string; code: string }[] }>("{ territories { id code } }", {}, token);
    territoryId = territories.data!.territories.find((territory) => territory.code === fixtureTerritories.north)!.id;
  });

  afterAll(async () => {
    await testApp.close();
  });

  async function create(code: string, extra: Record<string, unknown> = {}): Promise<Payload> {
    const result = await testApp.graphql<{ createCustomer: Payload }>(createMutation, { input: { code, name: `Shop ${code}`, type: "RETAIL", territoryId, ...extra } }, token);
    expect(result.errors).toBeUndefined();
    return result.data!.createCustomer;
  }

  it("creates a customer at version 1 in the given territory", async () => {
    const payload = await create("NEW-1", { latitude: 31.2 });
    expect(payload.userErrors).toEqual([]);
    expect(payload.customer).toMatchObject({ code: "NEW-1", version: 1, status: "ACTIVE", latitude: 31.2, territory: { code: fixtureTerritories.north }, responsibleRep: null });
  });

  it("reports a code that is already taken as DUPLICATE", async () => {
    await create("NEW-DUP");
    const payload = await create("NEW-DUP");
    expect(payload.customer).toBeNull();
    expect(payload.userErrors).toEqual([{ field: ["code"], code: "DUPLICATE", message: 'code "NEW-DUP" is already used by another customer' }]);
  });

  it("reports every invalid field at once and writes nothing", async () => {
    const payload = await create("", { latitude: 91, longitude: -200 });
    expect(payload.customer).toBeNull();
    expect(payload.userErrors.map((error) => error.field?.join("."))).toEqual(["code", "latitude", "longitude"]);
    expect(payload.userErrors.every((error) => error.code === "VALIDATION")).toBe(true);
    expect(payload.userErrors[1]?.message).toBe("latitude must be -90..90, got 91");
  });

  it("reports a territory ID of the wrong type as a VALIDATION userError, not a server error", async () => {
    const payload = await create("NEW-BADID", { territoryId: "not-an-id" });
    expect(payload.userErrors).toEqual([{ field: ["territoryId"], code: "VALIDATION", message: 'territoryId must be a Territory ID, got "not-an-id"' }]);
  });

  it("updates a customer at the expected version and increases the version", async () => {
    const created = (await create("NEW-UPD")).customer!;
    const result = await testApp.graphql<{ updateCustomer: Payload }>(updateMutation, { input: { id: created.id, expectedVersion: 1, name: "Renamed shop", latitude: null } }, token);
    expect(result.data?.updateCustomer.userErrors).toEqual([]);
    expect(result.data?.updateCustomer.customer).toMatchObject({ name: "Renamed shop", version: 2, latitude: null });
  });

  it("refuses a stale expectedVersion with CONFLICT and keeps the stored customer", async () => {
    const created = (await create("NEW-STALE")).customer!;
    await testApp.graphql(updateMutation, { input: { id: created.id, expectedVersion: 1, name: "First writer" } }, token);
    const result = await testApp.graphql<{ updateCustomer: Payload }>(updateMutation, { input: { id: created.id, expectedVersion: 1, name: "Second writer" } }, token);
    expect(result.data?.updateCustomer.customer).toBeNull();
    expect(result.data?.updateCustomer.userErrors[0]).toMatchObject({ code: "CONFLICT", field: ["expectedVersion"] });
    const stored = await testApp.graphql<{ node: { name: string; version: number } }>("query($id: ID!) { node(id: $id) { ... on Customer { name version } } }", { id: created.id }, token);
    expect(stored.data?.node).toEqual({ name: "First writer", version: 2 });
  });

  it("lets only one of two simultaneous updates from the same version win", async () => {
    const created = (await create("NEW-RACE")).customer!;
    const send = (name: string) => testApp.graphql<{ updateCustomer: Payload }>(updateMutation, { input: { id: created.id, expectedVersion: 1, name } }, token);
    const results = await Promise.all([send("Writer A"), send("Writer B")]);
    const codes = results.map((result) => result.data?.updateCustomer.userErrors[0]?.code ?? "OK").sort();
    expect(codes).toEqual(["CONFLICT", "OK"]);
    const winner = results.find((result) => result.data?.updateCustomer.customer)!.data!.updateCustomer.customer!;
    expect(winner.version).toBe(2);
  });

  it("archives a customer", async () => {
    const created = (await create("NEW-ARCH")).customer!;
    const result = await testApp.graphql<{ archiveCustomer: Payload }>(archiveMutation, { input: { id: created.id, expectedVersion: 1 } }, token);
    expect(result.data?.archiveCustomer.customer).toMatchObject({ status: "ARCHIVED", version: 2 });
  });

  it("reports an unknown customer as NOT_FOUND", async () => {
    const missing = Buffer.from("Customer:00000000-0000-4000-8000-000000000000").toString("base64");
    const result = await testApp.graphql<{ archiveCustomer: Payload }>(archiveMutation, { input: { id: missing, expectedVersion: 1 } }, token);
    expect(result.data?.archiveCustomer.userErrors[0]).toMatchObject({ code: "NOT_FOUND", field: ["id"] });
  });
});
