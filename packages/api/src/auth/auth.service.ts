import type { EntityManager } from "@mikro-orm/postgresql";
import { DomainError } from "../shared/domain-error.ts";
import { User } from "../org/user.entity.ts";
import { apiTokenPrefix, viewerFromApiToken } from "../tokens/api-token.service.ts";
import { checkLoginLock, loginLimits, recordLoginAttempt } from "./login-rate-limit.ts";
import { hashPassword, verifyPassword } from "./password.ts";
import type { SessionCache } from "./session-cache.ts";
import { readSessionState, startSession } from "./sessions.ts";
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
    // A deactivated user is refused like a wrong password: the answer tells nothing about the account.
    const signedIn = Boolean(user && matches && !user.deactivatedAt);
    await recordLoginAttempt(tx, address, ip, signedIn, now);
    if (!signedIn || !user) return { user: undefined } as const;
    const session = startSession(tx, user.id, now, settings.tokenLifetimeSeconds);
    await tx.flush();
    return { user, sessionId: session.id } as const;
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
  return { token: await signToken(outcome.user.id, outcome.sessionId, settings.secret, now, settings.tokenLifetimeSeconds), user: outcome.user };
}

/** Opens a new session for a user who proved who they are (e.g. by changing their password) and signs its token. */
export async function issueSessionToken(em: EntityManager, settings: AuthSettings, userId: string): Promise<string> {
  const now = settings.now();
  const session = startSession(em, userId, now, settings.tokenLifetimeSeconds);
  await em.flush();
  return signToken(userId, session.id, settings.secret, now, settings.tokenLifetimeSeconds);
}

/**
 * Resolves the viewer of a request from its `Authorization` header; `problem` says why there is
 * none. A sign-in token's session, user and scope come from `sessions` when cached there, else
 * from one statement (then cached); API tokens are looked up every time.
 */
export async function viewerFromAuthorization(
  em: EntityManager,
  settings: AuthSettings,
  authorization: string | undefined,
  sessions?: SessionCache,
): Promise<{ viewer?: Viewer; problem?: string }> {
  if (!authorization) return {};
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match?.[1]) return { problem: "the Authorization header must be \"Bearer <token>\"" };
  const token = match[1];
  if (token.startsWith(apiTokenPrefix)) return viewerFromApiToken(em, token, settings.now());
  const claims = await verifyToken(token, settings.secret, settings.now());
  if (typeof claims === "string") return { problem: claims === "expired" ? "the sign-in token has expired; sign in again" : "the sign-in token is not valid; sign in again" };
  const cached = sessions?.get(claims.sid);
  if (cached) return cached;
  const ticket = sessions?.ticket();
  const state = await readSessionState(em, claims.sid, claims.sub);
  if (sessions && ticket) sessions.store(ticket, claims.sid, claims.sub, state);
  return state;
}
