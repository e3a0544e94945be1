import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixturePassword, fixtureUsers, twoTerritories } from "../../test/fixtures.ts";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { startApp, type RunningApp } from "../app/http-server.ts";
import { executeSql } from "../shared/sql.ts";

const customerCodes = "{ customers(first: 20) { edges { node { code } } } }";

interface Codes {
  customers: { edges: { node: { code: string } }[] };
}

describe("sessions: sign-out, deactivation, password changes and the cached viewer", () => {
  let testApp: TestApp;
  // A second API instance on the same database, as behind a load balancer.
  let other: RunningApp;
  const statements: string[] = [];

  const graphqlOn = async <Data,>(url: string, query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Data | null; errors?: { message: string; extensions?: { code?: string } }[] };
  };
  const codesOf = async (token: string, url = testApp.url) => {
    const result = await graphqlOn<Codes>(url, customerCodes, {}, token);
    return result.errors ? result.errors.map((error) => `${error.extensions?.code}: ${error.message}`) : result.data!.customers.edges.map((edge) => edge.node.code);
  };
  /**
   * Another instance hears of a change when PostgreSQL's notification reaches it, a moment after
   * the commit (the changing request waits until its own instance heard it): polls briefly.
   */
  const codesSoonOn = async (url: string, token: string, expected: string[]) => {
    let codes = await codesOf(token, url);
    for (let attempt = 0; attempt < 20 && JSON.stringify(codes) !== JSON.stringify(expected); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      codes = await codesOf(token, url);
    }
    return codes;
  };
  const userId = async (email: string) => (await executeSql<{ id: string }>(testApp.app.orm.em.fork(), "select id from app_user where email = $1", [email]))[0]!.id;
  const globalUserId = async (email: string) => Buffer.from(`User:${await userId(email)}`).toString("base64");

  beforeAll(async () => {
    testApp = await startTestApp({ fixture: twoTerritories, onQuery: (sql) => statements.push(sql) });
    other = await startApp({ databaseUrl: testApp.databaseUrl, port: 0, host: "127.0.0.1", webDistDir: "/nonexistent", auth: testApp.auth, jobs: { worker: false } });
  });

  afterAll(async () => {
    await other?.close();
    await testApp?.close();
  });

  it("ends the session on logout: the token is refused on its next request, other sessions keep working", async () => {
    const token = await testApp.login(fixtureUsers.northRep);
    const second = await testApp.login(fixtureUsers.northRep);
    expect(await codesOf(token)).toEqual(["N-1", "N-2", "N-3"]);
    const logout = await testApp.graphql<{ logout: { signedOut: boolean; userErrors: unknown[] } }>("mutation { logout { signedOut userErrors { message } } }", {}, token);
    expect(logout.data?.logout).toEqual({ signedOut: true, userErrors: [] });
    expect(await codesOf(token)).toEqual(["UNAUTHENTICATED: you signed out with this token; sign in again"]);
    expect(await codesSoonOn(other.url, token, ["UNAUTHENTICATED: you signed out with this token; sign in again"])).toEqual(["UNAUTHENTICATED: you signed out with this token; sign in again"]);
    expect(await codesOf(second)).toEqual(["N-1", "N-2", "N-3"]);
    const audited = await executeSql<{ count: number }>(testApp.app.orm.em.fork(), "select count(*)::int as count from audit_entry where operation = 'logout' and entity_type = 'UserSession'");
    expect(audited[0]?.count).toBe(1);
  });

  it("refuses a deactivated user's open session on the instance that deactivated them at once, and on another as soon as it hears of it", async () => {
    const repToken = await testApp.login(fixtureUsers.southRep);
    // Cached on this instance by the first request.
    expect(await codesOf(repToken)).toEqual(["S-1", "S-2"]);
    expect(await codesOf(repToken, other.url)).toEqual(["S-1", "S-2"]);
    const adminOnOther = (await graphqlOn<{ login: { token: string } }>(other.url, "mutation($input: LoginInput!) { login(input: $input) { token } }", { input: { email: fixtureUsers.admin, password: fixturePassword } })).data!.login.token;
    const deactivated = await graphqlOn<{ deactivateUser: { user: { email: string; deactivatedAt: string | null } | null; userErrors: unknown[] } }>(
      other.url,
      "mutation($input: DeactivateUserInput!) { deactivateUser(input: $input) { user { email deactivatedAt } userErrors { code message } } }",
      { input: { id: await globalUserId(fixtureUsers.southRep) } },
      adminOnOther,
    );
    expect(deactivated.data?.deactivateUser.userErrors).toEqual([]);
    expect(deactivated.data?.deactivateUser.user?.deactivatedAt).toBeTruthy();
    expect(await codesOf(repToken, other.url)).toEqual(["UNAUTHENTICATED: the account has been deactivated"]);
    expect(await codesSoonOn(testApp.url, repToken, ["UNAUTHENTICATED: the account has been deactivated"])).toEqual(["UNAUTHENTICATED: the account has been deactivated"]);
    const again = await testApp.graphql<{ login: { token: string | null; userErrors: { message: string }[] } }>(
      "mutation($input: LoginInput!) { login(input: $input) { token userErrors { message } } }",
      { input: { email: fixtureUsers.southRep, password: fixturePassword } },
    );
    expect(again.data?.login).toEqual({ token: null, userErrors: [{ message: "e-mail or password is wrong" }] });
  });

  it("lets only an admin deactivate, never themselves, with userErrors that change nothing", async () => {
    const admin = await testApp.login(fixtureUsers.admin);
    const manager = await testApp.login(fixtureUsers.northManager);
    const mutation = "mutation($input: DeactivateUserInput!) { deactivateUser(input: $input) { user { email } userErrors { code message } } }";
    const byManager = await testApp.graphql<{ deactivateUser: { userErrors: { code: string }[] } }>(mutation, { input: { id: await globalUserId(fixtureUsers.northRep) } }, manager);
    expect(byManager.data?.deactivateUser.userErrors).toEqual([{ code: "FORBIDDEN", message: "your role (MANAGER) may not deactivate users (an ADMIN may)" }]);
    const self = await testApp.graphql<{ deactivateUser: { userErrors: { code: string }[] } }>(mutation, { input: { id: await globalUserId(fixtureUsers.admin) } }, admin);
    expect(self.data?.deactivateUser.userErrors).toEqual([{ code: "VALIDATION", message: "you cannot deactivate yourself; ask another administrator" }]);
    const rows = await executeSql<{ count: number }>(testApp.app.orm.em.fork(), "select count(*)::int as count from app_user where deactivated_at is not null and email in ($1, $2)", [fixtureUsers.northRep, fixtureUsers.admin]);
    expect(rows[0]?.count).toBe(0);
    expect(await codesOf(admin)).toHaveLength(5);
  });

  it("stops access within seconds when a membership is removed, whoever removes it", async () => {
    const token = await testApp.login(fixtureUsers.otherSouthRep);
    expect(await codesOf(token)).toEqual(["S-1", "S-2"]);
    expect(await codesOf(token, other.url)).toEqual(["S-1", "S-2"]);
    // Straight in the database, as another tool would: the trigger notifies both instances.
    await executeSql(testApp.app.orm.em.fork(), "delete from territory_member where user_id = $1", [await userId(fixtureUsers.otherSouthRep)]);
    for (const url of [testApp.url, other.url]) {
      let codes = await codesOf(token, url);
      for (let attempt = 0; attempt < 30 && codes.length > 0; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        codes = await codesOf(token, url);
      }
      expect(codes).toEqual([]);
    }
  });

  it("ends every session on a password change and hands the caller a new one", async () => {
    const here = await testApp.login(fixtureUsers.northManager);
    const elsewhere = await testApp.login(fixtureUsers.northManager);
    expect(await codesOf(elsewhere, other.url)).toEqual(["N-1", "N-2", "N-3"]);
    const change = (currentPassword: string, newPassword: string) =>
      testApp.graphql<{ changeOwnPassword: { token: string | null; userErrors: { code: string; message: string; field: string[] | null }[] } }>(
        "mutation($input: ChangeOwnPasswordInput!) { changeOwnPassword(input: $input) { token userErrors { code message field } } }",
        { input: { currentPassword, newPassword } },
        here,
      );
    expect((await change("not-the-password", "a-much-better-secret")).data?.changeOwnPassword).toEqual({ token: null, userErrors: [{ code: "UNAUTHENTICATED", message: "the current password is wrong", field: ["currentPassword"] }] });
    expect((await change(fixturePassword, "too-short")).data?.changeOwnPassword.userErrors).toEqual([{ code: "VALIDATION", message: "the password must be at least 12 characters long, got 9", field: ["newPassword"] }]);
    expect((await change(fixturePassword, "qwerty123456")).data?.changeOwnPassword.userErrors[0]?.message).toBe("the password is one of the most common passwords; choose another");
    expect((await change(fixturePassword, fixtureUsers.northManager)).data?.changeOwnPassword.userErrors[0]?.message).toBe("the password must not be the e-mail address");
    // Nothing changed so far: both sessions still work.
    expect(await codesOf(elsewhere)).toEqual(["N-1", "N-2", "N-3"]);
    const changed = await change(fixturePassword, "a-much-better-secret");
    expect(changed.data?.changeOwnPassword.userErrors).toEqual([]);
    const fresh = changed.data!.changeOwnPassword.token!;
    expect(await codesOf(here)).toEqual(["UNAUTHENTICATED: the password was changed; sign in again with the new password"]);
    expect(await codesSoonOn(other.url, elsewhere, ["UNAUTHENTICATED: the password was changed; sign in again with the new password"])).toEqual([
      "UNAUTHENTICATED: the password was changed; sign in again with the new password",
    ]);
    expect(await codesOf(fresh, other.url)).toEqual(["N-1", "N-2", "N-3"]);
    await expect(testApp.login(fixtureUsers.northManager)).rejects.toThrow(/e-mail or password is wrong/);
    await expect(testApp.login(fixtureUsers.northManager, "a-much-better-secret")).resolves.toMatch(/^ey/);
  });

  it("reads a customer list without any statement for the viewer once the session is cached", async () => {
    const token = await testApp.login(fixtureUsers.northRep);
    const count = async () => {
      statements.length = 0;
      expect(await codesOf(token)).toEqual(["N-1", "N-2", "N-3"]);
      return [...statements];
    };
    const first = await count();
    const second = await count();
    const viewerStatements = (list: string[]) => list.filter((sql) => /user_session|app_user/.test(sql)).length;
    expect(viewerStatements(first)).toBe(1);
    expect(viewerStatements(second)).toBe(0);
    expect(second.length).toBe(first.length - 1);
    console.log(`customer list: ${first.length} statements with the session read, ${second.length} once cached`);
  });

  it("caches nothing while the notification connection is down, and listens again after reconnecting", async () => {
    const token = await testApp.login(fixtureUsers.northRep);
    expect(await codesOf(token)).toEqual(["N-1", "N-2", "N-3"]);
    await executeSql(testApp.app.orm.em.fork(), "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name = 'beatplan-notifications'");
    for (let attempt = 0; attempt < 50 && testApp.app.sessions.listening; attempt++) await new Promise((resolve) => setTimeout(resolve, 20));
    // Whether or not it has reconnected yet, the answer is right.
    await executeSql(testApp.app.orm.em.fork(), "delete from territory_member where user_id = $1 and membership = 'REP'", [await userId(fixtureUsers.northRep)]);
    expect(await codesOf(token)).toEqual([]);
    for (let attempt = 0; attempt < 100 && !testApp.app.sessions.listening; attempt++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(testApp.app.sessions.listening).toBe(true);
  });
});
