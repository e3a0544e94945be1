import type { EntityManager } from "@mikro-orm/postgresql";
import { executeSql } from "../shared/sql.ts";

/** Sliding-window limits on failed sign-ins, shared by every API instance through PostgreSQL. */
export const loginLimits = {
  windowMinutes: 15,
  /** Failures of one account (known or not) within the window before it is locked. */
  failuresPerAccount: 5,
  /** Failures from one network address within the window, across all accounts. */
  failuresPerIp: 50,
  /** How long attempts are kept. */
  retentionHours: 24,
} as const;

/** Why sign-in is refused before the password is even checked; undefined when it may go ahead. */
export type LoginLock = "account" | "ip" | undefined;

/**
 * Serialises sign-ins from one network address, and of one account, across instances
 * (transaction-scoped advisory locks, always the address's first so that two sign-ins never
 * wait for each other crosswise) and tells whether either is locked. Must run inside the
 * transaction that records the attempt: the check and the count are then one atomic step, so
 * parallel failures from one address get exactly {@link loginLimits.failuresPerIp} password checks.
 */
export async function checkLoginLock(tx: EntityManager, email: string, ip: string, now: Date): Promise<LoginLock> {
  // The two-integer key space of advisory locks does not overlap the one-bigint space of the account's lock.
  await executeSql(tx, "select pg_advisory_xact_lock(hashtext('beatplan-login-ip'), hashtext($1))", [ip]);
  await executeSql(tx, "select pg_advisory_xact_lock(hashtext('beatplan-login:' || $1))", [email]);
  const since = new Date(now.getTime() - loginLimits.windowMinutes * 60_000);
  // A success clears the account's earlier failures.
  const [counts] = await executeSql<{ account_failures: number; ip_failures: number }>(
    tx,
    `select
       (select count(*) from login_attempt
        where email = $1 and not succeeded and attempted_at > greatest($3::timestamptz,
          coalesce((select max(attempted_at) from login_attempt where email = $1 and succeeded), '-infinity'::timestamptz)))::int as account_failures,
       (select count(*) from login_attempt where ip = $2 and not succeeded and attempted_at > $3::timestamptz)::int as ip_failures`,
    [email, ip, since],
  );
  if ((counts?.account_failures ?? 0) >= loginLimits.failuresPerAccount) return "account";
  if ((counts?.ip_failures ?? 0) >= loginLimits.failuresPerIp) return "ip";
  return undefined;
}

/** Records an attempt and drops a batch of attempts older than the retention, oldest first. */
export async function recordLoginAttempt(tx: EntityManager, email: string, ip: string, succeeded: boolean, now: Date): Promise<void> {
  const expired = new Date(now.getTime() - loginLimits.retentionHours * 3_600_000);
  // A bounded batch per sign-in keeps every sign-in cheap and still outpaces any flood of new attempts.
  await executeSql(
    tx,
    "delete from login_attempt where id in (select id from login_attempt where attempted_at < $1::timestamptz order by attempted_at limit 20)",
    [expired],
  );
  await executeSql(tx, "insert into login_attempt (email, ip, succeeded, attempted_at) values ($1, $2, $3, $4::timestamptz)", [email, ip, succeeded, now]);
}
