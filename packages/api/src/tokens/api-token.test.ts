import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureTerritories, fixtureUsers, twoTerritories } from "../../test/fixtures.ts";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { testInstant } from "@beatplan/domain/testing";
import { executeSql } from "../shared/sql.ts";
import { toGlobalId } from "../shared/global-id.ts";
import { hashApiToken } from "./api-token.service.ts";

interface Created {
  createApiToken: { secret: string | null; apiToken: { id: string; tokenPrefix: string; role: string; territories: { code: string }[] } | null; userErrors: { code: string; message: string }[] };
}

const createMutation = `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) {
  secret apiToken { id tokenPrefix role territories { code } } userErrors { code message } } }`;

describe("API tokens", () => {
  let testApp: TestApp;
  let adminToken: string;
  let north: string;

  beforeAll(async () => {
    testApp = await startTestApp({ fixture: twoTerritories });
    adminToken = await testApp.login(fixtureUsers.admin);
    north = toGlobalId("Territory", (await executeSql<{ id: string }>(testApp.app.orm.em.fork(), "select id from territory where code = $1", [fixtureTerritories.north]))[0]!.id);
  });

  afterAll(async () => {
    await testApp?.close();
  });

  const create = (input: Record<string, unknown>, token = adminToken) => testApp.graphql<Created>(createMutation, { input }, token);
  const customerCount = async (token: string) => testApp.graphql<{ customers: { totalCount: number } }>("{ customers(first: 1) { totalCount } }", {}, token);
  const db = () => testApp.app.orm.em.fork();

  it("creates a token shown once, stores only its SHA-256 hash, and scopes requests to its territories", async () => {
    const created = await create({ name: "ERP feed", role: "REP", territoryIds: [north] });
    const secret = created.data!.createApiToken.secret!;
    expect(secret).toMatch(/^bp_[A-Za-z0-9_-]{43}$/);
    expect(created.data!.createApiToken.apiToken).toMatchObject({ role: "REP", tokenPrefix: secret.slice(0, 8), territories: [{ code: fixtureTerritories.north }] });
    const [row] = await executeSql<{ token_hash: string }>(db(), "select token_hash from api_token where name = 'ERP feed'");
    expect(row?.token_hash).toBe(hashApiToken(secret));
    expect(JSON.stringify(await executeSql(db(), "select * from api_token"))).not.toContain(secret);
    expect((await customerCount(secret)).data?.customers.totalCount).toBe(3);
  });

  it("records the last use at most once a minute", async () => {
    const secret = (await create({ name: "last use", role: "MANAGER", territoryIds: [north] })).data!.createApiToken.secret!;
    const lastUsed = async () => (await executeSql<{ last_used: number | null }>(db(), "select (extract(epoch from last_used_at) * 1000)::float8 as last_used from api_token where name = 'last use'"))[0]?.last_used;
    expect(await lastUsed()).toBeNull();
    await customerCount(secret);
    const first = await lastUsed();
    expect(first).toEqual(expect.any(Number));
    await customerCount(secret);
    expect(await lastUsed()).toEqual(first);
    await executeSql(db(), "update api_token set last_used_at = last_used_at - interval '2 minutes' where name = 'last use'");
    await customerCount(secret);
    expect(await lastUsed()).toBeGreaterThan(first! - 60_000);
  });

  it("refuses a revoked token with a clear error and writes nothing with it", async () => {
    const created = await create({ name: "to revoke", role: "ADMIN" });
    const secret = created.data!.createApiToken.secret!;
    const revoked = await testApp.graphql<{ revokeApiToken: { apiToken: { revokedAt: string | null } } }>(
      "mutation($id: ID!) { revokeApiToken(input: { id: $id }) { apiToken { revokedAt } userErrors { code } } }",
      { id: created.data!.createApiToken.apiToken!.id },
      adminToken,
    );
    expect(revoked.data?.revokeApiToken.apiToken.revokedAt).toEqual(expect.any(String));
    const [before] = await executeSql<{ count: number }>(db(), "select count(*)::int as count from customer");
    const attempt = await testApp.graphql(
      `mutation { createCustomer(input: { code: "REVOKED-1", name: "Should not exist", type: RETAIL, territoryId: "${north}" }) { userErrors { code } } }`,
      {},
      secret,
    );
    expect(attempt.errors?.[0]).toMatchObject({ message: "the API token has been revoked; ask an administrator for a new one", extensions: { code: "UNAUTHENTICATED" } });
    const [after] = await executeSql<{ count: number }>(db(), "select count(*)::int as count from customer");
    expect(after).toEqual(before);
  });

  it("refuses an expired token with a clear error", async () => {
    const secret = (await create({ name: "expiring", role: "ADMIN", expiresAt: testInstant(3_600_000).toISOString() })).data!.createApiToken.secret!;
    expect((await customerCount(secret)).data?.customers.totalCount).toBe(5);
    await executeSql(db(), "update api_token set expires_at = $1 where name = 'expiring'", [testInstant(-1000)]);
    const result = await customerCount(secret);
    expect(result.errors?.[0]).toMatchObject({ message: "the API token has expired; ask an administrator for a new one", extensions: { code: "UNAUTHENTICATED" } });
  });

  it("refuses an unknown or altered token", async () => {
    const secret = (await create({ name: "altered", role: "ADMIN" })).data!.createApiToken.secret!;
    const altered = `${secret.slice(0, -1)}${secret.endsWith("A") ? "B" : "A"}`;
    expect((await customerCount(altered)).errors?.[0]).toMatchObject({ message: "the API token is not valid", extensions: { code: "UNAUTHENTICATED" } });
  });

  it("validates the input and reports every problem", async () => {
    const result = await create({ name: " ", role: "REP", territoryIds: [], expiresAt: "2020-01-01T00:00:00.000Z" });
    expect(result.data?.createApiToken.secret).toBeNull();
    expect(result.data?.createApiToken.userErrors.map((error) => error.message)).toEqual([
      "name must be 1..200 characters, got 0",
      "expiresAt must lie in the future, got 2020-01-01T00:00:00.000Z",
      "a REP token needs at least one territory in territoryIds",
    ]);
  });

  it("lets only signed-in admins manage tokens, not managers and not tokens", async () => {
    const manager = await testApp.login(fixtureUsers.northManager);
    expect((await create({ name: "by manager", role: "ADMIN" }, manager)).data?.createApiToken.userErrors[0]?.code).toBe("FORBIDDEN");
    const adminSecret = (await create({ name: "admin token", role: "ADMIN" })).data!.createApiToken.secret!;
    expect((await create({ name: "by token", role: "ADMIN" }, adminSecret)).data?.createApiToken.userErrors[0]).toMatchObject({
      code: "FORBIDDEN",
      // Issue 11 item 17: it said "your role (ADMIN) may not create API tokens", though ADMIN was not the reason.
      message: "API tokens cannot create API tokens; sign in as an admin to create them",
    });
    const listed = await testApp.graphql<{ apiTokens: { name: string }[] }>("{ apiTokens { name } }", {}, manager);
    expect(listed.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const [count] = await executeSql<{ count: number }>(db(), "select count(*)::int as count from api_token where name in ('by manager', 'by token')");
    expect(count?.count).toBe(0);
  });
});
