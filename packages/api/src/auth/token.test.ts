import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password.ts";
import { signToken, verifyToken } from "./token.ts";

const secret = "unit-test-secret-unit-test-secret-0123";
const issuedAt = new Date("2026-03-01T08:00:00Z");

describe("sign-in tokens and passwords", () => {
  it("verifies a token it signed and returns the user id", () => {
    const token = signToken("user-1", secret, issuedAt, 3600);
    expect(verifyToken(token, secret, new Date("2026-03-01T08:59:59Z"))).toMatchObject({ sub: "user-1" });
  });

  it("refuses a token once its lifetime has passed", () => {
    const token = signToken("user-1", secret, issuedAt, 3600);
    expect(verifyToken(token, secret, new Date("2026-03-01T09:00:00Z"))).toBe("expired");
  });

  it("refuses a token whose payload was altered", () => {
    const [header, , signature] = signToken("user-1", secret, issuedAt, 3600).split(".");
    const payload = Buffer.from(JSON.stringify({ sub: "admin", iat: 0, exp: 9_999_999_999 })).toString("base64url");
    expect(verifyToken(`${header}.${payload}.${signature}`, secret, issuedAt)).toBe("bad-signature");
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
