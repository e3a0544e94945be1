import { Role } from "../org/role.ts";
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
 * Only admins and the territory's managers generate, activate, change or cancel plans.
 * @throws DomainError NOT_FOUND outside the viewer's territories (as for a missing one), FORBIDDEN for reps.
 */
export function assertMayPlan(context: Pick<GraphQLContext, "viewer" | "scope">, territoryId: string): void {
  if (!context.scope.seesTerritory(territoryId)) throw new DomainError("NOT_FOUND", "territory not found", ["territoryId"]);
  const role = context.viewer?.role;
  if (role !== Role.ADMIN && role !== Role.MANAGER) throw new DomainError("FORBIDDEN", "only managers of the territory and admins generate, activate, change or cancel visit plans");
}
