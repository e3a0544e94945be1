import { createVisitCycleProblem, daysToMask, evenlySpreadPatterns, planTimeZone, todayIn, type VisitCycleProblem } from "@beatplan/domain";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { GraphQLContext } from "../shared/context.ts";
import { DomainError } from "../shared/domain-error.ts";
import { fromGlobalId } from "../shared/global-id.ts";
import { executeSql } from "../shared/sql.ts";
import { writePlannedVisits, DEFAULT_HORIZON_WEEKS } from "./visit-plan-activation.ts";
import { planForChange } from "./visit-plan-access.ts";
import { VisitPlanStatus } from "./visit-plan-enums.ts";
import type { VisitPlan } from "./visit-plan.entity.ts";
import type { MoveVisitInput } from "./move-visit.types.ts";
import { buildVisitProblem } from "./visit-problem.ts";
import { dayName, WEEKDAY_NAMES } from "./day-names.ts";
import { osrmTableTravel, withTravelTimes } from "./travel-times.ts";


interface DayRow {
  id: string;
  week: number;
  weekday: number;
  rep_id: string;
}

interface StopRow {
  day_id: string;
  customer_id: string;
  code: string;
  locked: boolean;
}

/** A day's route recomputed: its stops' times and the day's totals. */
export interface RouteTimes {
  stops: { customerId: string; arrival: number; departure: number; travel: number }[];
  travel: number;
  work: number;
}

/** Times of a rep's route through `customerIds` on cycle day `day`, from their start back to their end. */
export function routeTimes(problem: VisitCycleProblem, repIndex: number, day: number, customerIds: readonly string[]): RouteTimes & { available: number } {
  const slot = problem.repDayRoute[repIndex * problem.cycleDays + day] as number;
  const size = problem.locationCount;
  let previous = problem.routeStart[slot] as number;
  let clock = 0;
  let travel = 0;
  const stops = customerIds.map((customerId) => {
    const node = problem.nodeIds.indexOf(customerId);
    const leg = problem.travel[previous * size + node] as number;
    const arrival = clock + leg;
    const departure = arrival + (problem.service[node] as number);
    travel += leg;
    clock = departure;
    previous = node;
    return { customerId, arrival, departure, travel: leg };
  });
  const back = customerIds.length > 0 ? (problem.travel[previous * size + (problem.routeEnd[slot] as number)] as number) : 0;
  return { stops, travel: travel + back, work: clock + back, available: problem.routeDurationLimit[slot] as number };
}

function refuse(reason: string, message: string, params: Record<string, string>, field = "toWeekday"): DomainError {
  return new DomainError("VALIDATION", message, [field], { reason, params });
}

/**
 * Moves a customer's visit to another day of the same rep and/or another position, checked
 * against the day's working time (DAY_OVER_CAPACITY) and the class's spacing rule (SPACING);
 * the moved visit becomes a lock that a re-plan against this plan keeps. Both days get new
 * times and totals; an ACTIVE plan's planned visits are rewritten from today.
 * @throws DomainError as listed on MoveVisitPayload.userErrors.
 */
export async function moveVisit(tx: EntityManager, context: GraphQLContext, input: MoveVisitInput): Promise<{ plan: VisitPlan; dayIds: string[] }> {
  const plan = await planForChange(tx, context, input.planId, input.expectedVersion);
  if (plan.status === VisitPlanStatus.SUPERSEDED) throw new DomainError("INVALID_TRANSITION", "a SUPERSEDED plan can no longer be changed", ["planId"]);
  const customerId = fromGlobalId("Customer", input.customerId, "customerId");
  const days = await executeSql<DayRow>(tx, "select id, week, weekday, rep_id from visit_plan_day where plan_id = $1 order by week, weekday", [plan.id]);
  const stops = await executeSql<StopRow>(
    tx,
    `select s.day_id, s.customer_id, c.code, s.locked from visit_plan_stop s join visit_plan_day d on d.id = s.day_id join customer c on c.id = s.customer_id
      where d.plan_id = $1 order by s.day_id, s.sequence`,
    [plan.id],
  );
  const source = days.find((day) => day.week === input.fromWeek && day.weekday === input.fromWeekday && stops.some((stop) => stop.day_id === day.id && stop.customer_id === customerId));
  if (!source) throw new DomainError("NOT_FOUND", `the customer has no visit on ${dayName(input.fromWeek, input.fromWeekday)} in this plan`, ["customerId"]);
  const code = stops.find((stop) => stop.customer_id === customerId)?.code ?? "";
  const target = days.find((day) => day.week === input.toWeek && day.weekday === input.toWeekday && day.rep_id === source.rep_id);
  if (!target) throw refuse("NOT_A_WORKING_DAY", `the rep does not work on ${dayName(input.toWeek, input.toWeekday)} in this plan`, { day: dayName(input.toWeek, input.toWeekday) });
  const routeOf = (dayId: string) => stops.filter((stop) => stop.day_id === dayId).map((stop) => stop.customer_id);
  const sourceRoute = routeOf(source.id).filter((id) => id !== customerId);
  const targetRoute = target.id === source.id ? sourceRoute : routeOf(target.id);
  if (target.id !== source.id && targetRoute.includes(customerId)) {
    throw refuse("SPACING", `${code} is already visited on ${dayName(target.week, target.weekday)}; a customer gets at most one visit a day`, { customer: code, day: dayName(target.week, target.weekday) });
  }
  const position = input.toPosition ?? targetRoute.length + 1;
  if (!Number.isInteger(position) || position < 1 || position > targetRoute.length + 1) {
    throw refuse("BAD_POSITION", `toPosition must be 1..${targetRoute.length + 1} on ${dayName(target.week, target.weekday)}, got ${position}`, { value: String(position) }, "toPosition");
  }
  const [closed] = await executeSql<{ closed_weekdays: number[] }>(tx, "select closed_weekdays from customer_visit_days where customer_id = $1", [customerId]);
  if (closed?.closed_weekdays.includes(target.weekday)) {
    throw refuse("CUSTOMER_CLOSED", `${code} is closed on ${WEEKDAY_NAMES[target.weekday]}s`, { customer: code, weekday: WEEKDAY_NAMES[target.weekday] ?? "" });
  }

  const problem = await buildVisitProblem(tx, plan.territory.id, { cycleWeeks: plan.cycleWeeks, repAssignment: "OPTIMISE" });
  const perWeek = problem.workingDaysPerWeek;
  const cycleIndex = (day: DayRow) => (day.week - 1) * perWeek + (day.weekday - 1);
  const visitDays = days.filter((day) => day.id !== source.id && stops.some((stop) => stop.day_id === day.id && stop.customer_id === customerId)).map(cycleIndex);
  visitDays.push(cycleIndex(target));
  const cycleDays = problem.input.cycleDays;
  if (visitDays.length > 1 && !evenlySpreadPatterns(visitDays.length, cycleDays).includes(daysToMask(visitDays))) {
    const names = days.filter((day) => visitDays.includes(cycleIndex(day)) && day.rep_id === source.rep_id).map((day) => dayName(day.week, day.weekday));
    throw refuse(
      "SPACING",
      `${code}'s ${visitDays.length} visits per cycle must be spread evenly, about every ${Math.round(cycleDays / visitDays.length)} working days; moving it to ${dayName(target.week, target.weekday)} would visit it on ${names.join(", ")}`,
      { customer: code, visits: String(visitDays.length), every: String(Math.round(cycleDays / visitDays.length)), days: names.join(", ") },
    );
  }
  const routingTableUrl = context.visitPlanSettings?.routingTableUrl;
  const compiled = createVisitCycleProblem(routingTableUrl ? await withTravelTimes(problem.input, osrmTableTravel(routingTableUrl)) : problem.input);
  const missing = [customerId, ...sourceRoute, ...targetRoute].find((id) => !compiled.nodeIds.includes(id));
  if (missing !== undefined) {
    const missingCode = stops.find((stop) => stop.customer_id === missing)?.code ?? missing;
    throw refuse("CUSTOMER_NO_LONGER_PLANNED", `${missingCode} is no longer planned (archived or reclassified since the plan was made); generate a new plan`, { customer: missingCode }, "customerId");
  }
  const repIndex = compiled.repIds.indexOf(source.rep_id);
  const newTarget = [...targetRoute];
  newTarget.splice(position - 1, 0, customerId);
  const targetTimes = routeTimes(compiled, repIndex, cycleIndex(target), newTarget);
  if (targetTimes.work > targetTimes.available + 1e-9) {
    const over = Math.ceil(targetTimes.work - targetTimes.available);
    throw refuse(
      "DAY_OVER_CAPACITY",
      `${dayName(target.week, target.weekday)} would need ${Math.round(targetTimes.work)} minutes of travel and visits, ${over} more than the ${Math.round(targetTimes.available)} the rep has`,
      { day: dayName(target.week, target.weekday), needed: String(Math.round(targetTimes.work)), over: String(over), available: String(Math.round(targetTimes.available)) },
    );
  }

  const locked = new Set(stops.filter((stop) => stop.locked).map((stop) => `${stop.day_id} ${stop.customer_id}`));
  locked.delete(`${source.id} ${customerId}`);
  locked.add(`${target.id} ${customerId}`);
  const changed = target.id === source.id ? [{ day: target, times: targetTimes }] : [{ day: source, times: routeTimes(compiled, repIndex, cycleIndex(source), sourceRoute) }, { day: target, times: targetTimes }];
  const dayIds = changed.map((entry) => entry.day.id);
  await executeSql(tx, "delete from visit_plan_stop where day_id = any($1::uuid[])", [dayIds]);
  const rows = changed.flatMap(({ day, times }) =>
    times.stops.map((stop, index) => ({ day_id: day.id, sequence: index + 1, customer_id: stop.customerId, arrival: stop.arrival, departure: stop.departure, travel: stop.travel, locked: locked.has(`${day.id} ${stop.customerId}`) })),
  );
  await executeSql(
    tx,
    `insert into visit_plan_stop (day_id, sequence, customer_id, arrival_minute, departure_minute, travel_minutes, locked)
     select s.day_id, s.sequence, s.customer_id, s.arrival, s.departure, s.travel, s.locked
       from jsonb_to_recordset($1::jsonb) as s(day_id uuid, sequence smallint, customer_id uuid, arrival double precision, departure double precision, travel double precision, locked boolean)`,
    [JSON.stringify(rows)],
  );
  await executeSql(
    tx,
    `update visit_plan_day d set travel_minutes = t.travel, work_minutes = t.work from jsonb_to_recordset($1::jsonb) as t(id uuid, travel double precision, work double precision) where d.id = t.id`,
    [JSON.stringify(changed.map(({ day, times }) => ({ id: day.id, travel: times.travel, work: times.work })))],
  );
  const [total] = await executeSql<{ travel: number }>(tx, "select coalesce(sum(travel_minutes), 0)::float8 as travel from visit_plan_day where plan_id = $1", [plan.id]);
  const now = context.now();
  plan.totalTravelMinutes = total?.travel ?? plan.totalTravelMinutes;
  plan.updatedAt = now;
  await tx.flush();
  if (plan.status === VisitPlanStatus.ACTIVE) {
    const today = todayIn(now, planTimeZone);
    const from = plan.startsOn > today ? plan.startsOn : today;
    await writePlannedVisits(tx, { id: plan.id, territoryId: plan.territory.id, startsOn: plan.startsOn, cycleWeeks: plan.cycleWeeks }, from, context.visitPlanSettings?.horizonWeeks ?? DEFAULT_HORIZON_WEEKS, now);
  }
  return { plan, dayIds };
}
