import { addDays, daysBetween, isoWeekday, planTimeZone, todayIn } from "@beatplan/domain";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { GraphQLContext } from "../shared/context.ts";
import { DomainError } from "../shared/domain-error.ts";
import { executeSql } from "../shared/sql.ts";
import { planForChange } from "./visit-plan-access.ts";
import { VisitPlanStatus } from "./visit-plan-enums.ts";
import { VisitPlan } from "./visit-plan.entity.ts";
import type { ActivateVisitPlanInput } from "./planned-visit.types.ts";

/** Weeks of planned visits an activation writes unless BEATPLAN_VISIT_HORIZON_WEEKS says otherwise. */
export const DEFAULT_HORIZON_WEEKS = 8;

/** The plan's cycle laid over real dates: each date of the horizon with its cycle week and ISO weekday. */
export function horizonDates(startsOn: string, cycleWeeks: number, from: string, weeks: number): { date: string; week: number; weekday: number }[] {
  const dates = [];
  for (let offset = 0; offset < weeks * 7; offset++) {
    const date = addDays(from, offset);
    dates.push({ date, week: (Math.floor(daysBetween(startsOn, date) / 7) % cycleWeeks) + 1, weekday: isoWeekday(date) });
  }
  return dates;
}

/**
 * Writes the planned visits of an ACTIVE plan from `from` on, for `weeks` weeks: every stop of
 * the cycle on each real date whose cycle week and weekday it has, except on its rep's days off
 * and where the customer already has a DONE or MISSED visit that day. The territory's PLANNED
 * visits from `from` on (of the plan it supersedes) are removed first; DONE and MISSED stay.
 * Two statements, whatever the size of the plan. Answers the number written.
 */
export async function writePlannedVisits(tx: EntityManager, plan: { id: string; territoryId: string; startsOn: string; cycleWeeks: number }, from: string, weeks: number, now: Date): Promise<number> {
  await executeSql(tx, "delete from planned_visit where territory_id = $1 and status = 'PLANNED' and date >= $2::date", [plan.territoryId, from]);
  const dates = horizonDates(plan.startsOn, plan.cycleWeeks, from, weeks);
  const [row] = await executeSql<{ count: number }>(
    tx,
    `with inserted as (
       insert into planned_visit (plan_id, territory_id, rep_id, customer_id, date, sequence, status, created_at, updated_at)
       select $1, $2, d.rep_id, s.customer_id, c.date, s.sequence, 'PLANNED', $6, $6
         from unnest($3::date[], $4::int[], $5::int[]) as c(date, week, weekday)
         join visit_plan_day d on d.plan_id = $1 and d.week = c.week and d.weekday = c.weekday
         join visit_plan_stop s on s.day_id = d.id
         left join rep_work_profile w on w.user_id = d.rep_id
        where not exists (select 1 from jsonb_to_recordset(coalesce(w.days_off, '[]'::jsonb)) as o("from" date, "to" date) where c.date between o."from" and o."to")
          and not exists (select 1 from planned_visit v where v.customer_id = s.customer_id and v.date = c.date)
       returning 1)
     select count(*)::int as count from inserted`,
    [plan.id, plan.territoryId, dates.map((d) => d.date), dates.map((d) => d.week), dates.map((d) => d.weekday), now],
  );
  return row?.count ?? 0;
}

/**
 * Puts a DRAFT plan in use: it becomes ACTIVE, the territory's ACTIVE plan SUPERSEDED, and
 * planned visits are written for the horizon from the later of the plan's start and today
 * (in the plan time zone). ADMIN or the territory's MANAGER.
 * @throws DomainError NOT_FOUND, FORBIDDEN, CONFLICT (another version), INVALID_TRANSITION (not a DRAFT).
 */
export async function activateVisitPlan(tx: EntityManager, context: GraphQLContext, input: ActivateVisitPlanInput): Promise<{ plan: VisitPlan; plannedVisitCount: number }> {
  const plan = await planForChange(tx, context, input.planId, input.expectedVersion);
  // Activations of one territory queue up here, so two never both succeed.
  await executeSql(tx, "select id from territory where id = $1 for update", [plan.territory.id]);
  if (plan.status !== VisitPlanStatus.DRAFT) throw new DomainError("INVALID_TRANSITION", `only a DRAFT plan can be activated; this one is ${plan.status}`, ["planId"]);
  const now = context.now();
  for (const active of await tx.find(VisitPlan, { territory: plan.territory.id, status: VisitPlanStatus.ACTIVE })) active.status = VisitPlanStatus.SUPERSEDED;
  await tx.flush();
  plan.status = VisitPlanStatus.ACTIVE;
  plan.activatedAt = now;
  await tx.flush();
  const today = todayIn(now, planTimeZone);
  const from = plan.startsOn > today ? plan.startsOn : today;
  const weeks = context.visitPlanSettings?.horizonWeeks ?? DEFAULT_HORIZON_WEEKS;
  const plannedVisitCount = await writePlannedVisits(tx, { id: plan.id, territoryId: plan.territory.id, startsOn: plan.startsOn, cycleWeeks: plan.cycleWeeks }, from, weeks, now);
  return { plan, plannedVisitCount };
}
