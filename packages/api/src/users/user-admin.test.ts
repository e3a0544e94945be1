import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixturePassword, fixtureTerritories, fixtureUsers, twoTerritories } from "../../test/fixtures.ts";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { executeSql } from "../shared/sql.ts";

interface UserError {
  code: string;
  message: string;
}

const createMutation = "mutation($input: CreateUserInput!) { createUser(input: $input) { user { id email name role version } setPasswordToken userErrors { code message } } }";
const setPasswordMutation = "mutation($input: SetPasswordInput!) { setPassword(input: $input) { token user { email } userErrors { code message } } }";
const updateMutation = "mutation($input: UpdateUserInput!) { updateUser(input: $input) { user { email name role version } userErrors { code message } } }";
const customerCodes = "{ customers(first: 20) { edges { node { code } } } }";

describe("user administration", () => {
  let testApp: TestApp;
  let admin: string;
  const territoryId: Record<string, string> = {};

  const codesOf = async (token: string) => {
    const result = await testApp.graphql<{ customers: { edges: { node: { code: string } }[] } }>(customerCodes, {}, token);
    return result.errors ? result.errors.map((error) => `${error.extensions?.code}: ${error.message}`) : result.data!.customers.edges.map((edge) => edge.node.code);
  };
  const create = (input: Record<string, unknown>, token = admin) =>
    testApp.graphql<{ createUser: { user: { id: string; email: string; name: string; role: string; version: number } | null; setPasswordToken: string | null; userErrors: UserError[] } }>(createMutation, { input }, token);
  const setPassword = (token: string, password: string) =>
    testApp.graphql<{ setPassword: { token: string | null; user: { email: string } | null; userErrors: UserError[] } }>(setPasswordMutation, { input: { token, password } });
  const auditCount = async (operation: string) => (await executeSql<{ count: number }>(testApp.app.orm.em.fork(), "select count(*)::int as count from audit_entry where operation = $1", [operation]))[0]!.count;

  beforeAll(async () => {
    testApp = await startTestApp({ fixture: twoTerritories });
    admin = await testApp.login(fixtureUsers.admin);
    for (const row of await executeSql<{ id: string; code: string }>(testApp.app.orm.em.fork(), "select id, code from territory")) territoryId[row.code] = Buffer.from(`Territory:${row.id}`).toString("base64");
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it("creates a rep whose one-time token sets the password once, and who then sees their territory", async () => {
    const created = await create({ email: "New.Rep@Example.com", name: "New Rep", role: "REP", territoryIds: [territoryId[fixtureTerritories.north]] });
    expect(created.data?.createUser.userErrors).toEqual([]);
    expect(created.data?.createUser.user).toMatchObject({ email: "new.rep@example.com", name: "New Rep", role: "REP", version: 1 });
    const token = created.data!.createUser.setPasswordToken!;
    expect(token).toMatch(/^bps_/);
    // No password yet: nobody signs in as the new user.
    await expect(testApp.login("new.rep@example.com", "")).rejects.toThrow(/e-mail or password is wrong/);
    expect((await setPassword(token, "short")).data?.setPassword.userErrors).toEqual([{ code: "VALIDATION", message: "the password must be at least 12 characters long, got 5" }]);
    const set = await setPassword(token, "new-rep-secret-2026");
    expect(set.data?.setPassword.userErrors).toEqual([]);
    expect(await codesOf(set.data!.setPassword.token!)).toEqual(["N-1", "N-2", "N-3"]);
    expect((await setPassword(token, "another-secret-2026")).data?.setPassword.userErrors).toEqual([
      { code: "UNAUTHENTICATED", message: "the set-password token is not valid, was already used or has expired; ask an administrator for a new one" },
    ]);
    expect(await codesOf(await testApp.login("new.rep@example.com", "new-rep-secret-2026"))).toEqual(["N-1", "N-2", "N-3"]);
    expect(await auditCount("createUser")).toBeGreaterThanOrEqual(3);
  });

  it("refuses bad input with userErrors and creates nothing", async () => {
    const before = (await executeSql<{ count: number }>(testApp.app.orm.em.fork(), "select count(*)::int as count from app_user"))[0]!.count;
    const bad = await create({ email: "not-an-address", name: " ", role: "ADMIN", territoryIds: [territoryId[fixtureTerritories.north]] });
    expect(bad.data?.createUser.userErrors.map((error) => error.message)).toEqual([
      'email must be an e-mail address like name@example.com, got "not-an-address"',
      "name must be 1..200 characters, got 0",
      "an ADMIN sees every territory, so territoryIds must be empty, got 1",
    ]);
    const unknown = await create({ email: "x@example.com", name: "X", role: "REP", territoryIds: [Buffer.from("Territory:00000000-0000-4000-8000-000000000000").toString("base64")] });
    expect(unknown.data?.createUser.userErrors[0]?.code).toBe("NOT_FOUND");
    expect((await create({ email: fixtureUsers.northRep, name: "Twin", role: "REP", territoryIds: [] })).data?.createUser.userErrors).toEqual([
      { code: "DUPLICATE", message: `a user with the e-mail ${fixtureUsers.northRep} already exists` },
    ]);
    const manager = await testApp.login(fixtureUsers.northManager);
    expect((await create({ email: "y@example.com", name: "Y", role: "REP", territoryIds: [] }, manager)).data?.createUser.userErrors).toEqual([
      { code: "FORBIDDEN", message: "your role (MANAGER) may not create users (an ADMIN may)" },
    ]);
    expect((await executeSql<{ count: number }>(testApp.app.orm.em.fork(), "select count(*)::int as count from app_user"))[0]!.count).toBe(before);
  });

  it("moves a rep to another territory at the expected version; their open session sees it on the next request", async () => {
    const repToken = await testApp.login(fixtureUsers.otherSouthRep);
    expect(await codesOf(repToken)).toEqual(["S-1", "S-2"]);
    const [row] = await executeSql<{ id: string; version: number }>(testApp.app.orm.em.fork(), "select id, version from app_user where email = $1", [fixtureUsers.otherSouthRep]);
    const id = Buffer.from(`User:${row!.id}`).toString("base64");
    const stale = await testApp.graphql<{ updateUser: { userErrors: UserError[] } }>(updateMutation, { input: { id, expectedVersion: row!.version + 5, name: "Renamed" } }, admin);
    expect(stale.data?.updateUser.userErrors[0]?.code).toBe("CONFLICT");
    const moved = await testApp.graphql<{ updateUser: { user: { name: string; version: number } | null; userErrors: UserError[] } }>(
      updateMutation,
      { input: { id, expectedVersion: row!.version, name: "Moved Rep", territoryIds: [territoryId[fixtureTerritories.north]] } },
      admin,
    );
    expect(moved.data?.updateUser.userErrors).toEqual([]);
    expect(moved.data?.updateUser.user?.name).toBe("Moved Rep");
    expect(await codesOf(repToken)).toEqual(["N-1", "N-2", "N-3"]);
    const self = Buffer.from(`User:${(await executeSql<{ id: string }>(testApp.app.orm.em.fork(), "select id from app_user where email = $1", [fixtureUsers.admin]))[0]!.id}`).toString("base64");
    const demote = await testApp.graphql<{ updateUser: { userErrors: UserError[] } }>(updateMutation, { input: { id: self, expectedVersion: 1, role: "REP" } }, admin);
    expect(demote.data?.updateUser.userErrors).toEqual([{ code: "VALIDATION", message: "you cannot take away your own ADMIN role; ask another administrator" }]);
  });

  it("resets a password: the old one and every session stop, the new token sets another", async () => {
    const repToken = await testApp.login(fixtureUsers.southRep);
    const [row] = await executeSql<{ id: string }>(testApp.app.orm.em.fork(), "select id from app_user where email = $1", [fixtureUsers.southRep]);
    const reset = await testApp.graphql<{ resetUserPassword: { setPasswordToken: string | null; userErrors: UserError[] } }>(
      "mutation($input: ResetUserPasswordInput!) { resetUserPassword(input: $input) { setPasswordToken userErrors { code message } } }",
      { input: { id: Buffer.from(`User:${row!.id}`).toString("base64") } },
      admin,
    );
    expect(reset.data?.resetUserPassword.userErrors).toEqual([]);
    expect(await codesOf(repToken)).toEqual(["UNAUTHENTICATED: the password was reset; set a new one with the link from your administrator"]);
    await expect(testApp.login(fixtureUsers.southRep, fixturePassword)).rejects.toThrow(/e-mail or password is wrong/);
    const set = await setPassword(reset.data!.resetUserPassword.setPasswordToken!, "south-rep-new-secret");
    expect(set.data?.setPassword.userErrors).toEqual([]);
    expect(await codesOf(set.data!.setPassword.token!)).toEqual(["S-1", "S-2"]);
    expect(await auditCount("resetUserPassword")).toBeGreaterThan(0);
  });

  it("refuses an e-mail over 320 characters or a NUL in a set-password token as bad input, and creates nothing", async () => {
    const users = async () => (await executeSql<{ count: number }>(testApp.app.orm.em.fork(), "select count(*)::int as count from app_user"))[0]!.count;
    const before = await users();
    const long = await create({ email: `${"a".repeat(320)}@beatplan.test`, name: "Long", role: "REP", territoryIds: [territoryId[fixtureTerritories.north]] });
    expect(long.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([["BAD_USER_INPUT", "input.email must be at most 320 characters, got 334"]]);
    expect(await users()).toBe(before);
    const nul = await setPassword("bps_token\u0000", "a long enough new password");
    expect(nul.errors?.map((error) => error.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
  });

  it("lists users for admins only", async () => {
    const list = await testApp.graphql<{ users: { email: string }[] }>("{ users { email } }", {}, admin);
    expect(list.data?.users.map((user) => user.email)).toContain(fixtureUsers.northRep);
    const rep = await testApp.login(fixtureUsers.northRep);
    expect((await testApp.graphql("{ users { email } }", {}, rep)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
