import { act, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { testClock, testNow } from "@beatplan/domain/testing";
import { SessionProvider, sessionStorageKey, tokenExpiry, useSession } from "./session.tsx";

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

const jwtExpiringAt = (epochSeconds: number) => `header.${btoa(JSON.stringify({ sub: "u1", exp: epochSeconds }))}.signature`;
const user = { id: "VXNlcjox", email: "admin@beatplan.test", name: "Ada Admin", role: "ADMIN" as const };

function SessionProbe() {
  const { session, notice } = useSession();
  return <p>{session ? `signed in as ${session.user.name}` : `signed out (${notice ?? "no notice"})`}</p>;
}

describe("SessionProvider", () => {
  it("drops a stored token whose expiry has passed and says the session expired", () => {
    localStorage.setItem(sessionStorageKey, JSON.stringify({ token: jwtExpiringAt(testClock().getTime() / 1000 - 60), user }));

    render(
      <SessionProvider>
        <SessionProbe />
      </SessionProvider>,
    );

    expect(screen.getByText("signed out (sessionExpired)")).toBeTruthy();
    expect(localStorage.getItem(sessionStorageKey)).toBeNull();
  });

  it("ends the session when the token expires while the app is open", () => {
    vi.useFakeTimers({ now: testNow });
    const expiresAt = Math.floor(testNow.getTime() / 1000) + 120;
    localStorage.setItem(sessionStorageKey, JSON.stringify({ token: jwtExpiringAt(expiresAt), user }));

    render(
      <SessionProvider>
        <SessionProbe />
      </SessionProvider>,
    );
    expect(screen.getByText("signed in as Ada Admin")).toBeTruthy();

    act(() => vi.advanceTimersByTime(121_000));
    expect(screen.getByText("signed out (sessionExpired)")).toBeTruthy();
  });
});
