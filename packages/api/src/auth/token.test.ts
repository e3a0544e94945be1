import { testInstant } from "@beatplan/domain/testing";
import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password.ts";
import { signToken, verifyToken } from "./token.ts";

const secret = "unit-test-secret-unit-test-secret-0123";
const issuedAt = testInstant(0);

describe("sign-in tokens and passwords", () => {
  it("verifies a token it signed and returns the user and session ids", async () => {
    const token = await signToken("user-1", "session-1", secret, issuedAt, 3600);
    expect(await verifyToken(token, secret, testInstant(3599_000))).toMatchObject({ sub: "user-1", sid: "session-1" });
  });

  it("refuses a token once its lifetime has passed", async () => {
    const token = await signToken("user-1", "session-1", secret, issuedAt, 3600);
    expect(await verifyToken(token, secret, testInstant(3600_000))).toBe("expired");
  });

  it("refuses a token whose payload was altered", async () => {
    const [header, , signature] = (await signToken("user-1", "session-1", secret, issuedAt, 3600)).split(".");
    const payload = Buffer.from(JSON.stringify({ sub: "admin", iat: 0, exp: 9_999_999_999 })).toString("base64url");
    expect(await verifyToken(`${header}.${payload}.${signature}`, secret, issuedAt)).toBe("bad-signature");
  });

  it("refuses a token signed with another algorithm or not a token at all", async () => {
    const unsigned = `${Buffer.from(JSON.stringify({ alg: "none", typ: "JWT" })).toString("base64url")}.${Buffer.from(JSON.stringify({ sub: "admin", iat: 0, exp: 9_999_999_999 })).toString("base64url")}.`;
    expect(await verifyToken(unsigned, secret, issuedAt)).toBe("malformed");
    expect(await verifyToken("not-a-valid-token", secret, issuedAt)).toBe("malformed");
  });

  it("hashes the same password differently each time and verifies both", async () => {
    const first = await hashPassword("beatplan-demo");
    const second = await hashPassword("beatplan-demo");
    expect(first).not.toBe(second);
    expect(await verifyPassword("beatplan-demo", first)).toBe(true);
    expect(await verifyPassword("beatplan-demo", second)).toBe(true);
    expect(await verifyPassword("beatplan-dem0", first)).toBe(false);
  });
});
