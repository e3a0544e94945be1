import type { EntityManager } from "@mikro-orm/postgresql";
import { issueSessionToken, normaliseEmail, type AuthSettings } from "../auth/auth.service.ts";
import { hashPassword, verifyPassword } from "../auth/password.ts";
import type { Scope } from "../auth/scope.ts";
import { endUserSessions } from "../auth/sessions.ts";
import { fromGlobalId } from "../shared/global-id.ts";
import { passwordProblem } from "../auth/password-policy.ts";
import { DomainError, DomainErrors } from "../shared/domain-error.ts";
import { Role } from "../org/role.ts";
import { User } from "../org/user.entity.ts";

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks an e-mail address and a display name; returns the normalised address and name, or the problems. */
export function checkIdentity(email: string, name: string | undefined): { email: string; name: string; problems: DomainError[] } {
  const problems: DomainError[] = [];
  const address = normaliseEmail(email);
  if (address.length > 320 || !emailPattern.test(address)) problems.push(new DomainError("VALIDATION", `email must be an e-mail address like name@example.com, got "${email}"`, ["email"]));
  const displayName = (name ?? "").trim() || address.split("@")[0] || address;
  if (displayName.length > 200) problems.push(new DomainError("VALIDATION", `name must be at most 200 characters, got ${displayName.length}`, ["name"]));
  return { email: address, name: displayName, problems };
}

/** Fails with DUPLICATE when a user already signs in with the address. */
export async function requireFreeEmail(em: EntityManager, email: string): Promise<void> {
  if (await em.count(User, { email })) throw new DomainError("DUPLICATE", `a user with the e-mail ${email} already exists`, ["email"]);
}

/**
 * Creates an administrator with a password (the operator tool behind `pnpm beatplan admin
 * create`); the password must pass the policy. Audited like every change.
 * @throws DomainErrors listing every problem with the input; DomainError DUPLICATE for a taken e-mail.
 */
export async function createAdministrator(em: EntityManager, input: { email: string; name?: string; password: string }): Promise<User> {
  const identity = checkIdentity(input.email, input.name);
  const problems = [...identity.problems];
  const weak = passwordProblem(input.password, identity.email);
  if (weak) problems.push(weak);
  if (problems.length > 0) throw new DomainErrors(problems);
  await requireFreeEmail(em, identity.email);
  const user = Object.assign(new User(), { email: identity.email, name: identity.name, role: Role.ADMIN, passwordHash: await hashPassword(input.password) });
  em.persist(user);
  await em.flush();
  return user;
}

/**
 * Deactivates a user (ADMIN): they can no longer sign in, and every session of theirs ends at
 * once, on every API instance. Deactivating again keeps the first time. Nobody deactivates
 * themselves (an administrator would lock themselves out).
 * @throws DomainError FORBIDDEN for other roles, NOT_FOUND for an unknown id, VALIDATION for oneself.
 */
export async function deactivateUser(em: EntityManager, scope: Scope, globalId: string, now: Date): Promise<User> {
  scope.require(scope.mayManageUsers(), "deactivate users (an ADMIN may)");
  const id = fromGlobalId("User", globalId, "id");
  if (id === scope.viewer?.userId) throw new DomainError("VALIDATION", "you cannot deactivate yourself; ask another administrator", ["id"]);
  return em.transactional(async (tx) => {
    const user = await tx.findOne(User, id);
    if (!user) throw new DomainError("NOT_FOUND", `no user with id ${globalId}`, ["id"]);
    user.deactivatedAt ??= now;
    await tx.flush();
    await endUserSessions(tx, user.id, "deactivated", now);
    return user;
  });
}

/**
 * Changes the signed-in user's own password after checking the current one; every session of
 * theirs ends (other devices must sign in again) and a new one is opened for this caller.
 * @throws DomainError UNAUTHENTICATED for a wrong current password, VALIDATION for a weak new one, FORBIDDEN for API tokens.
 */
export async function changeOwnPassword(em: EntityManager, scope: Scope, settings: AuthSettings, currentPassword: string, newPassword: string): Promise<string> {
  const viewer = scope.viewer;
  if (!viewer || viewer.apiTokenId || !viewer.sessionId) throw new DomainError("FORBIDDEN", "only a signed-in user has a password to change; API tokens have none");
  return em.transactional(async (tx) => {
    const user = await tx.findOne(User, viewer.userId);
    if (!user) throw new DomainError("NOT_FOUND", "the signed-in user no longer exists");
    if (!(await verifyPassword(currentPassword, user.passwordHash))) throw new DomainError("UNAUTHENTICATED", "the current password is wrong", ["currentPassword"]);
    const weak = passwordProblem(newPassword, user.email, "newPassword");
    if (weak) throw weak;
    if (newPassword === currentPassword) throw new DomainError("VALIDATION", "the new password must differ from the current one", ["newPassword"]);
    user.passwordHash = await hashPassword(newPassword);
    await tx.flush();
    const now = settings.now();
    await endUserSessions(tx, user.id, "password-changed", now);
    return issueSessionToken(tx, settings, user.id);
  });
}
