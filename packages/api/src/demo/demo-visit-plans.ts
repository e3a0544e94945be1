import { addDays, isoWeekday, planTimeZone, todayIn } from "@beatplan/domain";
import type { EntityManager } from "@mikro-orm/postgresql";
import { effectivePolicy } from "../classification/effective-policy.ts";
import { Territory } from "../org/territory.entity.ts";
import { executeSql } from "../shared/sql.ts";
import { solveVisitPlanJob } from "../visit-plans/solve-visit-plan.job.ts";
import { DEFAULT_HORIZON_WEEKS, writePlannedVisits } from "../visit-plans/visit-plan-activation.ts";
import { DEMO_T1 } from "./demo-data.ts";

/** The demo territories that start with an active visit plan, and each one's solver budget in seconds. */
export const DEMO_PLANNED_TERRITORIES: readonly { code: string; seconds: number }[] = [
  { code: DEMO_T1, seconds: 1.5 },
  { code: "SH-PD", seconds: 1.5 },
  { code: "SH-XH", seconds: 1.5 },
  { code: "SH-JA", seconds: 1.5 },
];

/** What {@link planDemoTerritories} made for one territory. */
export interface DemoPlanSummary {
  readonly territory: string;
  readonly feasible: boolean;
  readonly plannedVisits: number;
}

/**
 * Gives the demo territories an ACTIVE visit plan at the first start: each is solved with a
 * short budget through the same job handler as `generateVisitPlan` (cycle of the territory's
 * visit standard, starting on this week's Monday), then activated with planned visits for the
 * default horizon from today.
 */
export async function planDemoTerritories(em: EntityManager, now: Date, territories = DEMO_PLANNED_TERRITORIES): Promise<DemoPlanSummary[]> {
  const today = todayIn(now, planTimeZone);
  const startsOn = addDays(today, 1 - isoWeekday(today));
  // The territories are solved at the same time: first-start time is one budget, not the sum.
  const solved = await Promise.all(
    territories.map(async ({ code, seconds }) => {
      const job = em.fork();
      const territory = await job.findOne(Territory, { code });
      if (!territory) return null;
      const cycleWeeks = (await effectivePolicy(job, territory)).visitStandard.cycle.weeks;
      const [row] = await executeSql<{ id: string }>(
        job,
        `insert into visit_plan_job (territory_id, status, starts_on, cycle_weeks, time_limit_seconds, rep_assignment, created_at, updated_at)
         values ($1, 'QUEUED', $2, $3, $4, 'KEEP', $5, $5) returning id`,
        [territory.id, startsOn, cycleWeeks, seconds, now],
      );
      const jobId = (row as { id: string }).id;
      await solveVisitPlanJob.run({ visitPlanJobId: jobId, territoryId: territory.id }, { jobId, attempt: 0, em: job, now: () => now, signal: new AbortController().signal });
      return { code, territoryId: territory.id, cycleWeeks, jobId };
    }),
  );
  const summaries: DemoPlanSummary[] = [];
  for (const entry of solved) {
    if (!entry) continue;
    const [plan] = await executeSql<{ id: string; feasible: boolean }>(
      em,
      "update visit_plan set status = 'ACTIVE', activated_at = $2, version = version + 1 where job_id = $1 returning id, feasible",
      [entry.jobId, now],
    );
    if (!plan) {
      const [failed] = await executeSql<{ error_message: string | null }>(em, "select error_message from visit_plan_job where id = $1", [entry.jobId]);
      console.log(`demo visit plan for ${entry.code} not made: ${failed?.error_message ?? "no plan"}`);
      continue;
    }
    const from = startsOn > today ? startsOn : today;
    const plannedVisits = await writePlannedVisits(em, { id: plan.id, territoryId: entry.territoryId, startsOn, cycleWeeks: entry.cycleWeeks }, from, DEFAULT_HORIZON_WEEKS, now);
    summaries.push({ territory: entry.code, feasible: plan.feasible, plannedVisits });
  }
  return summaries;
}
