import type { EntityManager } from "@mikro-orm/postgresql";
import { Role } from "../org/role.ts";
import { parseGlobalId } from "../shared/global-id.ts";
import { executeSql } from "../shared/sql.ts";
import type { GraphQLContext } from "../shared/context.ts";
import { DomainError } from "../shared/domain-error.ts";
import { PlannedVisit } from "./planned-visit.entity.ts";
import { VisitPlanJob } from "./visit-plan-job.entity.ts";
import { VisitPlan } from "./visit-plan.entity.ts";

/** A plan by id; null when missing or outside the viewer's territories (a rep sees their territory's plans). */
export async function findVisitPlan(context: Pick<GraphQLContext, "em" | "scope">, uuid: string): Promise<VisitPlan | null> {
  const plan = await context.em.findOne(VisitPlan, { id: uuid });
  return plan && context.scope.seesTerritory(plan.territory.id) ? plan : null;
}

/** A job by id; null when missing or outside the viewer's territories. */
export async function findVisitPlanJob(context: Pick<GraphQLContext, "em" | "scope">, uuid: string): Promise<VisitPlanJob | null> {
  const job = await context.em.findOne(VisitPlanJob, { id: uuid });
  return job && context.scope.seesTerritory(job.territory.id) ? job : null;
}

/** A planned visit by id; null when missing or outside the viewer's territories. */
export async function findPlannedVisit(context: Pick<GraphQLContext, "em" | "scope">, uuid: string): Promise<PlannedVisit | null> {
  const visit = await context.em.findOne(PlannedVisit, { id: uuid });
  return visit && context.scope.seesTerritory(visit.territory.id) ? visit : null;
}

/**
 * A plan the viewer changes (activates, moves a stop in), locked for the rest of the transaction
 * and checked against the version they read.
 * @throws DomainError NOT_FOUND, FORBIDDEN (reps), CONFLICT (another version).
 */
export async function planForChange(tx: EntityManager, context: Pick<GraphQLContext, "viewer" | "scope">, planId: string, expectedVersion: number): Promise<VisitPlan> {
  const parsed = parseGlobalId(planId);
  const plan = parsed?.type === "VisitPlan" ? await findVisitPlan({ em: tx, scope: context.scope }, parsed.uuid) : null;
  if (!plan) throw new DomainError("NOT_FOUND", "visit plan not found", ["planId"]);
  assertMayPlan(context, plan.territory.id);
  await executeSql(tx, "select id from visit_plan where id = $1 for update", [plan.id]);
  await tx.refresh(plan);
  if (plan.version !== expectedVersion) {
    throw new DomainError("CONFLICT", `the plan changed since you read it: it is at version ${plan.version}, you sent ${expectedVersion}`, ["expectedVersion"]);
  }
  return plan;
}

/**
 * Only admins and the territory's managers generate, activate, change or cancel plans.
 * @throws DomainError NOT_FOUND outside the viewer's territories (as for a missing one), FORBIDDEN for reps.
 */
export function assertMayPlan(context: Pick<GraphQLContext, "viewer" | "scope">, territoryId: string): void {
  if (!context.scope.seesTerritory(territoryId)) throw new DomainError("NOT_FOUND", "territory not found", ["territoryId"]);
  const role = context.viewer?.role;
  if (role !== Role.ADMIN && role !== Role.MANAGER) throw new DomainError("FORBIDDEN", "only managers of the territory and admins generate, activate, change or cancel visit plans");
}
