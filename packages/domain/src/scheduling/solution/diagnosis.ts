import type { VisitCycleProblem } from "../problem/visit-cycle-problem.ts";
import type { CyclePlan } from "./cycle-plan.ts";
import { routeLimits } from "./cycle-plan.ts";

/** A route that breaks a day's (or its rep's) limit. */
export interface OverloadedRoute {
  readonly day: number;
  readonly vehicle: number;
  /** The rep making the route; null for an anonymous vehicle. */
  readonly repId: string | null;
  readonly duration: number;
  readonly durationLimit: number;
  /** Time above the limit (0 when only the capacity is exceeded). */
  readonly excessDuration: number;
  readonly load: number;
  readonly capacity: number;
  readonly excessLoad: number;
}

/** A visit the plan could not fit within the limits. */
export interface UnplacedVisit {
  readonly customerId: string;
  readonly day: number;
  /** The rep whose route could not hold the visit; null for an anonymous vehicle. */
  readonly repId: string | null;
}

/** Why a plan is infeasible, in terms a manager can act on. */
export interface Diagnosis {
  readonly overloadedRoutes: readonly OverloadedRoute[];
  /**
   * Visits to drop so that every route fits its limits, chosen greedily (the
   * visit saving the most time or load first). Dropping them breaks those
   * customers' frequencies: they are the work the days cannot hold.
   */
  readonly unplacedVisits: readonly UnplacedVisit[];
  /** Service time over all visits of the cycle. */
  readonly serviceTime: number;
  /** Travel of the returned plan. */
  readonly travelTime: number;
  /** Service plus travel. */
  readonly requiredTime: number;
  /** Route duration limits summed over every route of the cycle (vehicles or working reps); Infinity when some route has no limit. */
  readonly availableTime: number;
  /** One plain-language paragraph. */
  readonly summary: string;
}

/** Explains an infeasible plan: overloaded routes, visits that do not fit, required versus available time. */
export function diagnosePlan(problem: VisitCycleProblem, plan: CyclePlan): Diagnosis {
  const size = problem.locationCount;
  const { travel, service, demand } = problem;
  const overloadedRoutes: OverloadedRoute[] = [];
  const unplacedVisits: UnplacedVisit[] = [];
  let serviceTime = 0;
  for (const day of plan.days) {
    for (const route of day.routes) {
      const { durationLimit, capacity, start, end } = routeLimits(problem, day.day, route.vehicle);
      serviceTime += route.serviceTime;
      const excessDuration = Math.max(0, route.duration - durationLimit);
      const excessLoad = Math.max(0, route.load - capacity);
      if (excessDuration < 1e-9 && excessLoad < 1e-9) continue;
      overloadedRoutes.push({
        day: day.day,
        vehicle: route.vehicle,
        repId: route.repId,
        duration: route.duration,
        durationLimit,
        excessDuration,
        load: route.load,
        capacity,
        excessLoad,
      });
      const nodes = [...route.nodes];
      let duration = route.duration;
      let load = route.load;
      while (nodes.length > 0 && (duration > durationLimit + 1e-9 || load > capacity + 1e-9)) {
        let bestIndex = 0;
        let bestSaving = -Infinity;
        nodes.forEach((node, index) => {
          const before = index === 0 ? start : (nodes[index - 1] as number);
          const after = index === nodes.length - 1 ? end : (nodes[index + 1] as number);
          const timeSaving =
            (travel[before * size + node] as number) + (travel[node * size + after] as number) - (travel[before * size + after] as number) + (service[node] as number);
          const saving = duration > durationLimit + 1e-9 ? timeSaving : (demand[node] as number);
          if (saving > bestSaving) {
            bestSaving = saving;
            bestIndex = index;
          }
        });
        const node = nodes[bestIndex] as number;
        const before = bestIndex === 0 ? start : (nodes[bestIndex - 1] as number);
        const after = bestIndex === nodes.length - 1 ? end : (nodes[bestIndex + 1] as number);
        duration -= (travel[before * size + node] as number) + (travel[node * size + after] as number) - (travel[before * size + after] as number) + (service[node] as number);
        load -= demand[node] as number;
        nodes.splice(bestIndex, 1);
        unplacedVisits.push({ customerId: problem.nodeIds[node] as string, day: day.day, repId: route.repId });
      }
    }
  }
  let availableTime = 0;
  for (const limit of problem.routeDurationLimit) availableTime += limit;
  const requiredTime = serviceTime + plan.totalTravel;
  const days = [...new Set(overloadedRoutes.map((route) => route.day))];
  const where =
    problem.repIds.length === 0
      ? `on day(s) ${days.join(", ")}`
      : `(${overloadedRoutes.map((route) => `rep ${route.repId} on day ${route.day}`).join(", ")})`;
  const summary =
    overloadedRoutes.length === 0
      ? "Every route fits its day's limits."
      : `${overloadedRoutes.length} route(s) ${where} exceed their limits ` +
        `(by ${overloadedRoutes.reduce((sum, route) => sum + route.excessDuration, 0).toFixed(1)} time units and ` +
        `${overloadedRoutes.reduce((sum, route) => sum + route.excessLoad, 0).toFixed(1)} load units in total); ` +
        `${unplacedVisits.length} visit(s) do not fit. The cycle needs ${requiredTime.toFixed(1)} time units ` +
        `(${serviceTime.toFixed(1)} at customers, ${plan.totalTravel.toFixed(1)} travelling) and the working days offer ${availableTime.toFixed(1)}.`;
  return { overloadedRoutes, unplacedVisits, serviceTime, travelTime: plan.totalTravel, requiredTime, availableTime, summary };
}
