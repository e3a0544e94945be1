import type { EntityManager } from "@mikro-orm/postgresql";
import { executeSql } from "../shared/sql.ts";
import { DomainError } from "../shared/domain-error.ts";
import { Role } from "../org/role.ts";
import { User } from "../org/user.entity.ts";
import { apiTokenPrefix, viewerFromApiToken } from "../tokens/api-token.service.ts";
import { checkLoginLock, loginLimits, recordLoginAttempt } from "./login-rate-limit.ts";
import { hashPassword, verifyPassword } from "./password.ts";
import { signToken, verifyToken } from "./token.ts";
import type { Viewer } from "./viewer.ts";

/** Token signing settings. */
export interface AuthSettings {
  secret: string;
  tokenLifetimeSeconds: number;
  /** The clock; tests pass a fixed one. */
  now: () => Date;
}

// Compared against when the e-mail is unknown, so that unknown and known e-mails take the same time.
const unknownUserHash = hashPassword("unknown user placeholder");

/** Normalises an e-mail address for storage and lookup. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks credentials and issues a token. Attempts are recorded in PostgreSQL, so the limits
 * hold across API instances: after {@link loginLimits.failuresPerAccount} failures within
 * {@link loginLimits.windowMinutes} minutes the account is locked for that window, and an
 * address with {@link loginLimits.failuresPerIp} failures is refused too.
 * @throws DomainError UNAUTHENTICATED with the same message for unknown e-mail and wrong password; LOCKED when locked.
 */
export async function login(em: EntityManager, settings: AuthSettings, email: string, password: string, ip = "unknown"): Promise<{ token: string; user: User }> {
  const address = normaliseEmail(email);
  const now = settings.now();
  const outcome = await em.transactional(async (tx) => {
    const lock = await checkLoginLock(tx, address, ip, now);
    // A locked attempt is not recorded, so the lock ends one window after the failures that caused it.
    if (lock) return { lock } as const;
    const user = await tx.findOne(User, { email: address });
    const matches = await verifyPassword(password, user?.passwordHash ?? (await unknownUserHash));
    await recordLoginAttempt(tx, address, ip, Boolean(user && matches), now);
    return { user: user && matches ? user : undefined } as const;
  });
  if ("lock" in outcome) {
    throw new DomainError(
      "LOCKED",
      outcome.lock === "account"
        ? `too many failed sign-ins for this account (${loginLimits.failuresPerAccount} within ${loginLimits.windowMinutes} minutes); try again in ${loginLimits.windowMinutes} minutes`
        : `too many failed sign-ins from your network address (${loginLimits.failuresPerIp} within ${loginLimits.windowMinutes} minutes); try again later`,
      ["email"],
    );
  }
  if (!outcome.user) throw new DomainError("UNAUTHENTICATED", "e-mail or password is wrong", ["password"]);
  return { token: await signToken(outcome.user.id, settings.secret, now, settings.tokenLifetimeSeconds), user: outcome.user };
}

/** Loads a user with the territories their role works in, as a viewer; undefined when the user is gone. */
export async function viewerForUser(em: EntityManager, userId: string): Promise<Viewer | undefined> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(userId)) return undefined;
  const [row] = await executeSql<{ id: string; email: string; role: Role; territory_ids: string[] }>(
    em,
    `select u.id, u.email, u.role,
            coalesce(array_agg(m.territory_id order by m.territory_id) filter (where m.membership = u.role), '{}') as territory_ids
     from app_user u left join territory_member m on m.user_id = u.id
     where u.id = $1::uuid group by u.id`,
    [userId],
  );
  if (!row) return undefined;
  return { userId: row.id, role: row.role, territoryIds: row.role === Role.ADMIN ? [] : row.territory_ids, label: row.email };
}

/** Resolves the viewer of a request from its `Authorization` header; `problem` says why there is none. */
export async function viewerFromAuthorization(em: EntityManager, settings: AuthSettings, authorization: string | undefined): Promise<{ viewer?: Viewer; problem?: string }> {
  if (!authorization) return {};
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match?.[1]) return { problem: "the Authorization header must be \"Bearer <token>\"" };
  const token = match[1];
  if (token.startsWith(apiTokenPrefix)) return viewerFromApiToken(em, token, settings.now());
  const claims = await verifyToken(token, settings.secret, settings.now());
  if (typeof claims === "string") return { problem: claims === "expired" ? "the sign-in token has expired; sign in again" : "the sign-in token is not valid; sign in again" };
  const viewer = await viewerForUser(em, claims.sub);
  if (!viewer) return { problem: "the signed-in user no longer exists" };
  return { viewer };
}
