import type { EntityManager } from "@mikro-orm/postgresql";
import { Customer } from "../customers/customer.entity.ts";
import { User } from "../org/user.entity.ts";
import { executeSql } from "../shared/sql.ts";
import { VisitPlanDayView, VisitPlanStopView } from "./visit-plan.entity.ts";

interface StopRow {
  day_id: string;
  week: number;
  weekday: number;
  rep_id: string;
  day_travel: number;
  work: number;
  available: number;
  sequence: number | null;
  customer_id: string | null;
  arrival: number | null;
  departure: number | null;
  travel: number | null;
  locked: boolean | null;
}

/** A plan's days (all, or those of `dayIds`) with their stops, by week, weekday and rep: three statements. */
export async function readPlanDays(em: EntityManager, planId: string, dayIds?: readonly string[]): Promise<VisitPlanDayView[]> {
  const rows = await executeSql<StopRow>(
    em,
    `select d.id as day_id, d.week, d.weekday, d.rep_id, d.travel_minutes as day_travel, d.work_minutes as work, d.available_minutes as available,
            s.sequence, s.customer_id, s.arrival_minute as arrival, s.departure_minute as departure, s.travel_minutes as travel, s.locked
       from visit_plan_day d left join visit_plan_stop s on s.day_id = d.id
      where d.plan_id = $1 and ($2::uuid[] is null or d.id = any($2::uuid[])) order by d.week, d.weekday, d.rep_id, s.sequence`,
    [planId, dayIds ? [...dayIds] : null],
  );
  const customers = new Map((await em.find(Customer, { id: { $in: [...new Set(rows.flatMap((row) => (row.customer_id ? [row.customer_id] : [])))] } })).map((customer) => [customer.id, customer]));
  const reps = new Map((await em.find(User, { id: { $in: [...new Set(rows.map((row) => row.rep_id))] } })).map((user) => [user.id, user]));
  const days = new Map<string, VisitPlanDayView>();
  for (const row of rows) {
    let day = days.get(row.day_id);
    if (!day) {
      day = Object.assign(new VisitPlanDayView(), {
        week: row.week,
        weekday: row.weekday,
        rep: reps.get(row.rep_id) as User,
        stops: [],
        travelMinutes: row.day_travel,
        workMinutes: row.work,
        availableMinutes: row.available,
      });
      days.set(row.day_id, day);
    }
    if (row.customer_id !== null) {
      day.stops.push(
        Object.assign(new VisitPlanStopView(), {
          sequence: row.sequence,
          customer: customers.get(row.customer_id) as Customer,
          arrival: row.arrival,
          departure: row.departure,
          travelMinutes: row.travel,
          locked: row.locked ?? false,
        }),
      );
    }
  }
  return [...days.values()];
}

/**
 * Visits of the reference plan (the ACTIVE plan a plan was made against) that the plan puts on
 * another day, counted over the customers both plans visit; null without a reference.
 */
export async function countMovedVisits(em: EntityManager, planId: string, referencePlanId: string | null): Promise<{ moved: number; existing: number } | null> {
  if (referencePlanId === null) return null;
  const [row] = await executeSql<{ moved: number; existing: number }>(
    em,
    `with mine as (select s.customer_id, d.week, d.weekday from visit_plan_stop s join visit_plan_day d on d.id = s.day_id where d.plan_id = $1),
          theirs as (select s.customer_id, d.week, d.weekday from visit_plan_stop s join visit_plan_day d on d.id = s.day_id where d.plan_id = $2
                      and s.customer_id in (select customer_id from mine))
     select count(*)::int as existing,
            count(*) filter (where not exists (select 1 from mine m where m.customer_id = t.customer_id and m.week = t.week and m.weekday = t.weekday))::int as moved
       from theirs t`,
    [planId, referencePlanId],
  );
  return row ?? { moved: 0, existing: 0 };
}
