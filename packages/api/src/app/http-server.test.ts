import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { StartupError } from "../startup-error.ts";
import { checkPortFree, startApp } from "./http-server.ts";

describe("HTTP server", () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ demo: false });
  });

  afterAll(async () => {
    await testApp.close();
  });

  const postGraphQL = (body: string, contentType = "application/json") =>
    fetch(`${testApp.url}/graphql`, { method: "POST", headers: { "content-type": contentType }, body });

  it("gives every request its own x-request-id", async () => {
    const [first, second] = await Promise.all([postGraphQL('{"query":"{ __typename }"}'), fetch(`${testApp.url}/`)]);
    expect(first.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.headers.get("x-request-id")).not.toBe(second.headers.get("x-request-id"));
  });

  it("marks GraphQL answers, data and errors alike, as not to be stored by caches", async () => {
    const [data, error] = await Promise.all([postGraphQL('{"query":"{ __typename }"}'), postGraphQL('{"query":"{ noSuchField }"}')]);
    expect(data.status).toBe(200);
    expect(data.headers.get("cache-control")).toBe("no-store");
    expect(error.headers.get("cache-control")).toBe("no-store");
  });

  it("answers a GraphQL body that is not JSON with a GraphQL error and no stack", async () => {
    const response = await postGraphQL("{ not json");
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [{ message: "request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }] });
  });

  it("lets CSRF prevention refuse a GraphQL body sent as a simple content type", async () => {
    const response = await postGraphQL('{"query":"{ __typename }"}', "text/plain");
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("CSRF");
  });

  it("refuses a sales import by GET, with another content type or without a token, before reading the body", async () => {
    const url = `${testApp.url}/import/monthly-sales`;
    const byGet = await fetch(url);
    expect(byGet.status).toBe(405);
    expect(byGet.headers.get("allow")).toBe("POST");
    const asJson = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(asJson.status).toBe(415);
    expect(await asJson.json()).toEqual({ error: "the body must be sent as content-type: text/csv" });
    const badToken = await fetch(url, { method: "POST", headers: { "content-type": "text/csv", authorization: "Bearer nope" }, body: "customerCode,month,volume,amount\n" });
    expect(badToken.status).toBe(401);
    expect(((await badToken.json()) as { userErrors: { message: string }[] }).userErrors[0]?.message).toBe("the sign-in token is not valid; sign in again");
  });

  it("stops with a one-line reason when the port is taken", async () => {
    const port = Number(new URL(testApp.url).port);
    await expect(checkPortFree(port, "127.0.0.1")).rejects.toThrow(new StartupError(`port ${port} is already in use; stop the other program or set PORT to a free port`));
    await expect(
      startApp({ databaseUrl: testApp.app.orm.config.get("clientUrl") ?? "", port, host: "127.0.0.1", webDistDir: "/nonexistent", auth: testApp.auth }),
    ).rejects.toThrow(`port ${port} is already in use`);
  });
});
