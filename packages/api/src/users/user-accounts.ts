import type { EntityManager } from "@mikro-orm/postgresql";
import { normaliseEmail } from "../auth/auth.service.ts";
import { hashPassword } from "../auth/password.ts";
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
