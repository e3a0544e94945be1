import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAdmin, startTestApp, type TestApp } from "../../test/test-app.ts";

/** Requests that make Apollo itself answer with an error (no resolver runs). */
const apolloErrors: { name: string; request: (url: string, headers: Record<string, string>) => Promise<Response> }[] = [
  { name: "parse error", request: (url, headers) => post(url, headers, { query: "{ customers(" }) },
  { name: "validation error", request: (url, headers) => post(url, headers, { query: "{ noSuchField }" }) },
  { name: "depth limit", request: (url, headers) => post(url, headers, { query: `{ ${"customers { edges { node { territory { region { territories { region { ".repeat(2)} name ${"} } } } } } } } ".repeat(2)}}` }) },
  { name: "bad variables", request: (url, headers) => post(url, headers, { query: "query($first: Int) { customers(first: $first) { totalCount } }", variables: { first: "many" } }) },
  { name: "batched request", request: (url, headers) => post(url, headers, [{ query: "{ __typename }" }, { query: "{ __typename }" }]) },
  { name: "CSRF", request: (url) => fetch(`${url}/graphql?query=${encodeURIComponent("{ __typename }")}`) },
  {
    name: "GET mutation",
    request: (url, headers) => fetch(`${url}/graphql?query=${encodeURIComponent('mutation { login(input: { email: "a@b.c", password: "x" }) { token } }')}`, { headers: { ...headers, "apollo-require-preflight": "true" } }),
  },
];

function post(url: string, headers: Record<string, string>, body: unknown): Promise<Response> {
  return fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
}

/** Signs of an internal: a stack trace, a source path or a stack frame. */
const leaks = /stacktrace|\/work\/|node_modules|\.ts:\d+|\bat [\w.<>]+ \(/i;

describe("error answers carry no internals", () => {
  let testApp: TestApp;
  let devApp: TestApp;
  let token: string;

  beforeAll(async () => {
    // As under `pnpm start`, where NODE_ENV is unset: Apollo's own default would include stack traces.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = "development";
    try {
      [testApp, devApp] = await Promise.all([startTestApp(), startTestApp({ demo: false, dev: true })]);
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    token = await testApp.login(demoAdmin);
  });

  afterAll(async () => {
    await Promise.all([testApp.close(), devApp.close()]);
  });

  for (const { name, request } of apolloErrors) {
    it(`answers a ${name} without a stack trace, anonymous or signed in, with an error code`, async () => {
      for (const headers of [{}, { authorization: `Bearer ${token}` }] as Record<string, string>[]) {
        const response = await request(testApp.url, headers);
        const text = await response.text();
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(text).not.toMatch(leaks);
        if (response.headers.get("content-type")?.includes("json")) {
          const body = JSON.parse(text) as { errors: { extensions?: { code?: string } }[] };
          expect(body.errors.length).toBeGreaterThan(0);
          for (const error of body.errors) expect(error.extensions?.code).toMatch(/^[A-Z_]+$/);
        }
      }
    });
  }

  it("includes stack traces in development mode (BEATPLAN_DEV=true) only", async () => {
    const response = await apolloErrors[1]!.request(devApp.url, {});
    expect(await response.text()).toMatch(/stacktrace/);
  });

  it("gives no field suggestions to anonymous callers, and keeps them for signed-in users", async () => {
    const query = { query: "{ customer { id } }" };
    const anonymous = (await (await post(testApp.url, {}, query)).json()) as { errors: { message: string }[] };
    expect(anonymous.errors[0]?.message).not.toMatch(/Did you mean/);
    const signedIn = (await (await post(testApp.url, { authorization: `Bearer ${token}` }, query)).json()) as { errors: { message: string }[] };
    expect(signedIn.errors[0]?.message).toMatch(/Did you mean "customers"/);
  });
});
