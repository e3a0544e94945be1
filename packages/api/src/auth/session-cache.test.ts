import { describe, expect, it } from "vitest";
import { Role } from "../org/role.ts";
import { SessionCache } from "./session-cache.ts";
import type { SessionState } from "./sessions.ts";

const state = (userId: string): SessionState => ({ viewer: { userId, sessionId: `s-${userId}`, role: Role.REP, territoryIds: ["t-1"], label: `${userId}@example.com` } });

function cacheAt(ttlMs = 1000): { cache: SessionCache; advance: (ms: number) => void; hear: (on: boolean) => void } {
  let now = 0;
  let listening = true;
  const cache = new SessionCache({ ttlMs, clock: () => now });
  cache.heardWhile(() => listening);
  return { cache, advance: (ms) => (now += ms), hear: (on) => (listening = on) };
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

  it("answers and keeps nothing while changes are not heard", () => {
    const { cache, hear } = cacheAt();
    cache.store(cache.ticket(), "s-1", "u-1", state("u-1"));
    hear(false);
    expect(cache.get("s-1")).toBeUndefined();
    cache.store(cache.ticket(), "s-2", "u-2", state("u-2"));
    hear(true);
    expect(cache.get("s-2")).toBeUndefined();
    // After a reconnect the listener clears what was kept from before.
    cache.clear();
    expect(cache.get("s-1")).toBeUndefined();
  });

  it("answers a change once the notification of it was heard, and drops the user's sessions", async () => {
    const { cache } = cacheAt();
    cache.store(cache.ticket(), "s-1", "u-1", state("u-1"));
    const steps: string[] = [];
    const change = cache.changing("u-1", async () => {
      steps.push("committed");
      // The notification arrives a moment after the commit.
      setTimeout(() => {
        steps.push("heard");
        cache.heard("u-1");
      }, 20);
      return "done";
    });
    expect(await change).toBe("done");
    steps.push("answered");
    expect(steps).toEqual(["committed", "heard", "answered"]);
    expect(cache.get("s-1")).toBeUndefined();
  });

  it("waits for nothing when the change fails", async () => {
    const { cache } = cacheAt();
    await expect(cache.changing("u-1", () => Promise.reject(new Error("refused")), 60_000)).rejects.toThrow("refused");
  });
});
