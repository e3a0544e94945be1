import type { EntityManager } from "@mikro-orm/postgresql";
import { DomainError } from "../graphql/domain-error.ts";
import { User } from "../org/user.entity.ts";
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
 * Checks credentials and issues a token.
 * @throws DomainError UNAUTHENTICATED with the same message for unknown e-mail and wrong password.
 */
export async function login(em: EntityManager, settings: AuthSettings, email: string, password: string): Promise<{ token: string; user: User }> {
  const user = await em.findOne(User, { email: normaliseEmail(email) });
  const matches = await verifyPassword(password, user?.passwordHash ?? (await unknownUserHash));
  if (!user || !matches) throw new DomainError("UNAUTHENTICATED", "e-mail or password is wrong", ["password"]);
  return { token: signToken(user.id, settings.secret, settings.now(), settings.tokenLifetimeSeconds), user };
}

/** Resolves the viewer of a request from its `Authorization` header; `problem` says why there is none. */
export async function viewerFromAuthorization(em: EntityManager, settings: AuthSettings, authorization: string | undefined): Promise<{ viewer?: Viewer; problem?: string }> {
  if (!authorization) return {};
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match?.[1]) return { problem: "the Authorization header must be \"Bearer <token>\"" };
  const claims = verifyToken(match[1], settings.secret, settings.now());
  if (typeof claims === "string") return { problem: claims === "expired" ? "the sign-in token has expired; sign in again" : "the sign-in token is not valid; sign in again" };
  const user = await em.findOne(User, { id: claims.sub });
  if (!user) return { problem: "the signed-in user no longer exists" };
  return { viewer: { userId: user.id, role: user.role } };
}
