import type { VisitCycleProblem } from "../problem/visit-cycle-problem.ts";
import { buildCyclePlan } from "../solution/cycle-plan.ts";
import type { CyclePlan } from "../solution/cycle-plan.ts";
import { diagnosePlan } from "../solution/diagnosis.ts";
import type { Diagnosis } from "../solution/diagnosis.ts";
import { geneticSearch } from "./genetic-search.ts";
import type { GeneticSearchOptions } from "./genetic-search.ts";
import type { Individual } from "./individual.ts";
import { checkStopCriteria } from "./stop-criteria.ts";
import { poolInterchangeableDays, spreadPooledRoutes } from "./day-pooling.ts";

/** Options of `solve`: a seeded random generator, a clock and when to stop are required. */
export type SolveOptions = GeneticSearchOptions;

/** What `solve` returns. */
export interface SolveResult {
  readonly plan: CyclePlan;
  readonly feasible: boolean;
  /** The plan's objective: total travel plus secondary terms. */
  readonly cost: number;
  /** Present exactly when the plan is infeasible. */
  readonly diagnosis: Diagnosis | null;
  readonly iterations: number;
  readonly elapsedSeconds: number;
}

/**
 * Plans a visit cycle: picks each customer's visit days and orders each
 * day's routes, minimising travel (plus configured secondary terms) within
 * the fleet, capacity and working-day limits. When the limits cannot hold
 * every visit, the best plan found comes with a diagnosis instead of being
 * passed off as feasible.
 */
export function solve(problem: VisitCycleProblem, options: SolveOptions): SolveResult {
  checkStopCriteria(options.stop);
  const pooled = poolInterchangeableDays(problem);
  const result = geneticSearch(pooled ?? problem, options);
  const routes = pooled === null ? routesOf(problem, result.best) : spreadPooledRoutes(problem, routesOf(pooled, result.best)[0] as number[][]);
  const plan = buildCyclePlan(problem, routes);
  return {
    plan,
    feasible: plan.feasible,
    cost: plan.objectiveCost,
    diagnosis: plan.feasible ? null : diagnosePlan(problem, plan),
    iterations: result.iterations,
    elapsedSeconds: result.elapsedSeconds,
  };
}

/** The routes of an individual, per day and vehicle, as customer node lists. */
export function routesOf(problem: VisitCycleProblem, individual: Individual): number[][][] {
  return individual.tours.map((tour, day) => {
    const ends = individual.routeEnds[day] as Int32Array;
    const routes: number[][] = [];
    let begin = 0;
    for (let vehicle = 0; vehicle < (problem.vehicles[day] as number); vehicle++) {
      const end = ends[vehicle] as number;
      routes.push(Array.from(tour.subarray(begin, end)));
      begin = end;
    }
    return routes;
  });
}
