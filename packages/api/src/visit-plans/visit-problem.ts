import { evenlySpreadPatterns, maskToDays, routeDurationLimitFromWorkingDay, type CustomerInput, type RepInput, type VisitCycleInput, type VisitStandard } from "@beatplan/domain";
import type { EntityManager } from "@mikro-orm/postgresql";
import { effectivePolicy } from "../classification/effective-policy.ts";
import { Territory } from "../org/territory.entity.ts";
import { DomainError, DomainErrors } from "../shared/domain-error.ts";
import { executeSql } from "../shared/sql.ts";
import { allowedCombinations } from "./customer-visit-days.ts";

/** Whether the plan keeps each customer with their responsible rep or may give them to another rep of the territory. */
export type RepAssignment = "KEEP" | "OPTIMISE";

/** Travel between places: haversine kilometres × road factor ÷ speed (DOMAIN.md §4), for reps whose profile says nothing else. */
export const DEFAULT_TRAVEL = { kind: "haversine", roadFactor: 1.3, speedKmPerHour: 30 } as const;

/**
 * The territory's travel: one matrix serves all its reps, so it is the slowest rep's (highest
 * road factor ÷ speed), which keeps every rep's days within their working time.
 */
function territoryTravel(rows: readonly RepRow[]): { kind: "haversine"; roadFactor: number; speedKmPerHour: number } {
  let travel: { kind: "haversine"; roadFactor: number; speedKmPerHour: number } = { ...DEFAULT_TRAVEL };
  let slowest = -1;
  for (const row of rows) {
    const roadFactor = row.road_factor ?? DEFAULT_TRAVEL.roadFactor;
    const speedKmPerHour = row.speed_km_per_hour ?? DEFAULT_TRAVEL.speedKmPerHour;
    if (roadFactor / speedKmPerHour > slowest) {
      slowest = roadFactor / speedKmPerHour;
      travel = { kind: "haversine", roadFactor, speedKmPerHour };
    }
  }
  return travel;
}

/** A routed customer of the problem, as the plan refers to it. */
export interface ProblemCustomer {
  readonly id: string;
  readonly code: string;
  readonly customerClass: string;
}

/** A rep of the problem. */
export interface ProblemRep {
  readonly id: string;
  readonly email: string;
}

/** The solver's problem for a territory and what its ids mean. */
export interface VisitProblem {
  readonly territoryId: string;
  readonly cycleWeeks: number;
  readonly workingDaysPerWeek: number;
  /** Customers and reps are named by their database ids. */
  readonly input: VisitCycleInput;
  readonly customers: readonly ProblemCustomer[];
  readonly reps: readonly ProblemRep[];
  /** The territory's ACTIVE plan of the same cycle length, which the new plan keeps close to (stable re-planning); null without one. */
  readonly referencePlanId: string | null;
}

interface CustomerRow {
  id: string;
  code: string;
  class: string | null;
  latitude: number | null;
  longitude: number | null;
  responsible_rep_id: string | null;
  pinned_weekdays: number[] | null;
  closed_weekdays: number[] | null;
  /** 0-based cycle days where the territory's ACTIVE plan (of the same length) has the customer's visit locked. */
  locked_days: number[];
  /** 0-based cycle days of all the customer's visits in that plan. */
  previous_days: number[];
}

/**
 * Cost, in travel minutes, of giving a customer other visit days than the active plan gave it:
 * a re-plan moves a customer's visits only when that saves more travel than this.
 */
export const DAY_CHANGE_PENALTY_MINUTES = 30;

interface RepRow {
  id: string;
  email: string;
  start_latitude: number | null;
  start_longitude: number | null;
  end_latitude: number | null;
  end_longitude: number | null;
  working_weekdays: number[] | null;
  day_start_minute: number | null;
  day_end_minute: number | null;
  speed_km_per_hour: number | null;
  road_factor: number | null;
  break_minutes: number | null;
  non_customer_minutes: number | null;
}

function missing(reason: string, message: string, params: Record<string, string>): DomainError {
  return new DomainError("VALIDATION", message, ["territoryId"], { reason, params });
}

/**
 * Builds the visit-cycle problem of a territory from the archive: its active customers with
 * their class and location, the on-site visits by the rep that the class policy's visit
 * standard asks for (frequency and minutes per visit), and the territory's reps with their
 * work profiles. Every customer without coordinates or class, every class without a standard
 * and every rep without a start location is reported at once, never left out silently.
 * @throws DomainError NOT_FOUND for an unknown territory, VALIDATION for a bad cycle length.
 * @throws DomainErrors listing every piece of missing data.
 */
export async function buildVisitProblem(em: EntityManager, territoryId: string, options: { cycleWeeks: number; repAssignment: RepAssignment }): Promise<VisitProblem> {
  const territory = await em.findOne(Territory, { id: territoryId });
  if (!territory) throw new DomainError("NOT_FOUND", "territory not found", ["territoryId"]);
  const standard = (await effectivePolicy(em, territory)).visitStandard;
  const { cycleWeeks } = options;
  if (!Number.isInteger(cycleWeeks) || cycleWeeks < 1 || cycleWeeks % standard.cycle.weeks !== 0) {
    throw new DomainError("VALIDATION", `cycleWeeks must be a multiple of the visit standard's cycle of ${standard.cycle.weeks} week(s), got ${cycleWeeks}`, ["cycleWeeks"]);
  }
  const customerRows = await executeSql<CustomerRow>(
    em,
    `select c.id, c.code, c.class, c.latitude, c.longitude, c.responsible_rep_id, v.pinned_weekdays, v.closed_weekdays,
            array(select (d.week - 1) * $3::int + d.weekday - 1 from visit_plan p join visit_plan_day d on d.plan_id = p.id join visit_plan_stop s on s.day_id = d.id
                   where p.territory_id = c.territory_id and p.status = 'ACTIVE' and p.cycle_weeks = $2 and s.customer_id = c.id and s.locked order by 1) as locked_days,
            array(select (d.week - 1) * $3::int + d.weekday - 1 from visit_plan p join visit_plan_day d on d.plan_id = p.id join visit_plan_stop s on s.day_id = d.id
                   where p.territory_id = c.territory_id and p.status = 'ACTIVE' and p.cycle_weeks = $2 and s.customer_id = c.id order by 1) as previous_days
       from customer c left join customer_visit_days v on v.customer_id = c.id
      where c.territory_id = $1 and c.status = 'ACTIVE' order by c.code`,
    [territoryId, cycleWeeks, standard.cycle.workingDaysPerWeek],
  );
  const repRows = await executeSql<RepRow>(
    em,
    `select u.id, u.email, p.start_latitude, p.start_longitude, p.end_latitude, p.end_longitude, p.working_weekdays,
            p.day_start_minute, p.day_end_minute, p.break_minutes, p.non_customer_minutes, p.speed_km_per_hour, p.road_factor
       from territory_member m join app_user u on u.id = m.user_id left join rep_work_profile p on p.user_id = u.id
      where m.territory_id = $1 and m.membership = 'REP' order by u.email`,
    [territoryId],
  );
  const problems: DomainError[] = [];
  if (repRows.length === 0) problems.push(missing("TERRITORY_WITHOUT_REPS", `territory ${territory.code} has no reps to plan for`, { territory: territory.code }));
  const reps: RepInput[] = [];
  for (const row of repRows) {
    if (row.start_latitude === null || row.start_longitude === null) {
      problems.push(missing("REP_WITHOUT_START_LOCATION", `rep ${row.email} has no start location in their work profile`, { rep: row.email }));
      continue;
    }
    reps.push(repInput(row, standard, cycleWeeks));
  }
  const repIds = new Set(repRows.map((row) => row.id));
  const customers: CustomerInput[] = [];
  const routed: ProblemCustomer[] = [];
  const classesWithoutStandard = new Set<string>();
  const scale = cycleWeeks / standard.cycle.weeks;
  for (const row of customerRows) {
    if (row.class === null) {
      problems.push(missing("CUSTOMER_WITHOUT_CLASS", `customer ${row.code} has no class`, { customer: row.code }));
      continue;
    }
    const requirements = standard.requirements[row.class as keyof VisitStandard["requirements"]];
    if (requirements === undefined) {
      classesWithoutStandard.add(row.class);
      continue;
    }
    if (row.latitude === null || row.longitude === null) {
      problems.push(missing("CUSTOMER_WITHOUT_LOCATION", `customer ${row.code} has no coordinates`, { customer: row.code }));
      continue;
    }
    const onSite = requirements.find((requirement) => requirement.kind === "ON_SITE" && requirement.visitor === "REP");
    if (!onSite) continue; // The class gets no on-site visit by the rep: nothing to route.
    const keep = options.repAssignment === "KEEP" && row.responsible_rep_id !== null && repIds.has(row.responsible_rep_id);
    const frequency = onSite.visitsPerCycle * scale;
    const pinned = row.pinned_weekdays ?? [];
    const closed = row.closed_weekdays ?? [];
    const combinations = pinned.length > 0 || closed.length > 0 ? allowedCombinations(frequency, cycleWeeks, standard.cycle.workingDaysPerWeek, pinned, closed) : null;
    if (combinations?.length === 0) {
      problems.push(missing("CUSTOMER_DAYS_UNSATISFIABLE", `customer ${row.code}'s ${frequency} visits cannot be spread evenly over its pinned and open weekdays`, { customer: row.code }));
      continue;
    }
    customers.push({
      id: row.id,
      location: { lat: row.latitude, lng: row.longitude },
      serviceMinutes: onSite.minutesPerVisit,
      ...(combinations ? { allowedDayCombinations: combinations } : { frequency }),
      ...(row.previous_days.length > 0 ? { previousDays: row.previous_days } : {}),
      ...(keptLocks(row.locked_days, combinations, frequency, cycleWeeks * standard.cycle.workingDaysPerWeek) ? { pinnedDays: row.locked_days } : {}),
      ...(keep ? { allowedReps: [row.responsible_rep_id as string] } : {}),
    });
    routed.push({ id: row.id, code: row.code, customerClass: row.class });
  }
  for (const customerClass of [...classesWithoutStandard].sort()) {
    const codes = customerRows.filter((row) => row.class === customerClass).map((row) => row.code);
    problems.push(
      missing("CLASS_WITHOUT_STANDARD", `class ${customerClass} has no visit standard ("${standard.name}"), needed by ${codes.join(", ")}`, { class: customerClass, customers: codes.join(", ") }),
    );
  }
  if (problems.length > 0) throw new DomainErrors(problems);
  const [reference] = await executeSql<{ id: string }>(em, "select id from visit_plan where territory_id = $1 and status = 'ACTIVE' and cycle_weeks = $2", [territoryId, cycleWeeks]);
  return {
    referencePlanId: reference?.id ?? null,
    territoryId,
    cycleWeeks,
    workingDaysPerWeek: standard.cycle.workingDaysPerWeek,
    input: { cycleDays: cycleWeeks * standard.cycle.workingDaysPerWeek, dayLimits: {}, customers, reps, travel: territoryTravel(repRows), ...(reference ? { objective: { dayChangePenalty: DAY_CHANGE_PENALTY_MINUTES } } : {}) },
    customers: routed,
    reps: repRows.map((row) => ({ id: row.id, email: row.email })),
  };
}

/**
 * Whether a customer's locked visit days (moved by hand in the active plan) still fit one of its
 * allowed day combinations; a lock that its weekday constraints or a new class rule out is dropped.
 */
function keptLocks(locked: readonly number[], combinations: readonly number[][] | null, frequency: number, cycleDays: number): boolean {
  if (locked.length === 0) return false;
  const candidates = combinations ?? evenlySpreadPatterns(frequency, cycleDays).map(maskToDays);
  return candidates.some((days) => locked.every((day) => days.includes(day)));
}

function repInput(row: RepRow, standard: VisitStandard, cycleWeeks: number): RepInput {
  const weekdays = new Set(row.working_weekdays ?? [1, 2, 3, 4, 5, 6]);
  const workingDays: number[] = [];
  for (let week = 0; week < cycleWeeks; week++) {
    for (let day = 0; day < standard.cycle.workingDaysPerWeek; day++) {
      if (weekdays.has(day + 1)) workingDays.push(week * standard.cycle.workingDaysPerWeek + day);
    }
  }
  return {
    id: row.id,
    start: { lat: row.start_latitude as number, lng: row.start_longitude as number },
    ...(row.end_latitude !== null && row.end_longitude !== null ? { end: { lat: row.end_latitude, lng: row.end_longitude } } : {}),
    workingDays,
    routeDurationLimit: routeDurationLimitFromWorkingDay({
      workingMinutes: (row.day_end_minute ?? 960) - (row.day_start_minute ?? 480),
      breakMinutes: row.break_minutes ?? 60,
      nonCustomerMinutes: row.non_customer_minutes ?? 30,
    }),
  };
}
