import type { Diagnosis } from "@beatplan/domain";
import { dayName } from "./day-names.ts";
import type { VisitProblem } from "./visit-problem.ts";

/** A day over its rep's working time, as stored with the plan. */
export interface StoredOverloadedDay {
  readonly week: number;
  readonly weekday: number;
  readonly repId: string;
  readonly requiredMinutes: number;
  readonly availableMinutes: number;
  readonly overMinutes: number;
}

/** A visit the days could not hold. */
export interface StoredUnplacedVisit {
  readonly customerId: string;
  readonly week: number;
  readonly weekday: number;
  readonly repId: string | null;
}

/** Why a plan does not fit, in the API's terms (weeks, weekdays, customer codes), as stored with the plan. */
export interface StoredDiagnosis {
  readonly summary: string;
  readonly overloadedDays: readonly StoredOverloadedDay[];
  readonly unplacedVisits: readonly StoredUnplacedVisit[];
  readonly requiredMinutes: number;
  /** Null when some day has no limit. */
  readonly availableMinutes: number | null;
  readonly suggestions: readonly string[];
}

const round = (minutes: number) => Math.round(minutes);
const CLASS_ORDER = ["D", "C", "B", "A"];

/**
 * Words the solver's diagnosis of an infeasible plan for a manager: which days are over by how
 * much, which visits did not fit, the cycle's required against available minutes, and what to
 * change (fewer visits for the lowest class that has visits, longer days, another rep).
 */
export function describeDiagnosis(problem: VisitProblem, diagnosis: Diagnosis): StoredDiagnosis {
  const perWeek = problem.workingDaysPerWeek;
  const at = (day: number) => ({ week: Math.floor(day / perWeek) + 1, weekday: (day % perWeek) + 1 });
  const emailOf = new Map(problem.reps.map((rep) => [rep.id, rep.email]));
  const codeOf = new Map(problem.customers.map((customer) => [customer.id, customer.code]));
  const classOf = new Map(problem.customers.map((customer) => [customer.id, customer.customerClass]));
  const overloadedDays = diagnosis.overloadedRoutes
    .filter((route) => route.excessDuration > 1e-9)
    .map((route) => ({ ...at(route.day), repId: route.repId ?? "", requiredMinutes: route.duration, availableMinutes: route.durationLimit, overMinutes: route.excessDuration }));
  const unplacedVisits = diagnosis.unplacedVisits.map((visit) => ({ customerId: visit.customerId, ...at(visit.day), repId: visit.repId }));
  const available = Number.isFinite(diagnosis.availableTime) ? diagnosis.availableTime : null;
  const totalOver = overloadedDays.reduce((sum, day) => sum + day.overMinutes, 0);
  const multipleReps = problem.reps.length > 1;
  const listed = [...overloadedDays]
    .sort((a, b) => b.overMinutes - a.overMinutes)
    .slice(0, 3)
    .map((day) => `${dayName(day.week, day.weekday)}${multipleReps ? ` (${emailOf.get(day.repId) ?? day.repId})` : ""} by ${round(day.overMinutes)} min`);
  const codes = [...new Set(unplacedVisits.map((visit) => codeOf.get(visit.customerId) ?? visit.customerId))];
  const parts = [
    `The plan does not fit the working time: ${overloadedDays.length} day(s) are over by ${round(totalOver)} minutes in all (${listed.join(", ")}${overloadedDays.length > 3 ? ", …" : ""}).`,
    unplacedVisits.length > 0 ? `${unplacedVisits.length} visit(s) do not fit: ${codes.slice(0, 10).join(", ")}${codes.length > 10 ? ", …" : ""}.` : "",
    `The cycle needs ${round(diagnosis.requiredTime)} minutes of visits and travel; the reps have ${available === null ? "no limit on some days" : `${round(available)} minutes`}.`,
  ];
  const suggestions: string[] = [];
  const unplacedByClass = new Map<string, number>();
  for (const visit of unplacedVisits) unplacedByClass.set(classOf.get(visit.customerId) ?? "?", (unplacedByClass.get(classOf.get(visit.customerId) ?? "?") ?? 0) + 1);
  const visitMinutes = new Map<string, { visits: number; minutes: number }>();
  problem.input.customers.forEach((customer, index) => {
    const customerClass = problem.customers[index]?.customerClass ?? "?";
    const visits = customer.frequency ?? customer.allowedDayCombinations?.[0]?.length ?? 0;
    const entry = visitMinutes.get(customerClass) ?? { visits: 0, minutes: 0 };
    visitMinutes.set(customerClass, { visits: entry.visits + visits, minutes: entry.minutes + visits * (customer.serviceMinutes ?? 0) });
  });
  const lowest = CLASS_ORDER.find((customerClass) => (visitMinutes.get(customerClass)?.visits ?? 0) > 0);
  if (lowest) {
    const entry = visitMinutes.get(lowest) as { visits: number; minutes: number };
    suggestions.push(`Fewer visits for class ${lowest}: its ${entry.visits} visits per cycle take ${round(entry.minutes)} minutes; change the visit standard or reclassify customers.`);
  }
  const worst = overloadedDays.reduce((most, day) => Math.max(most, day.overMinutes), 0);
  if (worst > 0) suggestions.push(`Longer days: the most overloaded day needs ${Math.ceil(worst)} more minutes; lengthen the reps' working day or shorten breaks and non-customer work.`);
  if (available !== null && diagnosis.requiredTime > available) {
    const days = problem.input.reps?.reduce((sum, rep) => sum + (rep.workingDays?.length ?? problem.input.cycleDays), 0) ?? problem.input.cycleDays;
    const perDay = available / Math.max(1, days);
    const short = diagnosis.requiredTime - available;
    suggestions.push(`Another rep: the cycle needs ${round(short)} minutes more than the reps have, about ${Math.ceil(short / Math.max(1, perDay))} more working day(s); add a rep or move customers to another territory.`);
  } else {
    suggestions.push(`Spread the work: the reps have enough time in all, but not on the overloaded days; remove weekday pins, or let customers go to another rep (repAssignment OPTIMISE).`);
  }
  return { summary: parts.filter(Boolean).join(" "), overloadedDays, unplacedVisits, requiredMinutes: diagnosis.requiredTime, availableMinutes: available, suggestions };
}
