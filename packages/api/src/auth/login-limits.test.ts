import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixturePassword, fixtureUsers, twoTerritories } from "../../test/fixtures.ts";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { testClock, testInstant } from "@beatplan/domain/testing";
import { startApp } from "../app/http-server.ts";
import { executeSql } from "../shared/sql.ts";
import { loginLimits } from "./login-rate-limit.ts";

interface LoginResult {
  login: { token: string | null; userErrors: { code: string; message: string }[] };
}

const loginMutation = "mutation($input: LoginInput!) { login(input: $input) { token userErrors { code message } } }";

describe("sign-in limits", () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ fixture: twoTerritories });
  });

  afterAll(async () => {
    await testApp?.close();
  });

  const attempt = (email: string, password: string) => testApp.graphql<LoginResult>(loginMutation, { input: { email, password } });
  const attemptsOf = async (email: string) => (await executeSql<{ count: number }>(testApp.app.orm.em.fork(), "select count(*)::int as count from login_attempt where email = $1", [email]))[0]?.count;

  it("answers a wrong password with UNAUTHENTICATED, no token, and records the failure", async () => {
    const email = fixtureUsers.northRep;
    const result = await attempt(email, "wrong");
    expect(result.data?.login).toEqual({ token: null, userErrors: [{ code: "UNAUTHENTICATED", message: "e-mail or password is wrong" }] });
    expect(await attemptsOf(email)).toBe(1);
  });

  it(`locks an account after ${loginLimits.failuresPerAccount} failures, even for the right password, and records nothing while locked`, async () => {
    const email = fixtureUsers.southRep;
    for (let index = 0; index < loginLimits.failuresPerAccount; index += 1) {
      expect((await attempt(email, `wrong-${index}`)).data?.login.userErrors[0]?.code).toBe("UNAUTHENTICATED");
    }
    const locked = await attempt(email, fixturePassword);
    expect(locked.data?.login.token).toBeNull();
    expect(locked.data?.login.userErrors[0]).toMatchObject({ code: "LOCKED", message: expect.stringMatching(/too many failed sign-ins for this account/) });
    expect(await attemptsOf(email)).toBe(loginLimits.failuresPerAccount);
    // Another account from the same address is not affected.
    expect((await attempt(fixtureUsers.otherSouthRep, fixturePassword)).data?.login.token).toMatch(/^ey/);
  });

  it("unlocks the account once the failures are older than the window", async () => {
    const email = fixtureUsers.southRep;
    await executeSql(testApp.app.orm.em.fork(), `update login_attempt set attempted_at = attempted_at - interval '${loginLimits.windowMinutes + 1} minutes' where email = $1`, [email]);
    expect((await attempt(email, fixturePassword)).data?.login.token).toMatch(/^ey/);
  });

  it("locks unknown e-mails the same way as known ones, so the lock does not reveal which exist", async () => {
    const email = "nobody-here@beatplan.test";
    for (let index = 0; index < loginLimits.failuresPerAccount; index += 1) await attempt(email, "wrong");
    expect((await attempt(email, "wrong")).data?.login.userErrors[0]?.code).toBe("LOCKED");
  });

  it("counts failures across two API instances on one database, even when they arrive at once", async () => {
    const second = await startApp({
      databaseUrl: testApp.app.orm.config.get("clientUrl")!,
      port: 0,
      host: "127.0.0.1",
      webDistDir: "/nonexistent",
      auth: testApp.auth,
    });
    try {
      const email = fixtureUsers.northManager;
      const urls = [testApp.url, second.url];
      const answers = await Promise.all(
        Array.from({ length: 12 }, async (_, index) => {
          const response = await fetch(`${urls[index % 2]}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ query: loginMutation, variables: { input: { email, password: `wrong-${index}` } } }),
          });
          return ((await response.json()) as { data: LoginResult }).data.login.userErrors[0]?.code;
        }),
      );
      expect(answers.filter((code) => code === "UNAUTHENTICATED")).toHaveLength(loginLimits.failuresPerAccount);
      expect(answers.filter((code) => code === "LOCKED")).toHaveLength(12 - loginLimits.failuresPerAccount);
      expect(await attemptsOf(email)).toBe(loginLimits.failuresPerAccount);
    } finally {
      await second.close();
    }
  });

  it("drops attempts older than the retention whoever made them", async () => {
    const em = testApp.app.orm.em.fork();
    await executeSql(em, `insert into login_attempt (email, ip, succeeded, attempted_at) values ('old@beatplan.test', '203.0.113.9', false, $1)`, [testInstant(-(loginLimits.retentionHours + 1) * 3_600_000)]);
    await attempt(fixtureUsers.southManager, fixturePassword);
    const [row] = await executeSql<{ count: number }>(em, "select count(*)::int as count from login_attempt where email = 'old@beatplan.test'");
    expect(row?.count).toBe(0);
  });

  it(`refuses an address after ${loginLimits.failuresPerIp} failures across accounts`, async () => {
    // The attempts so far came from this address too; top them up to the limit with fresh accounts.
    const [row] = await executeSql<{ count: number }>(testApp.app.orm.em.fork(), `select count(*)::int as count from login_attempt where not succeeded and attempted_at > $1`, [testInstant(-loginLimits.windowMinutes * 60_000)]);
    const missing = loginLimits.failuresPerIp - (row?.count ?? 0);
    await executeSql(
      testApp.app.orm.em.fork(),
      "insert into login_attempt (email, ip, succeeded, attempted_at) select 'spray-' || n || '@beatplan.test', (select ip from login_attempt limit 1), false, $2 from generate_series(1, $1::int) n",
      [missing, testClock()],
    );
    const refused = await attempt(fixtureUsers.admin, fixturePassword);
    expect(refused.data?.login.userErrors[0]).toMatchObject({ code: "LOCKED", message: expect.stringMatching(/network address/) });
  });

});
