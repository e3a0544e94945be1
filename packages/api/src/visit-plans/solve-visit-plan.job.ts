import { createVisitCycleProblem, type SolveResult, type VisitCycleProblem } from "@beatplan/domain";
import { solveInParallel } from "@beatplan/domain/runner";
import type { EntityManager } from "@mikro-orm/postgresql";
import { DomainErrors } from "../shared/domain-error.ts";
import type { JobContext, JobDefinition } from "../shared/job-definition.ts";
import { executeSql } from "../shared/sql.ts";
import { buildVisitProblem, type VisitProblem } from "./visit-problem.ts";
import { describeDiagnosis } from "./visit-plan-diagnosis.ts";
import { osrmTableTravel, withTravelTimes } from "./travel-times.ts";

/** Payload of a solve job: the VisitPlanJob row it works for. */
export interface SolveVisitPlanPayload {
  readonly visitPlanJobId: string;
  readonly territoryId: string;
  /** The routing service's `table` endpoint the requesting API was configured with; straight-line travel without it. */
  readonly routingTableUrl?: string;
}

/** Queue name of the solve jobs. */
export const SOLVE_VISIT_PLAN = "visit-plans.solve";

const PROGRESS_INTERVAL_MS = 250;

interface JobRow {
  status: string;
  starts_on: string;
  cycle_weeks: number;
  time_limit_seconds: number;
  rep_assignment: "KEEP" | "OPTIMISE";
}

/**
 * Solves a territory's visit plan for a VisitPlanJob and stores it as a DRAFT plan. Jobs of one
 * territory are serialised on the queue (the second waits, QUEUED, behind the first). A retry
 * after a dead worker starts the solve again, but the plan is stored once per job (unique
 * job_id), so a job never ends with two plans. Missing data or a solver error ends the job
 * FAILED with the reason; cancelling (status CANCELLED) stops the search at its next progress
 * report and stores nothing.
 */
export const solveVisitPlanJob: JobDefinition<SolveVisitPlanPayload> = {
  name: SOLVE_VISIT_PLAN,
  retryLimit: 2,
  heartbeatSeconds: 30,
  serialiseBy: (payload) => payload.territoryId,
  run: async (payload, context) => {
    const em = context.em;
    const [job] = await executeSql<JobRow>(
      em,
      `update visit_plan_job set status = 'RUNNING', updated_at = $2 where id = $1 and status in ('QUEUED', 'RUNNING')
       returning status, to_char(starts_on, 'YYYY-MM-DD') as starts_on, cycle_weeks, time_limit_seconds, rep_assignment`,
      [payload.visitPlanJobId, context.now()],
    );
    if (!job) return; // Cancelled, or already finished by an earlier attempt.
    try {
      const built = await buildVisitProblem(em, payload.territoryId, { cycleWeeks: job.cycle_weeks, repAssignment: job.rep_assignment });
      const problem = payload.routingTableUrl ? { ...built, input: await withTravelTimes(built.input, osrmTableTravel(payload.routingTableUrl)) } : built;
      const result = await solve(em, payload.visitPlanJobId, problem, job.time_limit_seconds, context);
      if (result === null) return;
      await storePlan(em, payload.visitPlanJobId, job.starts_on, problem, result.problem, result.solved, context.now());
    } catch (error) {
      const { code, message } = failureOf(error);
      await executeSql(em, `update visit_plan_job set status = 'FAILED', error_code = $2, error_message = $3, updated_at = $4 where id = $1 and status = 'RUNNING'`, [
        payload.visitPlanJobId,
        code,
        message,
        context.now(),
      ]);
    }
  },
};

function failureOf(error: unknown): { code: string; message: string } {
  if (error instanceof DomainErrors) return { code: "MISSING_DATA", message: error.errors.map((item) => item.message).join("; ") };
  const message = error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error);
  return { code: "SOLVER_FAILED", message };
}

async function solve(
  em: EntityManager,
  jobId: string,
  visitProblem: VisitProblem,
  timeLimitSeconds: number,
  context: JobContext,
): Promise<{ problem: VisitCycleProblem; solved: SolveResult } | null> {
  const problem = createVisitCycleProblem(visitProblem.input);
  const abort = new AbortController();
  context.signal.addEventListener("abort", () => abort.abort(), { once: true });
  let lastReport = 0;
  let reporting: Promise<void> = Promise.resolve();
  const solved = await solveInParallel(problem, {
    stop: { maxSeconds: timeLimitSeconds },
    seed: 1,
    signal: abort.signal,
    onProgress: (event) => {
      const now = performance.now();
      if (now - lastReport < PROGRESS_INTERVAL_MS) return;
      lastReport = now;
      reporting = reporting.then(async () => {
        const rows = await executeSql<{ id: string }>(
          em,
          `update visit_plan_job set progress_fraction = greatest(progress_fraction, least(1.0, $2::double precision)), progress_elapsed_seconds = greatest(progress_elapsed_seconds, $3::double precision),
                  progress_iterations = greatest(progress_iterations, $4::integer), progress_best_cost = $5::double precision, progress_feasible = $6, updated_at = $7
            where id = $1 and status = 'RUNNING' returning id`,
          [jobId, event.elapsedSeconds / timeLimitSeconds, event.elapsedSeconds, event.iteration, event.bestCost, event.feasible, context.now()],
        );
        if (rows.length === 0) abort.abort(); // Cancelled meanwhile.
      }).catch((error: unknown) => console.error("visit plan progress could not be stored:", error instanceof Error ? error.message : error));
    },
  });
  await reporting;
  const [current] = await executeSql<{ status: string }>(em, "select status from visit_plan_job where id = $1", [jobId]);
  if (current?.status !== "RUNNING") return null;
  return { problem, solved };
}

async function storePlan(em: EntityManager, jobId: string, startsOn: string, visitProblem: VisitProblem, problem: VisitCycleProblem, solved: SolveResult, now: Date): Promise<void> {
  const days = visitProblem.workingDaysPerWeek;
  const dayRows: unknown[][] = [];
  const stopRows: unknown[][] = [];
  const size = problem.locationCount;
  for (const plannedDay of solved.plan.days) {
    for (const route of plannedDay.routes) {
      if (route.repId === null) continue;
      const slot = (problem.routeFirst[plannedDay.day] as number) + route.vehicle;
      const dayId = crypto.randomUUID();
      dayRows.push([
        dayId,
        Math.floor(plannedDay.day / days) + 1,
        (plannedDay.day % days) + 1,
        route.repId,
        route.travel,
        route.duration,
        problem.routeDurationLimit[slot] as number,
      ]);
      let previous = problem.routeStart[slot] as number;
      let clock = 0;
      route.nodes.forEach((node, index) => {
        const travel = problem.travel[previous * size + node] as number;
        const arrival = clock + travel;
        const departure = arrival + (problem.service[node] as number);
        stopRows.push([crypto.randomUUID(), dayId, index + 1, route.customerIds[index], arrival, departure, travel]);
        clock = departure;
        previous = node;
      });
    }
  }
  await em.transactional(async (tx) => {
    const txEm = tx as EntityManager;
    const [plan] = await executeSql<{ id: string }>(
      txEm,
      `insert into visit_plan (territory_id, job_id, status, starts_on, cycle_weeks, feasible, total_travel_minutes, version, created_at, diagnosis, reference_plan_id)
       values ($1, $2, 'DRAFT', $3, $4, $5, $6, 1, $7, $8::jsonb, $9) on conflict (job_id) do nothing returning id`,
      [
        visitProblem.territoryId,
        jobId,
        startsOn,
        visitProblem.cycleWeeks,
        solved.feasible,
        solved.plan.totalTravel,
        now,
        solved.diagnosis ? JSON.stringify(describeDiagnosis(visitProblem, solved.diagnosis)) : null,
        visitProblem.referencePlanId,
      ],
    );
    if (plan) {
      await executeSql(
        txEm,
        `insert into visit_plan_day (id, plan_id, week, weekday, rep_id, travel_minutes, work_minutes, available_minutes)
         select d.id, $1, d.week, d.weekday, d.rep_id, d.travel, d.work, d.available
           from jsonb_to_recordset($2::jsonb) as d(id uuid, week smallint, weekday smallint, rep_id uuid, travel double precision, work double precision, available double precision)`,
        [plan.id, JSON.stringify(dayRows.map(([id, week, weekday, rep_id, travel, work, available]) => ({ id, week, weekday, rep_id, travel, work, available })))],
      );
      await executeSql(
        txEm,
        `insert into visit_plan_stop (id, day_id, sequence, customer_id, arrival_minute, departure_minute, travel_minutes)
         select s.id, s.day_id, s.sequence, s.customer_id, s.arrival, s.departure, s.travel
           from jsonb_to_recordset($1::jsonb) as s(id uuid, day_id uuid, sequence smallint, customer_id uuid, arrival double precision, departure double precision, travel double precision)`,
        [JSON.stringify(stopRows.map(([id, day_id, sequence, customer_id, arrival, departure, travel]) => ({ id, day_id, sequence, customer_id, arrival, departure, travel })))],
      );
    }
    await executeSql(
      txEm,
      `update visit_plan_job set status = 'SUCCEEDED', progress_fraction = 1, progress_iterations = greatest(progress_iterations, $2::integer), progress_best_cost = $3::double precision,
              progress_feasible = $4, progress_elapsed_seconds = $5, updated_at = $6 where id = $1`,
      [jobId, solved.iterations, solved.cost, solved.feasible, solved.elapsedSeconds, now],
    );
  });
}
