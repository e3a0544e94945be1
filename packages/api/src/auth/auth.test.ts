import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureTerritories, fixtureUsers, oneTerritory } from "../../test/fixtures.ts";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { testClock, testInstant } from "@beatplan/domain/testing";
import { executeSql } from "../shared/sql.ts";
import { signToken } from "./token.ts";

describe("authentication over HTTP", () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ fixture: oneTerritory });
  });

  afterAll(async () => {
    await testApp.close();
  });

  it("refuses a query without a token with UNAUTHENTICATED", async () => {
    const result = await testApp.graphql("{ customers(first: 1) { totalCount } }");
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("signs in an admin and tells who is signed in", async () => {
    const token = await testApp.login(fixtureUsers.admin);
    const result = await testApp.graphql<{ me: { email: string; role: string } }>("{ me { email role } }", {}, token);
    expect(result.data?.me).toEqual({ email: fixtureUsers.admin, role: "ADMIN" });
  });

  it("accepts the e-mail in any letter case", async () => {
    await expect(testApp.login("Admin@Fixture.TEST")).resolves.toMatch(/^ey/);
  });

  it("answers a wrong password with a userError and no token", async () => {
    const result = await testApp.graphql<{ login: { token: string | null; userErrors: { code: string; message: string }[] } }>(
      `mutation { login(input: { email: "${fixtureUsers.admin}", password: "wrong" }) { token userErrors { code message } } }`,
    );
    expect(result.data?.login).toEqual({ token: null, userErrors: [{ code: "UNAUTHENTICATED", message: "e-mail or password is wrong" }] });
  });

  it("refuses an expired token", async () => {
    const token = await testApp.login(fixtureUsers.admin);
    const claims = JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString()) as { sub: string; sid: string };
    const expired = await signToken(claims.sub, claims.sid, testApp.auth.secret, testInstant(-7200_000), 3600);
    const result = await testApp.graphql("{ me { email } }", {}, expired);
    expect(result.errors?.[0]).toMatchObject({ message: "the sign-in token has expired; sign in again", extensions: { code: "UNAUTHENTICATED" } });
  });

  it("refuses a token signed with another secret", async () => {
    const forged = await signToken("00000000-0000-4000-8000-000000000000", "00000000-0000-4000-8000-000000000001", "another-secret-another-secret-0123456", testClock(), 3600);
    const result = await testApp.graphql("{ me { email } }", {}, forged);
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("writes nothing for a mutation sent with an altered or expired token", async () => {
    const token = await testApp.login(fixtureUsers.admin);
    const [header, payload, signature] = token.split(".") as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString()) as { sub: string; sid: string };
    const altered = `${header}.${Buffer.from(JSON.stringify({ ...claims, exp: 9_999_999_999 })).toString("base64url")}.${signature}`;
    const expired = await signToken(claims.sub, claims.sid, testApp.auth.secret, testInstant(-7200_000), 3600);
    const territory = (await executeSql<{ id: string }>(testApp.app.orm.em.fork(), "select id from territory where code = $1", [fixtureTerritories.north]))[0]!.id;
    const territoryId = Buffer.from(`Territory:${territory}`).toString("base64");
    const count = async () => (await executeSql<{ count: number }>(testApp.app.orm.em.fork(), "select (select count(*) from customer)::int + (select count(*) from audit_entry)::int as count"))[0]?.count;
    const before = await count();
    for (const [bad, message] of [[altered, "the sign-in token is not valid; sign in again"], [expired, "the sign-in token has expired; sign in again"]] as const) {
      const result = await testApp.graphql(
        `mutation { createCustomer(input: { code: "TAMPER-1", name: "Should not exist", type: RETAIL, territoryId: "${territoryId}" }) { userErrors { code } } }`,
        {},
        bad,
      );
      expect(result.errors?.[0]).toMatchObject({ message, extensions: { code: "UNAUTHENTICATED" } });
    }
    expect(await count()).toBe(before);
  });
});
