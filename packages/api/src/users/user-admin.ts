import { OptimisticLockError, UniqueConstraintViolationException } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { issueSessionToken, type AuthSettings } from "../auth/auth.service.ts";
import { hashPassword } from "../auth/password.ts";
import { passwordProblem } from "../auth/password-policy.ts";
import type { Scope } from "../auth/scope.ts";
import { endUserSessions } from "../auth/sessions.ts";
import { Role, TerritoryMembership } from "../org/role.ts";
import { TerritoryMember } from "../org/territory-member.entity.ts";
import { Territory } from "../org/territory.entity.ts";
import { User } from "../org/user.entity.ts";
import { DomainError, DomainErrors } from "../shared/domain-error.ts";
import { fromGlobalId } from "../shared/global-id.ts";
import { findUsablePasswordToken, issuePasswordToken } from "./password-tokens.ts";
import { checkIdentity, requireFreeEmail } from "./user-accounts.ts";

/** A new user as an administrator enters them. */
export interface NewUser {
  email: string;
  name: string;
  role: Role;
  /** Global Territory IDs: the territories a REP works in or a MANAGER manages; none for ADMIN. */
  territoryIds: readonly string[];
}

/** Changes to a user; absent fields stay as they are. */
export interface UserChanges {
  id: string;
  expectedVersion: number;
  email?: string | null;
  name?: string | null;
  role?: Role | null;
  territoryIds?: readonly string[] | null;
}

/** Resolves territory IDs to active territories, reporting each bad one; ADMIN takes none. */
async function territoriesFor(em: EntityManager, role: Role, territoryIds: readonly string[], problems: DomainError[]): Promise<string[]> {
  if (role === Role.ADMIN) {
    if (territoryIds.length > 0) problems.push(new DomainError("VALIDATION", `an ADMIN sees every territory, so territoryIds must be empty, got ${territoryIds.length}`, ["territoryIds"]));
    return [];
  }
  const uuids: string[] = [];
  territoryIds.forEach((globalId, index) => {
    try {
      uuids.push(fromGlobalId("Territory", globalId, `territoryIds.${index}`));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      problems.push(new DomainError("VALIDATION", error.message, ["territoryIds", String(index)]));
    }
  });
  if (uuids.length === 0) return [];
  const found = new Map((await em.find(Territory, { id: { $in: uuids } })).map((territory) => [territory.id, territory]));
  uuids.forEach((uuid, index) => {
    const territory = found.get(uuid);
    if (!territory) problems.push(new DomainError("NOT_FOUND", `territoryIds.${index} names no territory (${territoryIds[index]})`, ["territoryIds", String(index)]));
    else if (territory.archivedAt) problems.push(new DomainError("VALIDATION", `territory ${territory.code} is archived and takes no members`, ["territoryIds", String(index)]));
  });
  return [...new Set(uuids)];
}

/** Replaces the user's memberships by those of `role` in `territoryUuids` (audited row by row). */
async function setMemberships(em: EntityManager, user: User, role: Role, territoryUuids: readonly string[]): Promise<void> {
  const existing = await em.find(TerritoryMember, { user: user.id });
  const membership = role === Role.MANAGER ? TerritoryMembership.MANAGER : TerritoryMembership.REP;
  const wanted = new Set(role === Role.ADMIN ? [] : territoryUuids);
  for (const member of existing) {
    if (member.membership !== membership || !wanted.has(member.territory.id)) em.remove(member);
    else wanted.delete(member.territory.id);
  }
  for (const territoryId of wanted) {
    em.persist(Object.assign(new TerritoryMember(), { user: em.getReference(User, user.id, { wrapped: true }), territory: em.getReference(Territory, territoryId, { wrapped: true }), membership }));
  }
}

/**
 * Creates a user without a password (ADMIN) and returns a one-time set-password token, shown
 * once: the administrator hands it to the person, who sets their password with `setPassword`.
 */
export async function createUser(em: EntityManager, scope: Scope, input: NewUser, now: Date): Promise<{ user: User; setPasswordToken: string }> {
  scope.require(scope.mayManageUsers(), "create users (an ADMIN may)");
  const identity = checkIdentity(input.email, input.name);
  const problems = [...identity.problems];
  if (input.name.trim().length === 0) problems.push(new DomainError("VALIDATION", "name must be 1..200 characters, got 0", ["name"]));
  const territoryUuids = await territoriesFor(em, input.role, input.territoryIds, problems);
  if (problems.length > 0) throw new DomainErrors(problems);
  await requireFreeEmail(em, identity.email);
  try {
    return await em.transactional(async (tx) => {
      // No password until the person sets one: an empty hash matches nothing.
      const user = Object.assign(new User(), { email: identity.email, name: identity.name, role: input.role, passwordHash: "" });
      tx.persist(user);
      await tx.flush();
      await setMemberships(tx, user, input.role, territoryUuids);
      const setPasswordToken = await issuePasswordToken(tx, user.id, now);
      await tx.flush();
      return { user, setPasswordToken };
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new DomainError("DUPLICATE", `a user with the e-mail ${identity.email} already exists`, ["email"]);
    throw error;
  }
}

async function findUserForWrite(em: EntityManager, globalId: string, expectedVersion?: number): Promise<User> {
  const id = fromGlobalId("User", globalId, "id");
  const user = await em.findOne(User, id);
  if (!user) throw new DomainError("NOT_FOUND", `no user with id ${globalId}`, ["id"]);
  if (expectedVersion !== undefined && user.version !== expectedVersion) {
    throw new DomainError("CONFLICT", `user ${user.email} is at version ${user.version}, not the expected ${expectedVersion}; reload it and apply your change again`, ["expectedVersion"]);
  }
  return user;
}

/**
 * Changes a user's e-mail, name, role and territories (ADMIN) when still at `expectedVersion`.
 * A new role or territory list replaces the memberships; an administrator cannot take away
 * their own ADMIN role.
 */
export async function updateUser(em: EntityManager, scope: Scope, input: UserChanges): Promise<User> {
  scope.require(scope.mayManageUsers(), "change users (an ADMIN may)");
  try {
    return await em.transactional(async (tx) => {
      const user = await findUserForWrite(tx, input.id, input.expectedVersion);
      const problems: DomainError[] = [];
      for (const required of ["email", "name", "role"] as const) {
        if (input[required] === null) problems.push(new DomainError("VALIDATION", `${required} cannot be removed (null)`, [required]));
      }
      const identity = checkIdentity(input.email ?? user.email, input.name ?? user.name);
      if (input.name != null && input.name.trim().length === 0) problems.push(new DomainError("VALIDATION", "name must be 1..200 characters, got 0", ["name"]));
      problems.push(...identity.problems);
      const role = input.role ?? user.role;
      if (user.id === scope.viewer?.userId && role !== Role.ADMIN) problems.push(new DomainError("VALIDATION", "you cannot take away your own ADMIN role; ask another administrator", ["role"]));
      const roleChanged = role !== user.role;
      let territoryUuids: string[] | undefined;
      if (input.territoryIds != null || roleChanged) {
        const current = (await tx.find(TerritoryMember, { user: user.id })).map((member) => member.territory.id);
        territoryUuids = input.territoryIds != null ? await territoriesFor(tx, role, input.territoryIds, problems) : role === Role.ADMIN ? [] : [...new Set(current)];
      }
      if (problems.length > 0) throw new DomainErrors(problems);
      if (identity.email !== user.email) await requireFreeEmail(tx, identity.email);
      Object.assign(user, { email: identity.email, name: identity.name, role });
      if (territoryUuids) await setMemberships(tx, user, role, territoryUuids);
      await tx.flush();
      return user;
    });
  } catch (error) {
    if (error instanceof OptimisticLockError) throw new DomainError("CONFLICT", "the user was changed by someone else meanwhile; reload it and apply your change again", ["expectedVersion"]);
    if (error instanceof UniqueConstraintViolationException) throw new DomainError("DUPLICATE", `a user with the e-mail ${input.email?.trim().toLowerCase()} already exists`, ["email"]);
    throw error;
  }
}

/**
 * Resets a user's password (ADMIN): the old password stops working, every session of theirs
 * ends, and a new one-time set-password token is returned.
 */
export async function resetUserPassword(em: EntityManager, scope: Scope, globalId: string, now: Date): Promise<{ user: User; setPasswordToken: string }> {
  scope.require(scope.mayManageUsers(), "reset passwords (an ADMIN may)");
  return em.transactional(async (tx) => {
    const user = await findUserForWrite(tx, globalId);
    user.passwordHash = "";
    await tx.flush();
    await endUserSessions(tx, user.id, "password-reset", now);
    const setPasswordToken = await issuePasswordToken(tx, user.id, now);
    await tx.flush();
    return { user, setPasswordToken };
  });
}

/**
 * Sets a password with a one-time token from createUser or resetUserPassword (no sign-in
 * needed); the token is used up, and a sign-in token for a new session is returned.
 * @throws DomainError UNAUTHENTICATED for an unknown, used or expired token; VALIDATION for a weak password.
 */
export async function setPasswordWithToken(em: EntityManager, settings: AuthSettings, token: string, password: string): Promise<{ user: User; token: string }> {
  const now = settings.now();
  return em.transactional(async (tx) => {
    const found = await findUsablePasswordToken(tx, token, now);
    if (!found) throw new DomainError("UNAUTHENTICATED", "the set-password token is not valid, was already used or has expired; ask an administrator for a new one", ["token"]);
    const user = found.user.getEntity();
    if (user.deactivatedAt) throw new DomainError("UNAUTHENTICATED", "the account has been deactivated", ["token"]);
    const weak = passwordProblem(password, user.email);
    if (weak) throw weak;
    user.passwordHash = await hashPassword(password);
    found.usedAt = now;
    await tx.flush();
    return { user, token: await issueSessionToken(tx, settings, user.id) };
  });
}
