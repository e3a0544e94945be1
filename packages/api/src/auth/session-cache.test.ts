import { describe, expect, it } from "vitest";
import { Role } from "../org/role.ts";
import { SessionCache } from "./session-cache.ts";
import type { SessionState } from "./sessions.ts";

const state = (userId: string): SessionState => ({ viewer: { userId, sessionId: `s-${userId}`, role: Role.REP, territoryIds: ["t-1"], label: `${userId}@example.com` } });

function cacheAt(ttlMs = 1000): { cache: SessionCache; advance: (ms: number) => void } {
  let now = 0;
  const cache = new SessionCache({ ttlMs, clock: () => now });
  cache.setListening(true);
  return { cache, advance: (ms) => (now += ms) };
}

describe("the session cache", () => {
  it("answers from memory until the TTL has passed", () => {
    const { cache, advance } = cacheAt(1000);
    cache.store(cache.ticket(), "s-1", "u-1", state("u-1"));
    advance(1000);
    expect(cache.get("s-1")).toEqual(state("u-1"));
    advance(1);
    expect(cache.get("s-1")).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("forgets every session of a user on a change, and only theirs", () => {
    const { cache } = cacheAt();
    cache.store(cache.ticket(), "s-1", "u-1", state("u-1"));
    cache.store(cache.ticket(), "s-2", "u-1", state("u-1"));
    cache.store(cache.ticket(), "s-3", "u-2", state("u-2"));
    cache.forgetUser("u-1");
    expect([cache.get("s-1"), cache.get("s-2")]).toEqual([undefined, undefined]);
    expect(cache.get("s-3")).toEqual(state("u-2"));
  });

  it("does not store a read that raced with a change", () => {
    const { cache } = cacheAt();
    const ticket = cache.ticket();
    // The read started, then a notification arrived before it finished.
    cache.forgetUser("u-1");
    cache.store(ticket, "s-1", "u-1", state("u-1"));
    expect(cache.get("s-1")).toBeUndefined();
  });

  it("keeps nothing while changes are not heard", () => {
    const { cache } = cacheAt();
    cache.store(cache.ticket(), "s-1", "u-1", state("u-1"));
    cache.setListening(false);
    expect(cache.get("s-1")).toBeUndefined();
    cache.store(cache.ticket(), "s-1", "u-1", state("u-1"));
    expect(cache.size).toBe(0);
    cache.setListening(true);
    expect(cache.get("s-1")).toBeUndefined();
  });
});
