import type { SessionState } from "./sessions.ts";

/** How long a cached session stays trusted without any notification: the safety net's delay. */
export const sessionCacheTtlMs = 5_000;

/** Most sessions kept; the oldest is dropped beyond that. */
export const sessionCacheSize = 20_000;

interface Entry {
  userId: string;
  state: SessionState;
  storedAt: number;
}

/** A ticket taken before reading a session from the database; storing with it fails if anything changed meanwhile. */
export interface CacheTicket {
  readonly generation: number;
}

/**
 * The API process's memory of sessions, their viewer and scope, so that a request needs no
 * statement to know who is asking. Entries are dropped when PostgreSQL notifies a change of the
 * user, their memberships or their sessions (see viewer-change-listener.ts), after
 * {@link sessionCacheTtlMs} in any case, and all at once after the notification connection was
 * lost; while it is down nothing is cached or answered from memory (correctness first).
 *
 * A read that raced with a change is not stored: {@link ticket} before the read, {@link store}
 * after it, and any invalidation in between makes the store a no-op.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  private readonly sessionsByUser = new Map<string, Set<string>>();
  private generation = 0;
  private live: () => boolean = () => false;
  private readonly clock: () => number;
  private readonly ttlMs: number;
  private readonly waiters = new Map<string, Set<() => void>>();

  /** `clock` is monotonic milliseconds (default: performance.now). */
  constructor(options: { ttlMs?: number; clock?: () => number } = {}) {
    this.ttlMs = options.ttlMs ?? sessionCacheTtlMs;
    this.clock = options.clock ?? (() => performance.now());
  }

  /** Whether changes are being heard, so that entries may be kept. */
  get listening(): boolean {
    return this.live();
  }

  /** Tells the cache how to know whether changes are heard; until then (and whenever it says no) nothing is cached. */
  heardWhile(listening: () => boolean): void {
    this.clear();
    this.live = listening;
  }

  /** The cached state of a session, if fresh. */
  get(sessionId: string): SessionState | undefined {
    if (!this.live()) return undefined;
    const entry = this.entries.get(sessionId);
    if (!entry) return undefined;
    if (this.clock() - entry.storedAt > this.ttlMs) {
      this.delete(sessionId, entry.userId);
      return undefined;
    }
    return entry.state;
  }

  /** Taken before reading a session from the database. */
  ticket(): CacheTicket {
    return { generation: this.generation };
  }

  /** Remembers what was read, unless something changed since `ticket` was taken. */
  store(ticket: CacheTicket, sessionId: string, userId: string, state: SessionState): void {
    if (!this.live() || ticket.generation !== this.generation) return;
    if (this.entries.size >= sessionCacheSize && !this.entries.has(sessionId)) {
      const oldest = this.entries.entries().next().value;
      if (oldest) this.delete(oldest[0], oldest[1].userId);
    }
    this.entries.set(sessionId, { userId, state, storedAt: this.clock() });
    const sessions = this.sessionsByUser.get(userId) ?? new Set<string>();
    sessions.add(sessionId);
    this.sessionsByUser.set(userId, sessions);
  }

  /** Forgets every session of the user (their account, memberships or sessions changed). */
  forgetUser(userId: string): void {
    this.generation += 1;
    for (const sessionId of this.sessionsByUser.get(userId) ?? []) this.entries.delete(sessionId);
    this.sessionsByUser.delete(userId);
  }

  /** A notification said the user changed: forgets their sessions and wakes whoever waits for it. */
  heard(userId: string): void {
    this.forgetUser(userId);
    for (const wake of this.waiters.get(userId) ?? []) wake();
  }

  /**
   * Runs a change of the user's account, memberships or sessions, then waits (up to
   * `timeoutMs`) until this process has heard PostgreSQL's notification of it: every instance
   * is notified at the same commit, so by the time the caller gets its answer the others have
   * heard it too, and the user's next request anywhere is judged on the new state. The user's
   * sessions are dropped here in any case. A change that fails waits for nothing.
   */
  async changing<Result>(userId: string, work: () => Promise<Result>, timeoutMs = 2_000): Promise<Result> {
    let wake: () => void = () => undefined;
    const noticed = new Promise<void>((resolve) => (wake = resolve));
    const waiting = this.waiters.get(userId) ?? new Set<() => void>();
    waiting.add(wake);
    this.waiters.set(userId, waiting);
    try {
      const result = await work();
      if (this.live()) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([noticed, new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
        clearTimeout(timer);
      }
      return result;
    } finally {
      waiting.delete(wake);
      if (waiting.size === 0) this.waiters.delete(userId);
      this.forgetUser(userId);
    }
  }

  /** Forgets everything. */
  clear(): void {
    this.generation += 1;
    this.entries.clear();
    this.sessionsByUser.clear();
  }

  /** How many sessions are cached (for tests and diagnostics). */
  get size(): number {
    return this.entries.size;
  }

  private delete(sessionId: string, userId: string): void {
    this.entries.delete(sessionId);
    const sessions = this.sessionsByUser.get(userId);
    sessions?.delete(sessionId);
    if (sessions?.size === 0) this.sessionsByUser.delete(userId);
  }
}

declare module "../shared/context.ts" {
  interface GraphQLContext {
    /** The process's session cache: operations that end sessions or change a viewer drop them here at once. */
    sessions: SessionCache;
  }
}
