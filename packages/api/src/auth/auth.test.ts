import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAdmin, startTestApp, type TestApp } from "../../test/test-app.ts";
import { signToken } from "./token.ts";

describe("authentication over HTTP", () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  it("refuses a query without a token with UNAUTHENTICATED", async () => {
    const result = await testApp.graphql("{ customers(first: 1) { totalCount } }");
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("signs in the demo admin and tells who is signed in", async () => {
    const token = await testApp.login(demoAdmin);
    const result = await testApp.graphql<{ me: { email: string; role: string } }>("{ me { email role } }", {}, token);
    expect(result.data?.me).toEqual({ email: demoAdmin, role: "ADMIN" });
  });

  it("accepts the e-mail in any letter case", async () => {
    await expect(testApp.login("Admin@BeatPlan.TEST")).resolves.toMatch(/^ey/);
  });

  it("answers a wrong password with a userError and no token", async () => {
    const result = await testApp.graphql<{ login: { token: string | null; userErrors: { code: string; message: string }[] } }>(
      `mutation { login(input: { email: "${demoAdmin}", password: "wrong" }) { token userErrors { code message } } }`,
    );
    expect(result.data?.login).toEqual({ token: null, userErrors: [{ code: "UNAUTHENTICATED", message: "e-mail or password is wrong" }] });
  });

  it("refuses an expired token", async () => {
    const token = await testApp.login(demoAdmin);
    const userId = JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString()).sub as string;
    const expired = signToken(userId, testApp.auth.secret, new Date(Date.now() - 7200_000), 3600);
    const result = await testApp.graphql("{ me { email } }", {}, expired);
    expect(result.errors?.[0]).toMatchObject({ message: "the sign-in token has expired; sign in again", extensions: { code: "UNAUTHENTICATED" } });
  });

  it("refuses a token signed with another secret", async () => {
    const forged = signToken("00000000-0000-4000-8000-000000000000", "another-secret-another-secret-0123456", new Date(), 3600);
    const result = await testApp.graphql("{ me { email } }", {}, forged);
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
