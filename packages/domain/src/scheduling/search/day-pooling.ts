import type { VisitCycleProblem } from "../problem/visit-cycle-problem.ts";

/**
 * When every customer is visited once, on any day it likes, and all days
 * have the same route limits, the days are interchangeable: the problem is a
 * plain CVRP with all the days' vehicles in one pool (Cordeau et al. 1997
 * note this for p01–p09's CMT-based instances). Solving the pooled problem
 * lets every inter-route move apply across days. Returns null when the days
 * are not interchangeable.
 */
export function poolInterchangeableDays(problem: VisitCycleProblem): VisitCycleProblem | null {
  const days = problem.cycleDays;
  // Reps are tied to their own days and homes: their days are never interchangeable.
  if (days === 1 || problem.repIds.length > 0) return null;
  for (let day = 1; day < days; day++) {
    if (problem.capacity[day] !== problem.capacity[0] || problem.durationLimit[day] !== problem.durationLimit[0]) return null;
  }
  const everyDay = (1 << days) - 1;
  const patternCost = new Float64Array(problem.customerCount);
  for (let customer = 1; customer <= problem.customerCount; customer++) {
    const first = problem.patternStart[customer] as number;
    const last = problem.patternStart[customer + 1] as number;
    if (last - first !== days) return null;
    let covered = 0;
    for (let pattern = first; pattern < last; pattern++) {
      const mask = problem.patternMask[pattern] as number;
      // A single day: exactly one bit set.
      if (mask === 0 || (mask & (mask - 1)) !== 0) return null;
      if (problem.patternCost[pattern] !== problem.patternCost[first]) return null;
      covered |= mask;
    }
    if (covered !== everyDay) return null;
    patternCost[customer - 1] = problem.patternCost[first] as number;
  }
  let vehicles = 0;
  for (const count of problem.vehicles) vehicles += count;
  return {
    ...problem,
    cycleDays: 1,
    vehicles: Int32Array.of(vehicles),
    capacity: Float64Array.of(problem.capacity[0] as number),
    durationLimit: Float64Array.of(problem.durationLimit[0] as number),
    routeFirst: Int32Array.of(0, vehicles),
    routeRep: new Int32Array(vehicles).fill(-1),
    routeStart: new Int32Array(vehicles),
    routeEnd: new Int32Array(vehicles),
    routeCapacity: new Float64Array(vehicles).fill(problem.capacity[0] as number),
    routeDurationLimit: new Float64Array(vehicles).fill(problem.durationLimit[0] as number),
    patternStart: Int32Array.from({ length: problem.customerCount + 2 }, (_, customer) => Math.max(0, customer - 1)),
    patternMask: new Int32Array(problem.customerCount).fill(1),
    patternRep: new Int32Array(problem.customerCount).fill(-1),
    patternCost,
  };
}

/** Hands the pooled routes out to the days, up to each day's vehicles. */
export function spreadPooledRoutes(problem: VisitCycleProblem, pooledRoutes: readonly number[][]): number[][][] {
  const routes = pooledRoutes.filter((route) => route.length > 0);
  let next = 0;
  return Array.from({ length: problem.cycleDays }, (_, day) =>
    Array.from({ length: problem.vehicles[day] as number }, () => (next < routes.length ? (routes[next++] as number[]) : [])),
  );
}
