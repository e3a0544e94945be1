import type { EntityManager } from "@mikro-orm/postgresql";
import { recordBulkAudit } from "../audit/audit-subscriber.ts";
import { executeSql } from "../shared/sql.ts";
import { Role } from "../org/role.ts";
import { User } from "../org/user.entity.ts";
import { UserSession, type SessionEndReason } from "./user-session.entity.ts";
import type { Viewer } from "./viewer.ts";

/** Opens a session for the user (inside the caller's transaction when `em` is one); flushed by the caller. */
export function startSession(em: EntityManager, userId: string, now: Date, lifetimeSeconds: number): UserSession {
  const session = Object.assign(new UserSession(), {
    user: em.getReference(User, userId, { wrapped: true }),
    createdAt: now,
    expiresAt: new Date(now.getTime() + lifetimeSeconds * 1000),
  });
  em.persist(session);
  return session;
}

/** Ends one session of the user, with an audit entry; false when it was already ended or is not theirs. */
export async function endSession(em: EntityManager, sessionId: string, userId: string, reason: SessionEndReason, now: Date): Promise<boolean> {
  return em.transactional(async (tx) => {
    const rows = await executeSql<{ id: string }>(
      tx,
      "update user_session set ended_at = $3::timestamptz, end_reason = $4 where id = $1::uuid and user_id = $2::uuid and ended_at is null returning id",
      [sessionId, userId, now, reason],
    );
    if (rows.length === 0) return false;
    await recordBulkAudit(tx, { entityType: "UserSession", entityId: sessionId, changes: { endedAt: { from: null, to: now.toISOString() }, endReason: { from: null, to: reason } } });
    return true;
  });
}

/**
 * Ends every open session of the user at once (one statement, in the caller's transaction);
 * returns how many were open. The operation that calls it (deactivation, a password change)
 * is what the audit trail records.
 */
export async function endUserSessions(em: EntityManager, userId: string, reason: SessionEndReason, now: Date): Promise<number> {
  const rows = await executeSql<{ id: string }>(
    em,
    "update user_session set ended_at = $2::timestamptz, end_reason = $3 where user_id = $1::uuid and ended_at is null returning id",
    [userId, now, reason],
  );
  return rows.length;
}

/** What a session says about its viewer: who it is, or why the token no longer counts. */
export type SessionState = { viewer: Viewer; problem?: undefined } | { viewer?: undefined; problem: string };

const endMessages: Record<SessionEndReason, string> = {
  logout: "you signed out with this token; sign in again",
  deactivated: "the account has been deactivated",
  "password-changed": "the password was changed; sign in again with the new password",
  "password-reset": "the password was reset; set a new one with the link from your administrator",
};

/**
 * Reads a session with its user and the territories their role works in, in one statement.
 * Expiry is the token's own (checked before); this answers whether the session still counts.
 */
export async function readSessionState(em: EntityManager, sessionId: string, userId: string): Promise<SessionState> {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  if (!uuid.test(sessionId) || !uuid.test(userId)) return { problem: "the sign-in token is not valid; sign in again" };
  const [row] = await executeSql<{ id: string; email: string; role: Role; deactivated: boolean; end_reason: SessionEndReason | null; territory_ids: string[] }>(
    em,
    `select u.id, u.email, u.role, u.deactivated_at is not null as deactivated, s.end_reason,
            coalesce(array_agg(m.territory_id order by m.territory_id) filter (where m.membership = u.role), '{}') as territory_ids
     from user_session s join app_user u on u.id = s.user_id left join territory_member m on m.user_id = u.id
     where s.id = $1::uuid and s.user_id = $2::uuid group by u.id, s.id`,
    [sessionId, userId],
  );
  if (!row) return { problem: "the signed-in user or session no longer exists; sign in again" };
  if (row.deactivated) return { problem: endMessages.deactivated };
  if (row.end_reason) return { problem: endMessages[row.end_reason] ?? "the session has ended; sign in again" };
  return { viewer: { userId: row.id, sessionId, role: row.role, territoryIds: row.role === Role.ADMIN ? [] : row.territory_ids, label: row.email } };
}
