import type { RouteState } from "../search/route-state.ts";
import type { CustomerOperator } from "./route-operator.ts";
import type { NeighbourLists } from "../search/neighbours.ts";

/**
 * Pattern improvement with reps: the multi-depot form of Vidal et al. (2012,
 * "A hybrid genetic algorithm for multidepot and periodic vehicle routing
 * problems", section 4.4), where a pattern is a depot — here a rep — with a
 * day combination. Moves a customer to another allowed (rep, combination).
 * Under the same rep, days left save the visit's removal and days gained cost
 * the cheapest insertion into the rep's route of that day; under another rep,
 * every visit is removed and every day of the new combination inserted into
 * the new rep's routes. Every route is touched at most once, so the sum is the
 * exact change of penalised cost. Insertions are granular as in
 * `PatternChange`: next to the customer's nearest visits in each route, and
 * anywhere in a route holding none of them.
 */
export class RepPatternChange implements CustomerOperator {
  readonly name = "rep-pattern-change";
  private readonly removalCost: Float64Array;
  private readonly insertCost: Float64Array;
  private readonly insertPosition: Int32Array;
  private readonly found: Int32Array;
  private readonly candidateStamp: Int32Array;
  private readonly repDays: Int32Array;
  private readonly neighbours: NeighbourLists;
  private readonly granularity: number;
  private stamp = 0;
  private chosenPattern = -1;

  constructor(state: RouteState, neighbours: NeighbourLists, granularity: number) {
    this.neighbours = neighbours;
    this.granularity = granularity;
    this.removalCost = new Float64Array(state.dayCount);
    this.insertCost = new Float64Array(state.routeCount);
    this.insertPosition = new Int32Array(state.routeCount);
    this.found = new Int32Array(state.routeCount);
    this.candidateStamp = new Int32Array(state.routeCount);
    this.repDays = new Int32Array(state.problem.repIds.length);
  }

  evaluate(state: RouteState, customer: number): number {
    const { problem } = state;
    const current = state.patternIndex[customer] as number;
    const first = problem.patternStart[customer] as number;
    const last = problem.patternStart[customer + 1] as number;
    this.chosenPattern = -1;
    if (last - first <= 1 && current >= 0) return Infinity;
    const currentMask = state.visitMask[customer] as number;
    const currentRep = this.currentRep(state, customer);
    this.prepare(state, customer, currentMask, currentRep);
    const currentCost = current >= 0 ? (problem.patternCost[current] as number) : 0;
    let best = Infinity;
    for (let pattern = first; pattern < last; pattern++) {
      if (pattern === current) continue;
      const delta = (problem.patternCost[pattern] as number) - currentCost + this.moveCost(state, pattern, currentMask, currentRep);
      if (delta < best) {
        best = delta;
        this.chosenPattern = pattern;
      }
    }
    return best;
  }

  /**
   * Gives a customer visited on only some days (after the crossover) the
   * cheapest combination of the same rep containing those days, inserting the
   * missing visits at their cheapest positions.
   */
  complete(state: RouteState, customer: number): void {
    const { problem } = state;
    const currentMask = state.visitMask[customer] as number;
    const currentRep = this.currentRep(state, customer);
    this.prepare(state, customer, currentMask, currentRep);
    let best = Infinity;
    this.chosenPattern = -1;
    for (let pattern = problem.patternStart[customer] as number; pattern < (problem.patternStart[customer + 1] as number); pattern++) {
      const mask = problem.patternMask[pattern] as number;
      if (currentMask !== 0 && (problem.patternRep[pattern] !== currentRep || (mask & currentMask) !== currentMask)) continue;
      const cost = (problem.patternCost[pattern] as number) + this.moveCost(state, pattern, currentMask, currentRep);
      if (cost < best) {
        best = cost;
        this.chosenPattern = pattern;
      }
    }
    if (this.chosenPattern < 0) throw new Error(`customer ${customer} has visits of rep ${currentRep} on days that fit no allowed combination`);
    this.apply(state, customer);
  }

  apply(state: RouteState, customer: number): void {
    const { problem, size, dayCount } = state;
    const pattern = this.chosenPattern;
    const mask = problem.patternMask[pattern] as number;
    const rep = problem.patternRep[pattern] as number;
    const currentMask = state.visitMask[customer] as number;
    const currentRep = this.currentRep(state, customer);
    if (state.flexible[customer] === 1 && currentMask !== 0) {
      // One node carries a flexible customer's visit: move it to the new route.
      const oldRoute = state.routeOf[customer] as number;
      const newRoute = problem.repDayRoute[rep * dayCount + (31 - Math.clz32(mask))] as number;
      state.insertAfter(customer, this.insertPosition[newRoute] as number);
      state.updateRoute(oldRoute);
      state.updateRoute(newRoute);
      return;
    }
    const kept = rep === currentRep ? mask & currentMask : 0;
    for (let day = 0; day < dayCount; day++) {
      const bit = 1 << day;
      const node = state.visitNode[day * size + customer] as number;
      if ((currentMask & ~kept & bit) !== 0) {
        const route = state.routeOf[node] as number;
        state.unlink(node);
        state.updateRoute(route);
      }
      if ((mask & ~kept & bit) !== 0) {
        const route = problem.repDayRoute[rep * dayCount + day] as number;
        state.insertAfter(node, this.insertPosition[route] as number);
        state.updateRoute(route);
      }
    }
    state.visitMask[customer] = mask;
    state.patternIndex[customer] = pattern;
  }

  // The rep of a customer's visits, −1 while it has none.
  private currentRep(state: RouteState, customer: number): number {
    const pattern = state.patternIndex[customer] as number;
    if (pattern >= 0) return state.problem.patternRep[pattern] as number;
    const mask = state.visitMask[customer] as number;
    if (mask === 0) return -1;
    const node = state.visitNode[(31 - Math.clz32(mask & -mask)) * state.size + customer] as number;
    return state.routeRep[state.routeOf[node] as number] as number;
  }

  private moveCost(state: RouteState, pattern: number, currentMask: number, currentRep: number): number {
    const { problem, dayCount } = state;
    const rep = problem.patternRep[pattern] as number;
    const mask = problem.patternMask[pattern] as number;
    const kept = rep === currentRep ? mask & currentMask : 0;
    let cost = 0;
    for (let days = currentMask & ~kept; days !== 0; days &= days - 1) cost += this.removalCost[31 - Math.clz32(days & -days)] as number;
    for (let days = mask & ~kept; days !== 0; days &= days - 1) {
      cost += this.insertCost[problem.repDayRoute[rep * dayCount + (31 - Math.clz32(days & -days))] as number] as number;
    }
    return cost;
  }

  // Fills removalCost for the days the customer is visited and, for every
  // route it could join, insertCost and insertPosition.
  private prepare(state: RouteState, customer: number, currentMask: number, currentRep: number): void {
    const { problem, next, prev, routeDuration, routeLoad, routePenalty, routeOf, visitMask, visitNode, size, dayCount } = state;
    const demand = state.demand[customer] as number;
    const service = state.service[customer] as number;
    const { removalCost, insertCost, insertPosition, found, candidateStamp, repDays } = this;
    for (let days = currentMask; days !== 0; days &= days - 1) {
      const day = 31 - Math.clz32(days & -days);
      const node = visitNode[day * size + customer] as number;
      const route = routeOf[node] as number;
      const before = prev[node] as number;
      const after = next[node] as number;
      const delta = state.distance(before, after) - state.distance(before, node) - state.distance(node, after);
      removalCost[day] =
        delta + state.penalty(route, (routeDuration[route] as number) + delta - service, (routeLoad[route] as number) - demand) - (routePenalty[route] as number);
      // Emptying a route also saves the start-to-end travel the state still charges it (RouteState.emptyRouteTravel).
      if ((state.routeCustomers[route] as number) === 1) removalCost[day] = (removalCost[day] as number) - (state.emptyRouteTravel[route] as number);
    }
    const stamp = ++this.stamp;
    repDays.fill(0);
    for (let pattern = problem.patternStart[customer] as number; pattern < (problem.patternStart[customer + 1] as number); pattern++) {
      const rep = problem.patternRep[pattern] as number;
      repDays[rep] = (repDays[rep] as number) | (problem.patternMask[pattern] as number);
    }
    let pending = 0;
    for (let rep = 0; rep < repDays.length; rep++) {
      // The current rep's routes on the customer's days already hold it.
      const days = rep === currentRep ? (repDays[rep] as number) & ~currentMask : (repDays[rep] as number);
      for (let rest = days; rest !== 0; rest &= rest - 1) {
        const route = problem.repDayRoute[rep * dayCount + (31 - Math.clz32(rest & -rest))] as number;
        candidateStamp[route] = stamp;
        insertCost[route] = Infinity;
        insertPosition[route] = -1;
        found[route] = 0;
        pending++;
      }
    }
    const { start, list } = this.neighbours;
    const end = start[customer + 1] as number;
    for (let entry = start[customer] as number; entry < end && pending > 0; entry++) {
      const neighbour = list[entry] as number;
      for (let days = visitMask[neighbour] as number; days !== 0; days &= days - 1) {
        const node = visitNode[(31 - Math.clz32(days & -days)) * size + neighbour] as number;
        const route = routeOf[node] as number;
        if (route < 0 || candidateStamp[route] !== stamp || (found[route] as number) >= this.granularity) continue;
        this.consider(state, customer, route, node, demand, service);
        this.consider(state, customer, route, prev[node] as number, demand, service);
        found[route] = (found[route] as number) + 1;
        if (found[route] === this.granularity) pending--;
      }
    }
    for (let route = 0; route < state.routeCount; route++) {
      if (candidateStamp[route] !== stamp || (found[route] as number) > 0) continue;
      const routeEnd = state.depotEnd(route);
      for (let position = state.depotStart(route); position !== routeEnd; position = next[position] as number) {
        this.consider(state, customer, route, position, demand, service);
      }
    }
  }

  private consider(state: RouteState, customer: number, route: number, position: number, demand: number, service: number): void {
    const following = state.next[position] as number;
    const size = state.matrixSize;
    const from = state.location[position] as number;
    const to = state.location[following] as number;
    const travel = state.travel;
    const delta = (travel[from * size + customer] as number) + (travel[customer * size + to] as number) - (travel[from * size + to] as number);
    const cost =
      delta +
      state.penalty(route, (state.routeDuration[route] as number) + delta + service, (state.routeLoad[route] as number) + demand) -
      (state.routePenalty[route] as number) +
      ((state.routeCustomers[route] as number) === 0 ? (state.emptyRouteTravel[route] as number) : 0);
    if (cost < (this.insertCost[route] as number)) {
      this.insertCost[route] = cost;
      this.insertPosition[route] = position;
    }
  }
}
