import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../test/test-app.ts";

describe("web app files", () => {
  let dist: string;
  let withApp: TestApp;
  let withoutApp: TestApp;

  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), "beatplan-dist-"));
    await mkdir(join(dist, "assets"));
    await writeFile(join(dist, "index.html"), "<!doctype html><title>Beatplan app</title>");
    await writeFile(join(dist, "assets", "app-1234.js"), "console.log('app');");
    withApp = await startTestApp({ demo: false, webDistDir: dist });
    withoutApp = await startTestApp({ demo: false });
  });

  afterAll(async () => {
    await withApp.close();
    await withoutApp.close();
    await rm(dist, { recursive: true, force: true });
  });

  it("serves built assets with their content type and a long cache lifetime", async () => {
    const response = await fetch(`${withApp.url}/assets/app-1234.js`);
    expect(response.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(response.headers.get("cache-control")).toContain("immutable");
    expect(await response.text()).toBe("console.log('app');");
  });

  it("answers client-side routes with index.html", async () => {
    const response = await fetch(`${withApp.url}/customers/123`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await response.text()).toContain("Beatplan app");
  });

  it("answers other methods than GET and HEAD with 405", async () => {
    const response = await fetch(`${withApp.url}/customers`, { method: "POST", body: "x" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD");
  });

  it("never serves files outside the dist directory", async () => {
    const response = await fetch(`${withApp.url}/..%2f..%2fetc%2fpasswd`);
    expect(await response.text()).toContain("Beatplan app");
  });

  it("says how to build the web app when it is not built", async () => {
    const response = await fetch(`${withoutApp.url}/`);
    expect(await response.text()).toContain("pnpm --filter @beatplan/web build");
  });

  it("keeps GraphQL at /graphql next to the web app", async () => {
    const response = await fetch(`${withApp.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) });
    expect(await response.json()).toMatchObject({ data: { __typename: "Query" } });
  });

  it("refuses a GET query without a CSRF-safe header", async () => {
    const response = await fetch(`${withApp.url}/graphql?query=${encodeURIComponent("{ __typename }")}`);
    expect(response.status).toBe(400);
  });
});
