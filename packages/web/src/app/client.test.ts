import { describe, expect, it, vi } from "vitest";
import { gql } from "urql";
import { createGraphqlClient } from "./client.ts";

const MeQuery = gql`
  query Me {
    me {
      id
    }
  }
`;

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}

describe("createGraphqlClient", () => {
  it("POSTs JSON with the bearer token so Apollo's CSRF check passes", async () => {
    const fetch = vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => jsonResponse({ data: { me: null } }));
    const client = createGraphqlClient({ token: "secret", onUnauthenticated: () => {}, url: "http://api.test/graphql", fetch });

    await client.query(MeQuery, {}).toPromise();

    const init = fetch.mock.calls[0]?.[1];
    expect(init?.method).toBe("POST");
    const headers = new Headers(init?.headers);
    expect(headers.get("authorization")).toBe("Bearer secret");
    expect(headers.get("content-type")).toBe("application/json");
  });

  it("reports an UNAUTHENTICATED error so the app can return to the login screen", async () => {
    const onUnauthenticated = vi.fn();
    const fetch = vi.fn(async () =>
      jsonResponse({ errors: [{ message: "token expired", extensions: { code: "UNAUTHENTICATED" } }], data: null }),
    );
    const client = createGraphqlClient({ token: "stale", onUnauthenticated, url: "http://api.test/graphql", fetch });

    await client.query(MeQuery, {}).toPromise();

    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it("does not treat other errors as a lost session", async () => {
    const onUnauthenticated = vi.fn();
    const fetch = vi.fn(async () => jsonResponse({ errors: [{ message: "bad", extensions: { code: "BAD_USER_INPUT" } }], data: null }));
    const client = createGraphqlClient({ token: "fine", onUnauthenticated, url: "http://api.test/graphql", fetch });

    await client.query(MeQuery, {}).toPromise();

    expect(onUnauthenticated).not.toHaveBeenCalled();
  });
});
