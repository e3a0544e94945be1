import type { EntityManager } from "@mikro-orm/postgresql";
import { testClock, testNow } from "@beatplan/domain/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/test-database.ts";
import { connectDatabase, type Orm } from "../db/database.ts";
import { executeSql } from "./sql.ts";
import { DomainError } from "./domain-error.ts";
import { purgeExpiredIdempotencyKeys, requestFingerprint, runIdempotent, type IdempotencyCodec } from "./idempotency.ts";

// The operation under test appends a row to a scratch table and returns its id, so that
// "wrote once" and "returned the first result" can both be observed in the database.
interface Written {
  id: number;
}

const codec: IdempotencyCodec<Written> = {
  encode: (result) => ({ id: result.id }),
  decode: async (stored) => ({ id: (stored as Written).id }),
};

async function appendRow(tx: EntityManager, note: string): Promise<Written> {
  const [row] = await executeSql<{ id: number }>(tx, "insert into idempotency_probe (note) values ($1) returning id", [note]);
  return { id: row!.id };
}

describe("idempotent mutations", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let orm: Orm;

  beforeAll(async () => {
    database = await createTestDatabase();
    orm = await connectDatabase({ clientUrl: database.url, poolSize: 60, now: testClock });
    await executeSql(orm.em.fork() as EntityManager, "create table idempotency_probe (id serial primary key, note text not null)");
  });

  afterAll(async () => {
    await orm.close();
    await database.drop();
  });

  beforeEach(async () => {
    const em = orm.em.fork() as EntityManager;
    await executeSql(em, "truncate idempotency_probe; delete from idempotency_key");
  });

  async function probeRows(): Promise<number> {
    const [row] = await executeSql<{ count: string }>(orm.em.fork() as EntityManager, "select count(*) from idempotency_probe");
    return Number(row!.count);
  }

  function call(key: string | null, input: unknown, actorId = "user-1") {
    return runIdempotent(orm.em.fork() as EntityManager, { key, operation: "appendNote", actorId, input }, (tx) => appendRow(tx, JSON.stringify(input)), codec);
  }

  it("returns the first result and writes nothing on a retry with the same key and input", async () => {
    const first = await call("k-1", { note: "a", idempotencyKey: "k-1" });
    const retry = await call("k-1", { idempotencyKey: "k-1", note: "a" });
    expect(retry).toEqual(first);
    expect(await probeRows()).toBe(1);
  });

  it("refuses the same key with a different input and writes nothing", async () => {
    await call("k-2", { note: "a" });
    await expect(call("k-2", { note: "b" })).rejects.toMatchObject({ code: "IDEMPOTENCY_KEY_REUSED", field: ["idempotencyKey"] });
    expect(await probeRows()).toBe(1);
  });

  it("writes once when fifty identical retries arrive at the same time", async () => {
    const results = await Promise.all(Array.from({ length: 50 }, () => call("k-3", { note: "burst" })));
    expect(new Set(results.map((result) => result.id)).size).toBe(1);
    expect(await probeRows()).toBe(1);
  });

  it("keeps keys of different callers apart", async () => {
    const mine = await call("shared", { note: "a" }, "user-1");
    const theirs = await call("shared", { note: "a" }, "user-2");
    expect(theirs.id).not.toBe(mine.id);
    expect(await probeRows()).toBe(2);
  });

  it("forgets the key when the mutation is rejected, so corrected input can use it", async () => {
    const rejected = runIdempotent(orm.em.fork() as EntityManager, { key: "k-4", operation: "appendNote", actorId: "user-1", input: { note: "bad" } }, async (tx) => {
      await appendRow(tx, "half-written");
      throw new DomainError("VALIDATION", "note is bad", ["note"]);
    }, codec);
    await expect(rejected).rejects.toBeInstanceOf(DomainError);
    expect(await probeRows()).toBe(0);
    await call("k-4", { note: "good" });
    expect(await probeRows()).toBe(1);
  });

  it("runs every call without a key", async () => {
    await call(null, { note: "a" });
    await call(null, { note: "a" });
    expect(await probeRows()).toBe(2);
  });

  it("rejects an empty key", async () => {
    await expect(call("", { note: "a" })).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("purges keys older than seven days only", async () => {
    await call("old", { note: "a" });
    await call("new", { note: "b" });
    const em = orm.em.fork() as EntityManager;
    await executeSql(em, "update idempotency_key set created_at = $1::timestamptz - interval '8 days' where key = 'old'", [testNow.toISOString()]);
    expect(await purgeExpiredIdempotencyKeys(em, testClock())).toBe(1);
    const left = await executeSql<{ key: string }>(em, "select key from idempotency_key order by key");
    expect(left.map((row) => row.key)).toEqual(["new"]);
  });

  it("fingerprints inputs independently of property order and of the key itself", () => {
    expect(requestFingerprint("op", { a: 1, b: [1, { c: 2, d: 3 }], idempotencyKey: "x" })).toBe(requestFingerprint("op", { b: [1, { d: 3, c: 2 }], a: 1 }));
    expect(requestFingerprint("op", { a: 1 })).not.toBe(requestFingerprint("op", { a: 2 }));
  });
});
