import { OptimisticLockError, UniqueConstraintViolationException } from "@mikro-orm/core";
import { decideTransition, exceedsAuthority, promotionBudgetTotal, type BusinessPlanAction as WorkflowAction, type PlanContent, type PlanFacts } from "@beatplan/domain";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Customer } from "../customers/customer.entity.ts";
import { DomainError } from "../shared/domain-error.ts";
import { User } from "../org/user.entity.ts";
import { actorRelation, authorityLimitOf } from "./business-plan-access.ts";
import { BusinessPlanEvent } from "./business-plan-event.entity.ts";
import { BusinessPlanRevision } from "./business-plan-revision.entity.ts";
import type { BusinessPlanAction, BusinessPlanStatus } from "./business-plan-status.ts";
import { BusinessPlan } from "./business-plan.entity.ts";

/** Longest reason, note or review text. */
export const maxPlanTextLength = 4000;

/** Trims a required text and checks its length; VALIDATION on `field` otherwise. */
export function requiredText(value: string, field: string, maxLength = maxPlanTextLength): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > maxLength) throw new DomainError("VALIDATION", `${field} must be 1..${maxLength} characters, got ${trimmed.length}`, [field]);
  return trimmed;
}

/** Trims an optional text (empty becomes null) and checks its length. */
export function optionalText(value: string | null | undefined, field: string, maxLength = maxPlanTextLength): string | null {
  if (value == null) return null;
  const trimmed = value.trim();
  if (trimmed.length > maxLength) throw new DomainError("VALIDATION", `${field} must be at most ${maxLength} characters, got ${trimmed.length}`, field.split("."));
  return trimmed === "" ? null : trimmed;
}

/** The current revision of a plan (always exists: a plan is created with revision 1). */
export async function currentRevision(em: EntityManager, plan: BusinessPlan): Promise<BusinessPlanRevision> {
  return em.findOneOrFail(BusinessPlanRevision, { plan: plan.id, number: plan.currentRevisionNumber });
}

/** What the workflow needs to know about a plan, including whether its current revision is beyond the owner's authority. */
export async function planFacts(em: EntityManager, plan: BusinessPlan): Promise<PlanFacts> {
  const [revision, owner] = await Promise.all([currentRevision(em, plan), em.findOneOrFail(User, plan.owner.id)]);
  const limit = await authorityLimitOf(em, owner.id, owner.role);
  return {
    status: plan.status,
    currentRevisionNumber: plan.currentRevisionNumber,
    lastProposedRevisionNumber: plan.lastProposedRevisionNumber,
    needsApproval: exceedsAuthority(revision.content, limit),
  };
}

/**
 * Asks the workflow whether `user` may take `action` now; throws FORBIDDEN or INVALID_TRANSITION
 * (nothing written) when not, else returns the status the plan moves to.
 */
export async function authorise(em: EntityManager, plan: BusinessPlan, customer: Customer, user: User, action: WorkflowAction): Promise<BusinessPlanStatus> {
  const [facts, actor] = await Promise.all([planFacts(em, plan), actorRelation(em, user, customer, plan.owner.id)]);
  const decision = decideTransition(facts, action, actor);
  if (!decision.allowed) throw new DomainError(decision.code, decision.message);
  return decision.to as BusinessPlanStatus;
}

/** Adds revision `plan.currentRevisionNumber + 1` (1 for a new plan) and points the plan at it. */
export function addRevision(em: EntityManager, plan: BusinessPlan, author: User, content: PlanContent, changeNote: string | null, isFirst = false): BusinessPlanRevision {
  const number = isFirst ? 1 : plan.currentRevisionNumber + 1;
  const revision = Object.assign(new BusinessPlanRevision(), {
    number,
    changeNote,
    content,
    targetVolume: content.targetVolume,
    targetAmount: content.targetAmount,
    promotionBudget: promotionBudgetTotal(content),
  });
  revision.plan = em.getReference(BusinessPlan, plan.id, { wrapped: true });
  revision.author = em.getReference(User, author.id, { wrapped: true });
  plan.currentRevisionNumber = number;
  em.persist(revision);
  return revision;
}

/** Records a step in the plan's history and moves the plan to `to`. */
export function recordStep(em: EntityManager, plan: BusinessPlan, actor: User, action: BusinessPlanAction, from: BusinessPlanStatus | null, to: BusinessPlanStatus, note: string | null, progressFigures: BusinessPlanEvent["progressFigures"] = null): void {
  plan.status = to;
  const event = Object.assign(new BusinessPlanEvent(), { action, fromStatus: from, toStatus: to, revisionNumber: plan.currentRevisionNumber, note, progressFigures });
  event.plan = em.getReference(BusinessPlan, plan.id, { wrapped: true });
  event.actor = em.getReference(User, actor.id, { wrapped: true });
  em.persist(event);
}

/**
 * Writes the unit of work. The plan row is locked, so a version clash can only come from a
 * writer that bypassed the lock; it is still reported as CONFLICT, never as a server error.
 */
export async function flushPlan(em: EntityManager, plan: BusinessPlan, customer: Customer): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof OptimisticLockError) {
      throw new DomainError("CONFLICT", `business plan ${customer.code} ${plan.month.slice(0, 7)} was changed by someone else meanwhile; reload it and apply your change again`, ["expectedVersion"]);
    }
    if (error instanceof UniqueConstraintViolationException) {
      throw new DomainError("DUPLICATE", `customer ${customer.code} already has a business plan for ${plan.month.slice(0, 7)}`, ["month"], { reason: "DUPLICATE_MONTH", params: { customer: customer.code, month: plan.month.slice(0, 7) } });
    }
    throw error;
  }
}
