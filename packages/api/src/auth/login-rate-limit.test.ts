import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { twoTerritories } from "../../test/fixtures.ts";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { executeSql } from "../shared/sql.ts";
import { loginLimits } from "./login-rate-limit.ts";

describe("sign-in limit per network address under parallel attempts", () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ fixture: twoTerritories });
  });

  afterAll(async () => {
    await testApp.close();
  });

  it(`gives 200 parallel failed sign-ins from one address exactly ${loginLimits.failuresPerIp} password checks`, async () => {
    const started = performance.now();
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, index) =>
        testApp.graphql<{ login: { token: string | null; userErrors: { code: string }[] } }>("mutation($input: LoginInput!) { login(input: $input) { token userErrors { code } } }", {
          input: { email: `spray-${index}@beatplan.test`, password: "wrong-password" },
        }),
      ),
    );
    const codes = answers.map((answer) => answer.data?.login.userErrors[0]?.code ?? answer.errors?.[0]?.extensions?.code ?? "NONE");
    const byCode = Object.fromEntries([...new Set(codes)].map((code) => [code, codes.filter((other) => other === code).length]));
    expect(byCode).toEqual({ UNAUTHENTICATED: loginLimits.failuresPerIp, LOCKED: 200 - loginLimits.failuresPerIp });
    // Every password check records an attempt; a refused one does not.
    const [row] = await executeSql<{ count: number }>(testApp.app.orm.em.fork(), "select count(*)::int as count from login_attempt where email like 'spray-%'");
    expect(row?.count).toBe(loginLimits.failuresPerIp);
    console.log(`200 parallel failed sign-ins: ${JSON.stringify(byCode)}, ${row?.count} password checks, ${(performance.now() - started).toFixed(0)} ms`);
  }, 120_000);
});
