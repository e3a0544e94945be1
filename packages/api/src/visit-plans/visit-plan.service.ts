import type { EntityManager } from "@mikro-orm/postgresql";
import { Territory } from "../org/territory.entity.ts";
import { User } from "../org/user.entity.ts";
import type { GraphQLContext } from "../shared/context.ts";
import { DomainError } from "../shared/domain-error.ts";
import { parseGlobalId } from "../shared/global-id.ts";
import { assertMayPlan, findVisitPlanJob } from "./visit-plan-access.ts";
import { VisitPlanJobStatus } from "./visit-plan-enums.ts";
import type { CancelVisitPlanJobInput, GenerateVisitPlanInput } from "./visit-plan.input.ts";
import { VisitPlanJob } from "./visit-plan-job.entity.ts";
import { SOLVE_VISIT_PLAN, type SolveVisitPlanPayload } from "./solve-visit-plan.job.ts";
import { buildVisitProblem } from "./visit-problem.ts";

const MAX_CYCLE_WEEKS = 8;

function territoryUuid(globalId: string): string {
  const parsed = parseGlobalId(globalId);
  if (parsed?.type !== "Territory") throw new DomainError("NOT_FOUND", "territory not found", ["territoryId"]);
  return parsed.uuid;
}

function validate(input: GenerateVisitPlanInput): void {
  const startsOn = new Date(`${input.startsOn}T00:00:00Z`);
  if (startsOn.getUTCDay() !== 1) throw new DomainError("VALIDATION", `startsOn must be a Monday, got ${input.startsOn}`, ["startsOn"]);
  if (!Number.isInteger(input.cycleWeeks) || input.cycleWeeks < 1 || input.cycleWeeks > MAX_CYCLE_WEEKS) {
    throw new DomainError("VALIDATION", `cycleWeeks must be an integer 1..${MAX_CYCLE_WEEKS}, got ${input.cycleWeeks}`, ["cycleWeeks"]);
  }
  if (!(input.timeLimitSeconds >= 0.1 && input.timeLimitSeconds <= 600)) {
    throw new DomainError("VALIDATION", `timeLimitSeconds must be 0.1..600, got ${input.timeLimitSeconds}`, ["timeLimitSeconds"]);
  }
}

/**
 * Queues the solve of a territory's plan and answers the QUEUED job at once. The problem is
 * built first, so missing data (customers without coordinates, classes without a standard,
 * reps without a start) is refused here with a userError for each, and nothing is queued.
 * The job row and the queue's job are written in the caller's transaction.
 */
export async function generateVisitPlan(tx: EntityManager, context: GraphQLContext, input: GenerateVisitPlanInput): Promise<VisitPlanJob> {
  const territoryId = territoryUuid(input.territoryId);
  assertMayPlan(context, territoryId);
  validate(input);
  await buildVisitProblem(tx, territoryId, { cycleWeeks: input.cycleWeeks, repAssignment: input.repAssignment });
  const job = Object.assign(new VisitPlanJob(), {
    territory: tx.getReference(Territory, territoryId, { wrapped: true }),
    requestedBy: context.viewer ? tx.getReference(User, context.viewer.userId, { wrapped: true }) : null,
    startsOn: input.startsOn,
    cycleWeeks: input.cycleWeeks,
    timeLimitSeconds: input.timeLimitSeconds,
    repAssignment: input.repAssignment,
  });
  tx.persist(job);
  await tx.flush();
  const routingTableUrl = context.visitPlanSettings?.routingTableUrl;
  const payload: SolveVisitPlanPayload = { visitPlanJobId: job.id, territoryId, ...(routingTableUrl ? { routingTableUrl } : {}) };
  job.queueJobId = await context.jobs.send(SOLVE_VISIT_PLAN, payload, { em: tx });
  await tx.flush();
  return job;
}

/**
 * Cancels a QUEUED or RUNNING job: a running solve stops at its next progress report and
 * stores nothing. A finished job is refused with INVALID_TRANSITION.
 */
export async function cancelVisitPlanJob(tx: EntityManager, context: GraphQLContext, input: CancelVisitPlanJobInput): Promise<VisitPlanJob> {
  const parsed = parseGlobalId(input.jobId);
  const job = parsed?.type === "VisitPlanJob" ? await findVisitPlanJob({ em: tx, scope: context.scope }, parsed.uuid) : null;
  if (!job) throw new DomainError("NOT_FOUND", "visit plan job not found", ["jobId"]);
  assertMayPlan(context, job.territory.id);
  if (job.status !== VisitPlanJobStatus.QUEUED && job.status !== VisitPlanJobStatus.RUNNING) {
    throw new DomainError("INVALID_TRANSITION", `the job is ${job.status} and can no longer be cancelled`, ["jobId"]);
  }
  job.status = VisitPlanJobStatus.CANCELLED;
  await tx.flush();
  if (job.queueJobId) await context.jobs.cancel(SOLVE_VISIT_PLAN, job.queueJobId);
  return job;
}
