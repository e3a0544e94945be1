import type { Individual } from "./individual.ts";
import type { RouteState } from "./route-state.ts";

/** Loads an individual into the route state: its combinations and its routes on every day. */
export function loadIndividual(state: RouteState, individual: Individual): void {
  const size = state.size;
  state.patternIndex.set(individual.patternIndex);
  state.visitMask.fill(0);
  state.next.fill(-1, 0, state.depotBase);
  state.prev.fill(-1, 0, state.depotBase);
  state.routeOf.fill(-1, 0, state.depotBase);
  for (let day = 0; day < state.dayCount; day++) {
    const tour = individual.tours[day] as Int32Array;
    const ends = individual.routeEnds[day] as Int32Array;
    const firstRoute = state.routeFirst[day] as number;
    let begin = 0;
    for (let vehicle = 0; vehicle < ends.length; vehicle++) {
      const route = firstRoute + vehicle;
      const stop = ends[vehicle] as number;
      let previous = state.depotStart(route);
      for (let index = begin; index < stop; index++) {
        const customer = tour[index] as number;
        state.visitMask[customer] = (state.visitMask[customer] as number) | (1 << day);
        previous = state.link(previous, state.visitNode[day * size + customer] as number, route);
      }
      state.closeRoute(route, previous);
      begin = stop;
    }
  }
  state.moveCount = 0;
  state.lastTestedRouteImprovement.fill(-1);
  state.routeLastTestedSwapStar.fill(-1);
  for (let route = 0; route < state.routeCount; route++) state.updateRoute(route);
}

/**
 * Writes the route state's solution into an individual. Routes of each day are
 * ordered by the polar angle of their barycentre, as in HGS-CVRP, so that
 * similar solutions give similar tours for the crossover; reps' routes keep
 * their rep order, which is what ties a route to its rep.
 */
export function exportIndividual(state: RouteState, individual: Individual): void {
  const size = state.size;
  const { patternRep } = state.problem;
  individual.patternIndex.set(state.patternIndex);
  for (let customer = 1; customer < size; customer++) {
    const pattern = state.patternIndex[customer] as number;
    individual.customerRep[customer] = pattern >= 0 ? (patternRep[pattern] as number) : -1;
  }
  individual.successors.fill(-1);
  individual.predecessors.fill(-1);
  let travel = 0;
  let extra = 0;
  let excessLoad = 0;
  let excessDuration = 0;
  const order: { route: number; angle: number }[] = [];
  const withReps = state.problem.repIds.length > 0;
  for (let day = 0; day < state.dayCount; day++) {
    const firstRoute = state.routeFirst[day] as number;
    const lastRoute = state.routeFirst[day + 1] as number;
    let visits = 0;
    order.length = 0;
    for (let route = firstRoute; route < lastRoute; route++) {
      visits += state.routeCustomers[route] as number;
      order.push({ route, angle: withReps ? route : barycentreAngle(state, route) });
      // An empty route is no route: its start-to-end travel is not driven.
      if ((state.routeCustomers[route] as number) === 0) continue;
      const duration = state.routeDuration[route] as number;
      travel += duration - (state.routeService[route] as number);
      excessLoad += Math.max(0, (state.routeLoad[route] as number) - (state.routeCapacity[route] as number));
      excessDuration += Math.max(0, duration - (state.routeDurationLimit[route] as number));
      if (state.balanceWeight > 0 && (state.routeCustomers[route] as number) > 0) extra += state.balanceWeight * duration * duration;
    }
    if (!withReps) order.sort((first, second) => first.angle - second.angle);
    let tour = individual.tours[day] as Int32Array;
    if (tour.length !== visits) {
      tour = new Int32Array(visits);
      individual.tours[day] = tour;
    }
    const ends = individual.routeEnds[day] as Int32Array;
    let index = 0;
    order.forEach((entry, vehicle) => {
      const end = state.depotEnd(entry.route);
      let previousCustomer = 0;
      for (let node = state.next[state.depotStart(entry.route)] as number; node !== end; node = state.next[node] as number) {
        const customer = state.location[node] as number;
        tour[index++] = customer;
        individual.predecessors[day * size + customer] = previousCustomer;
        if (previousCustomer !== 0) individual.successors[day * size + previousCustomer] = customer;
        previousCustomer = customer;
      }
      if (previousCustomer !== 0) individual.successors[day * size + previousCustomer] = 0;
      ends[vehicle] = index;
    });
  }
  for (let customer = 1; customer < size; customer++) {
    const pattern = state.patternIndex[customer] as number;
    if (pattern >= 0) extra += state.problem.patternCost[pattern] as number;
  }
  individual.travel = travel;
  individual.objectiveExtra = extra;
  individual.excessLoad = excessLoad;
  individual.excessDuration = excessDuration;
  individual.feasible = excessLoad < 1e-9 && excessDuration < 1e-9;
  individual.penalisedCost = travel + extra + state.penaltyLoad * excessLoad + state.penaltyDuration * excessDuration;
}

function barycentreAngle(state: RouteState, route: number): number {
  const { planarX, planarY } = state.problem;
  // Empty routes go last, in a fixed order.
  if ((state.routeCustomers[route] as number) === 0) return 1e9 + route;
  if (planarX === null || planarY === null) return route;
  let sumX = 0;
  let sumY = 0;
  const end = state.depotEnd(route);
  for (let node = state.next[state.depotStart(route)] as number; node !== end; node = state.next[node] as number) {
    sumX += planarX[state.location[node] as number] as number;
    sumY += planarY[state.location[node] as number] as number;
  }
  const count = state.routeCustomers[route] as number;
  return Math.atan2(sumY / count - (planarY[0] as number), sumX / count - (planarX[0] as number));
}
