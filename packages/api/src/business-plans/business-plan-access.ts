import { LockMode } from "@mikro-orm/core";
import type { PlanActor } from "@beatplan/domain";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Scope } from "../auth/scope.ts";
import type { Viewer } from "../auth/viewer.ts";
import { Customer } from "../customers/customer.entity.ts";
import { DomainError } from "../shared/domain-error.ts";
import { fromGlobalId } from "../shared/global-id.ts";
import { Role, TerritoryMembership } from "../org/role.ts";
import { TerritoryMember } from "../org/territory-member.entity.ts";
import { User } from "../org/user.entity.ts";
import { AuthorityLimit } from "./authority-limit.entity.ts";
import { BusinessPlan } from "./business-plan.entity.ts";

/** Who is asking and what day it is where the business runs; passed to every plan service. */
export interface PlanRequest {
  scope: Scope;
  viewer: Viewer | undefined;
  /** "YYYY-MM-DD" in the business's time zone. */
  today: string;
}

/** Built-in promotion-budget authority when no authority_limit row applies (the migration seeds the same values). */
export const defaultAuthorityLimits: Record<Role, string> = { [Role.REP]: "10000.00", [Role.MANAGER]: "100000.00", [Role.ADMIN]: "100000000.00" };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The user a plan change is recorded against. Plans are the work of people: an API token (whose
 * id names no user) may read plans but not change them.
 */
export async function actingUser(em: EntityManager, request: PlanRequest): Promise<User> {
  const viewer = request.viewer;
  const user = viewer && uuidPattern.test(viewer.userId) ? await em.findOne(User, viewer.userId) : null;
  if (!user) throw new DomainError("FORBIDDEN", "business plans are changed by signed-in users only, not by API tokens");
  return user;
}

/** How `user` relates to a plan of `customer` owned by `ownerId`. */
export async function actorRelation(em: EntityManager, user: User, customer: Customer, ownerId: string): Promise<PlanActor> {
  if (user.role === Role.ADMIN) return "ADMIN";
  if (user.id === ownerId) return "OWNER";
  if (user.role === Role.MANAGER) {
    const membership = await em.findOne(TerritoryMember, { user: user.id, territory: customer.territory.id, membership: TerritoryMembership.MANAGER });
    if (membership) return "TERRITORY_MANAGER";
  }
  return "OTHER";
}

/** A visible customer by id, or NOT_FOUND on `field`; customers outside the viewer's scope do not exist for them. */
export async function findVisibleCustomer(em: EntityManager, scope: Scope, customerUuid: string, field: string, shownId: string): Promise<Customer> {
  const customer = await em.findOne(Customer, { $and: [{ id: customerUuid }, scope.customerWhere()] });
  if (!customer) throw new DomainError("NOT_FOUND", `no customer with id ${shownId}`, [field]);
  return customer;
}

/**
 * Loads a plan for a change and locks its row until the transaction ends, so that concurrent
 * changes of the same plan run one after the other and the later one sees the new version.
 * Plans of customers outside the scope are NOT_FOUND; a version other than `expectedVersion` is CONFLICT.
 */
export async function lockPlanForWrite(em: EntityManager, scope: Scope, globalId: string, expectedVersion: number): Promise<{ plan: BusinessPlan; customer: Customer }> {
  const id = fromGlobalId("BusinessPlan", globalId, "id");
  const plan = await em.findOne(BusinessPlan, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  const customer = plan ? await em.findOne(Customer, { $and: [{ id: plan.customer.id }, scope.customerWhere()] }) : null;
  if (!plan || !customer) throw new DomainError("NOT_FOUND", `no business plan with id ${globalId}`, ["id"]);
  if (plan.version !== expectedVersion) {
    throw new DomainError(
      "CONFLICT",
      `business plan ${customer.code} ${plan.month.slice(0, 7)} is at version ${plan.version}, not the expected ${expectedVersion}; reload it and apply your change again`,
      ["expectedVersion"],
    );
  }
  return { plan, customer };
}

/** The promotion budget the user may commit without approval: their own limit, else their role's, else the built-in default. */
export async function authorityLimitOf(em: EntityManager, userId: string, role: Role): Promise<string> {
  const limits = await em.find(AuthorityLimit, { $or: [{ user: userId }, { role }] });
  const own = limits.find((limit) => limit.user?.id === userId);
  const ofRole = limits.find((limit) => limit.role === role);
  return (own ?? ofRole)?.promotionBudget ?? defaultAuthorityLimits[role];
}
