import type { VisitCycleProblem } from "../problem/visit-cycle-problem.ts";

/** One rep's route on one day. */
export interface PlannedRoute {
  /** Vehicle slot on the day, from 0 (with reps, the index among the reps working that day). */
  readonly vehicle: number;
  /** The rep making the route; null for an anonymous vehicle. */
  readonly repId: string | null;
  /** Customers in visiting order, by input id. */
  readonly customerIds: readonly string[];
  /** Customers in visiting order, by node number (1 = first input customer). */
  readonly nodes: readonly number[];
  readonly travel: number;
  readonly serviceTime: number;
  /** Travel plus service time. */
  readonly duration: number;
  readonly load: number;
}

/** The routes of one day of the cycle. */
export interface PlannedDay {
  readonly day: number;
  /** Non-empty routes only. */
  readonly routes: readonly PlannedRoute[];
}

/** A cycle plan: each customer's visit days and each day's ordered routes. */
export interface CyclePlan {
  readonly days: readonly PlannedDay[];
  /** Visit days of each customer, by input id, 0-based and increasing. */
  readonly customerDays: ReadonlyMap<string, readonly number[]>;
  readonly totalTravel: number;
  /** Total travel plus the secondary objective terms (balance, stability, preferences). */
  readonly objectiveCost: number;
  /** Sum over routes of load above capacity. */
  readonly excessLoad: number;
  /** Sum over routes of duration above the limit. */
  readonly excessDuration: number;
  readonly feasible: boolean;
}

/**
 * Builds a plan from routes given as node lists per day, and evaluates it:
 * travel, durations, loads, excesses and the secondary objective. Customers'
 * days are read from the routes, so a plan built from hand-made routes is
 * evaluated exactly like one from the solver. Route k of day d is the route
 * slot problem.routeFirst[d] + k: with reps, the k-th rep working that day,
 * from their start to their end. A customer served by two reps, or on days
 * or by a rep no allowed combination has, makes the plan infeasible.
 */
export function buildCyclePlan(problem: VisitCycleProblem, routesByDay: readonly (readonly (readonly number[])[])[]): CyclePlan {
  const size = problem.customerCount + 1;
  const matrixSize = problem.locationCount;
  const { travel, demand, service } = problem;
  const visitMask = new Int32Array(size);
  // Rep of each customer's visits: −1 without reps, −2 before the first visit, −3 when two reps share it.
  const visitRep = new Int32Array(size).fill(-2);
  let totalTravel = 0;
  let balance = 0;
  let excessLoad = 0;
  let excessDuration = 0;
  const days: PlannedDay[] = routesByDay.map((routes, day) => {
    const planned: PlannedRoute[] = [];
    routes.forEach((nodes, vehicle) => {
      if (nodes.length === 0) return;
      const limits = routeLimits(problem, day, vehicle);
      const rep = limits.rep;
      let routeTravel = 0;
      let serviceTime = 0;
      let load = 0;
      let previous = limits.start;
      for (const node of nodes) {
        routeTravel += travel[previous * matrixSize + node] as number;
        serviceTime += service[node] as number;
        load += demand[node] as number;
        visitMask[node] = (visitMask[node] as number) | (1 << day);
        const seen = visitRep[node] as number;
        visitRep[node] = seen === -2 || seen === rep ? rep : -3;
        previous = node;
      }
      routeTravel += travel[previous * matrixSize + limits.end] as number;
      const duration = routeTravel + serviceTime;
      totalTravel += routeTravel;
      balance += problem.workloadBalanceWeight * duration * duration;
      excessLoad += Math.max(0, load - limits.capacity);
      excessDuration += Math.max(0, duration - limits.durationLimit);
      planned.push({
        vehicle,
        repId: rep < 0 ? null : (problem.repIds[rep] as string),
        customerIds: nodes.map((node) => problem.nodeIds[node] as string),
        nodes: [...nodes],
        travel: routeTravel,
        serviceTime,
        duration,
        load,
      });
    });
    return { day, routes: planned };
  });
  let patternCost = 0;
  let patternsRespected = true;
  const customerDays = new Map<string, readonly number[]>();
  for (let customer = 1; customer < size; customer++) {
    const mask = visitMask[customer] as number;
    const visitDays: number[] = [];
    for (let day = 0; day < problem.cycleDays; day++) if ((mask >>> day) & 1) visitDays.push(day);
    customerDays.set(problem.nodeIds[customer] as string, visitDays);
    let matched = false;
    for (let pattern = problem.patternStart[customer] as number; pattern < (problem.patternStart[customer + 1] as number); pattern++) {
      if (problem.patternMask[pattern] === mask && problem.patternRep[pattern] === visitRep[customer]) {
        patternCost += problem.patternCost[pattern] as number;
        matched = true;
        break;
      }
    }
    if (!matched) patternsRespected = false;
  }
  const fleetRespected = routesByDay.every((routes, day) => routes.filter((nodes) => nodes.length > 0).length <= (problem.vehicles[day] as number));
  return {
    days,
    customerDays,
    totalTravel,
    objectiveCost: totalTravel + balance + patternCost,
    excessLoad,
    excessDuration,
    feasible: patternsRespected && fleetRespected && excessLoad < 1e-9 && excessDuration < 1e-9,
  };
}

/**
 * Where route k of a day starts and ends, its limits and rep. A route beyond
 * the day's fleet (which makes a plan infeasible) is taken as an anonymous
 * vehicle at the depot with the day's limits.
 */
export function routeLimits(problem: VisitCycleProblem, day: number, vehicle: number) {
  if (vehicle < (problem.vehicles[day] as number)) {
    const slot = (problem.routeFirst[day] as number) + vehicle;
    return {
      rep: problem.routeRep[slot] as number,
      start: problem.routeStart[slot] as number,
      end: problem.routeEnd[slot] as number,
      capacity: problem.routeCapacity[slot] as number,
      durationLimit: problem.routeDurationLimit[slot] as number,
    };
  }
  return { rep: -1, start: 0, end: 0, capacity: problem.capacity[day] as number, durationLimit: problem.durationLimit[day] as number };
}
