import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureUsers, oneTerritory } from "../../test/fixtures.ts";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { executeSql } from "../shared/sql.ts";

interface UserError {
  code: string;
  message: string;
}
type Payload<Key extends string, Value> = Record<Key, Value & { userErrors: UserError[] }>;

const regionFields = "region { id code name version }";
const territoryFields = "territory { id code name version archivedAt region { code } }";

describe("regions, territories and their members", () => {
  let testApp: TestApp;
  let admin: string;

  const run = async <Key extends string, Value>(field: Key, inputType: string, selection: string, input: Record<string, unknown>, token = admin) => {
    const result = await testApp.graphql<Payload<Key, Value>>(`mutation($input: ${inputType}!) { ${field}(input: $input) { ${selection} userErrors { code message } } }`, { input }, token);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data![field];
  };
  const createRegion = (input: Record<string, unknown>, token?: string) => run<"createRegion", { region: { id: string; code: string; version: number } | null }>("createRegion", "CreateRegionInput", regionFields, input, token);
  const createTerritory = (input: Record<string, unknown>) =>
    run<"createTerritory", { territory: { id: string; code: string; version: number; region: { code: string } } | null }>("createTerritory", "CreateTerritoryInput", territoryFields, input);
  const userGlobalId = async (email: string) => Buffer.from(`User:${(await executeSql<{ id: string }>(testApp.app.orm.em.fork(), "select id from app_user where email = $1", [email]))[0]!.id}`).toString("base64");
  const codesOf = async (token: string) =>
    (await testApp.graphql<{ customers: { edges: { node: { code: string } }[] } }>("{ customers(first: 50) { edges { node { code } } } }", {}, token)).data!.customers.edges.map((edge) => edge.node.code);

  beforeAll(async () => {
    testApp = await startTestApp({ fixture: oneTerritory });
    admin = await testApp.login(fixtureUsers.admin);
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it("creates and renames regions, refusing duplicates, stale versions and other roles", async () => {
    const created = await createRegion({ code: " R-WEST ", name: "West" });
    expect(created.userErrors).toEqual([]);
    expect(created.region).toMatchObject({ code: "R-WEST", version: 1 });
    expect((await createRegion({ code: "R-WEST", name: "Again" })).userErrors).toEqual([{ code: "DUPLICATE", message: 'code "R-WEST" is already used by another region' }]);
    expect((await createRegion({ code: "", name: "" })).userErrors.map((error) => error.message)).toEqual(["code must be 1..32 characters, got 0", "name must be 1..200 characters, got 0"]);
    const manager = await testApp.login(fixtureUsers.northManager);
    expect((await createRegion({ code: "R-X", name: "X" }, manager)).userErrors).toEqual([{ code: "FORBIDDEN", message: "your role (MANAGER) may not create regions (an ADMIN may)" }]);
    const update = (expectedVersion: number) => run<"updateRegion", { region: { name: string; version: number } | null }>("updateRegion", "UpdateRegionInput", regionFields, { id: created.region!.id, expectedVersion, name: "West Coast" });
    expect((await update(7)).userErrors[0]?.code).toBe("CONFLICT");
    const renamed = await update(1);
    expect(renamed.region).toMatchObject({ name: "West Coast", version: 2 });
    const regions = await testApp.graphql<{ regions: { code: string }[] }>("{ regions { code } }", {}, admin);
    expect(regions.data?.regions.map((region) => region.code)).toContain("R-WEST");
  });

  it("creates a territory, moves it to another region, staffs it and shows its customers to its rep", async () => {
    const west = (await createRegion({ code: "R-SOUTH", name: "South" })).region!;
    const other = (await createRegion({ code: "R-NORTH2", name: "North 2" })).region!;
    const territory = await createTerritory({ code: "T-WEST", name: "West", regionId: west.id });
    expect(territory.userErrors).toEqual([]);
    expect((await createTerritory({ code: "T-WEST", name: "Twin", regionId: west.id })).userErrors[0]?.code).toBe("DUPLICATE");
    const moved = await run<"updateTerritory", { territory: { name: string; version: number; region: { code: string } } | null }>("updateTerritory", "UpdateTerritoryInput", territoryFields, {
      id: territory.territory!.id,
      expectedVersion: 1,
      name: "West End",
      regionId: other.id,
    });
    expect(moved.userErrors).toEqual([]);
    expect(moved.territory).toMatchObject({ name: "West End", version: 2, region: { code: "R-NORTH2" } });
    const repToken = await testApp.login(fixtureUsers.northRep);
    expect(await codesOf(repToken)).toEqual(["N-1", "N-2", "N-3"]);
    const assign = (input: Record<string, unknown>) =>
      run<"assignTerritoryMember", { user: { email: string } | null; territories: { code: string }[] }>("assignTerritoryMember", "TerritoryMemberInput", "user { email } territories { code }", input);
    const rep = await userGlobalId(fixtureUsers.northRep);
    expect((await assign({ userId: rep, territoryId: territory.territory!.id, membership: "MANAGER" })).userErrors).toEqual([
      { code: "VALIDATION", message: `${fixtureUsers.northRep} is a REP, so the membership must be REP, got MANAGER` },
    ]);
    const assigned = await assign({ userId: rep, territoryId: territory.territory!.id, membership: "REP" });
    expect(assigned).toEqual({ user: { email: fixtureUsers.northRep }, territories: [{ code: "T-WEST" }], userErrors: [] });
    const managerOfRegion = await assign({ userId: await userGlobalId(fixtureUsers.northManager), regionId: other.id, membership: "MANAGER" });
    expect(managerOfRegion.territories).toEqual([{ code: "T-WEST" }]);
    const customer = await testApp.graphql<{ createCustomer: { userErrors: UserError[] } }>(
      "mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { userErrors { code message } } }",
      { input: { code: "W-1", name: "West Shop", type: "RETAIL", territoryId: territory.territory!.id } },
      admin,
    );
    expect(customer.data?.createCustomer.userErrors).toEqual([]);
    // The rep's open session sees the new territory on its next request.
    expect(await codesOf(repToken)).toEqual(["N-1", "N-2", "N-3", "W-1"]);
    const unassigned = await run<"unassignTerritoryMember", { territories: { code: string }[] }>("unassignTerritoryMember", "TerritoryMemberInput", "territories { code }", { userId: rep, territoryId: territory.territory!.id, membership: "REP" });
    expect(unassigned.userErrors).toEqual([]);
    expect(await codesOf(repToken)).toEqual(["N-1", "N-2", "N-3"]);
    const audited = await executeSql<{ operation: string }>(testApp.app.orm.em.fork(), "select distinct operation from audit_entry where operation in ('createTerritory', 'updateTerritory', 'assignTerritoryMember', 'unassignTerritoryMember') order by 1");
    expect(audited.map((row) => row.operation)).toEqual(["assignTerritoryMember", "createTerritory", "unassignTerritoryMember", "updateTerritory"]);
  });

  it("archives only a territory without active customers; an archived one takes no members or customers", async () => {
    const region = (await createRegion({ code: "R-ARCH", name: "Archive" })).region!;
    const empty = (await createTerritory({ code: "T-EMPTY", name: "Empty", regionId: region.id })).territory!;
    const [north] = await executeSql<{ id: string; version: number }>(testApp.app.orm.em.fork(), "select id, version from territory where code = 'T-NORTH'");
    const archive = (id: string, expectedVersion: number) =>
      run<"archiveTerritory", { territory: { archivedAt: string | null } | null }>("archiveTerritory", "ArchiveTerritoryInput", territoryFields, { id, expectedVersion });
    expect((await archive(Buffer.from(`Territory:${north!.id}`).toString("base64"), north!.version)).userErrors).toEqual([
      { code: "VALIDATION", message: "territory T-NORTH still has 3 active customer(s); move or archive them first" },
    ]);
    const archived = await archive(empty.id, 1);
    expect(archived.userErrors).toEqual([]);
    expect(archived.territory?.archivedAt).toBeTruthy();
    const join = await run<"assignTerritoryMember", object>("assignTerritoryMember", "TerritoryMemberInput", "territories { code }", { userId: await userGlobalId(fixtureUsers.northRep), territoryId: empty.id, membership: "REP" });
    expect(join.userErrors).toEqual([{ code: "VALIDATION", message: "territory T-EMPTY is archived and takes no members" }]);
    const customer = await testApp.graphql<{ createCustomer: { userErrors: UserError[] } }>(
      "mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { userErrors { code message } } }",
      { input: { code: "E-1", name: "Late Shop", type: "RETAIL", territoryId: empty.id } },
      admin,
    );
    expect(customer.data?.createCustomer.userErrors).toEqual([{ code: "VALIDATION", message: "territory T-EMPTY is archived and takes no customers" }]);
  });
});
