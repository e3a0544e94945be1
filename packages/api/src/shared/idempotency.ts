import { createHash } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import { executeSql } from "./sql.ts";
import { DomainError } from "./domain-error.ts";
import { databaseNow } from "./entity-clock.ts";

/** How long a key is remembered: a rep's phone may retry a request days later. */
export const idempotencyKeyLifetimeDays = 7;

/** Longest accepted key; clients usually send a UUID. */
export const maxIdempotencyKeyLength = 200;

/** One call of an idempotent mutation. */
export interface IdempotentCall {
  /** The client's key; without one the call simply runs in one transaction. */
  key: string | null | undefined;
  /** Mutation name, e.g. "reviseBusinessPlan": a key may not be reused across operations. */
  operation: string;
  /** Keys belong to the caller: the same key from two users names two calls. */
  actorId: string;
  /** The input that the key stands for (the key itself may be inside; it is left out of the comparison). */
  input: unknown;
}

/** Turns a result into JSON for storage and back into a result (typically by refetching the changed object). */
export interface IdempotencyCodec<Result> {
  encode(result: Result): unknown;
  decode(stored: unknown, em: EntityManager): Promise<Result>;
}

function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([name, member]) => name !== "idempotencyKey" && member !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([name, member]) => `${JSON.stringify(name)}:${canonicalJson(member)}`).join(",")}}`;
}

/** Fingerprint of operation + input, independent of property order. */
export function requestFingerprint(operation: string, input: unknown): string {
  return createHash("sha256").update(operation).update("\n").update(canonicalJson(input)).digest("hex");
}

function validateKey(key: string): void {
  if (key.length === 0 || key.length > maxIdempotencyKeyLength) {
    throw new DomainError("VALIDATION", `idempotencyKey must be 1..${maxIdempotencyKeyLength} characters, got ${key.length}`, ["idempotencyKey"]);
  }
}

/**
 * Runs a mutation at most once per (caller, key).
 *
 * Everything happens in one transaction: the key is claimed with an INSERT on its unique
 * index, the mutation runs, and its encoded result is stored next to the key. A retry that
 * arrives while the first call is still running blocks on that index until the first call
 * commits (then it returns the stored result) or rolls back (then it runs itself). A
 * DomainError from `run` rolls back the key too, so a rejected call writes nothing and may
 * be retried with corrected input under the same key. The same key with a different input
 * is refused with IDEMPOTENCY_KEY_REUSED.
 */
export async function runIdempotent<Result>(
  em: EntityManager,
  call: IdempotentCall,
  run: (tx: EntityManager) => Promise<Result>,
  codec: IdempotencyCodec<Result>,
): Promise<Result> {
  const key = call.key ?? null;
  if (key === null) return em.transactional((tx) => run(tx as EntityManager));
  validateKey(key);
  const fingerprint = requestFingerprint(call.operation, call.input);
  return em.transactional(async (transaction) => {
    const tx = transaction as EntityManager;
    const claimed = await executeSql<{ key: string }>(
      tx,
      `insert into idempotency_key (actor_id, key, operation, fingerprint, created_at)
       values ($1, $2, $3, $4, $5::timestamptz)
       on conflict (actor_id, key) do nothing
       returning key`,
      [call.actorId, key, call.operation, fingerprint, databaseNow(tx).toISOString()],
    );
    if (claimed.length === 0) {
      const [first] = await executeSql<{ operation: string; fingerprint: string; response: unknown; created_at: Date }>(
        tx,
        "select operation, fingerprint, response, created_at from idempotency_key where actor_id = $1 and key = $2",
        [call.actorId, key],
      );
      if (!first || first.fingerprint !== fingerprint || first.operation !== call.operation) {
        throw new DomainError(
          "IDEMPOTENCY_KEY_REUSED",
          `idempotencyKey "${key}" was already used${first ? ` for a different ${first.operation === call.operation ? "input" : `operation (${first.operation})`}` : ""}; send a new key for a new request`,
          ["idempotencyKey"],
        );
      }
      return codec.decode(first.response, tx);
    }
    const result = await run(tx);
    await executeSql(tx, "update idempotency_key set response = $3::jsonb where actor_id = $1 and key = $2", [
      call.actorId,
      key,
      JSON.stringify(codec.encode(result) ?? null),
    ]);
    return result;
  });
}

/** Forgets keys older than {@link idempotencyKeyLifetimeDays}; returns how many were removed. */
export async function purgeExpiredIdempotencyKeys(em: EntityManager, now: Date): Promise<number> {
  const removed = await executeSql<{ key: string }>(
    em,
    `delete from idempotency_key where created_at < $1::timestamptz - make_interval(days => $2) returning key`,
    [now.toISOString(), idempotencyKeyLifetimeDays],
  );
  return removed.length;
}
