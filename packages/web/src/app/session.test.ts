import { describe, expect, it } from "vitest";
import { tokenExpiry } from "./session.tsx";

const jwt = (claims: object) => `header.${btoa(JSON.stringify(claims)).replace(/=+$/, "")}.signature`;

describe("tokenExpiry", () => {
  it("reads the exp claim of a JWT", () => {
    expect(tokenExpiry(jwt({ sub: "1", exp: 1_800_000_000 }))).toEqual(new Date(1_800_000_000_000));
  });

  it("returns null for an opaque token", () => {
    expect(tokenExpiry("b3BhcXVlLXRva2Vu")).toBeNull();
  });

  it("returns null for a JWT without exp", () => {
    expect(tokenExpiry(jwt({ sub: "1" }))).toBeNull();
  });
});
