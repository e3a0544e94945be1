import type { RouteState } from "../search/route-state.ts";
import type { CustomerOperator } from "./route-operator.ts";
import type { NeighbourLists } from "../search/neighbours.ts";
import { nearestRepPatterns } from "../search/nearest-rep.ts";

/**
 * Pattern improvement with reps: the multi-depot form of Vidal et al. (2012,
 * "A hybrid genetic algorithm for multidepot and periodic vehicle routing
 * problems", section 4.4), where a pattern is a depot — here a rep — with a
 * day combination. Moves a customer to another allowed (rep, combination).
 * Under the same rep, days left save the visit's removal and days gained cost
 * the cheapest insertion into the rep's route of that day; under another rep,
 * every visit is removed and every day of the new combination inserted into
 * the new rep's routes. Every route is touched at most once, so the sum is the
 * exact change of penalised cost.
 *
 * A rep's route is short (one working day), so the cheapest insertion into
 * it is found by trying every position, once per (customer, route): it is
 * kept until the route changes (RouteState.routeLastModified) and shared by
 * all combinations through that route. The search only weighs reps near the
 * customer — its current rep, the rep whose home is nearest, and the reps
 * serving its nearest neighbours — as granular neighbourhoods do for routes
 * (Toth & Vigo 2003); `complete` weighs every rep.
 */
export class RepPatternChange implements CustomerOperator {
  readonly name = "rep-pattern-change";
  private readonly removalCost: Float64Array;
  private readonly insertCost: Float64Array;
  private readonly insertPosition: Int32Array;
  /** Cheapest insertion of customer c into route r at [c · routeCount + r], valid while cachedAt > routeLastModified[r]. */
  private readonly cachedCost: Float64Array;
  private readonly cachedPosition: Int32Array;
  private readonly cachedAt: Int32Array;
  private readonly repDays: Int32Array;
  private readonly repStamp: Int32Array;
  private readonly nearestRep: Int32Array;
  private readonly neighbours: NeighbourLists;
  private readonly repNeighbourCount: number;
  private stamp = 0;
  private chosenPattern = -1;

  /** `granularity` nearest neighbours of a customer name the reps its moves may go to. */
  constructor(state: RouteState, neighbours: NeighbourLists, granularity: number) {
    const { problem, size, routeCount } = state;
    const repCount = problem.repIds.length;
    this.neighbours = neighbours;
    this.repNeighbourCount = granularity;
    this.removalCost = new Float64Array(state.dayCount);
    this.insertCost = new Float64Array(routeCount);
    this.insertPosition = new Int32Array(routeCount);
    this.cachedCost = new Float64Array(size * routeCount);
    this.cachedPosition = new Int32Array(size * routeCount);
    this.cachedAt = new Int32Array(size * routeCount).fill(-1);
    this.repDays = new Int32Array(repCount);
    this.repStamp = new Int32Array(repCount);
    const nearest = nearestRepPatterns(problem).first;
    this.nearestRep = Int32Array.from(nearest, (pattern, customer) => (customer === 0 ? 0 : (problem.patternRep[pattern] as number)));
  }

  /** Forgets every cached insertion: the state holds another solution or other penalties. */
  reset(): void {
    this.cachedAt.fill(-1);
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
    const stamp = this.prepare(state, customer, currentMask, currentRep, true);
    const currentCost = current >= 0 ? (problem.patternCost[current] as number) : 0;
    let best = Infinity;
    for (let pattern = first; pattern < last; pattern++) {
      if (pattern === current || this.repStamp[problem.patternRep[pattern] as number] !== stamp) continue;
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
    this.prepare(state, customer, currentMask, currentRep, false);
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
  // route of a weighed rep it could join, insertCost and insertPosition.
  // Returns the stamp that marks the weighed reps in repStamp.
  private prepare(state: RouteState, customer: number, currentMask: number, currentRep: number, nearOnly: boolean): number {
    const { problem, next, prev, routeDuration, routeLoad, routePenalty, routeOf, visitNode, size, dayCount } = state;
    const demand = state.demand[customer] as number;
    const service = state.service[customer] as number;
    const { removalCost, repDays, repStamp } = this;
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
    if (nearOnly) {
      if (currentRep >= 0) repStamp[currentRep] = stamp;
      repStamp[this.nearestRep[customer] as number] = stamp;
      const { start, list } = this.neighbours;
      const end = Math.min(start[customer + 1] as number, (start[customer] as number) + this.repNeighbourCount);
      for (let entry = start[customer] as number; entry < end; entry++) {
        const pattern = state.patternIndex[list[entry] as number] as number;
        if (pattern >= 0) repStamp[problem.patternRep[pattern] as number] = stamp;
      }
    } else {
      repStamp.fill(stamp);
    }
    const base = customer * state.routeCount;
    const { cachedAt, cachedCost, cachedPosition, insertCost, insertPosition } = this;
    for (let rep = 0; rep < repDays.length; rep++) {
      if (repStamp[rep] !== stamp) continue;
      // The current rep's routes on the customer's days already hold it.
      const days = rep === currentRep ? (repDays[rep] as number) & ~currentMask : (repDays[rep] as number);
      for (let rest = days; rest !== 0; rest &= rest - 1) {
        const route = problem.repDayRoute[rep * dayCount + (31 - Math.clz32(rest & -rest))] as number;
        // A stamp equal to the route's last change may predate or follow it: only a later one is trusted.
        if ((cachedAt[base + route] as number) > (state.routeLastModified[route] as number)) {
          insertCost[route] = cachedCost[base + route] as number;
          insertPosition[route] = cachedPosition[base + route] as number;
          continue;
        }
        this.cheapestInsertion(state, customer, route, demand, service);
        cachedCost[base + route] = insertCost[route] as number;
        cachedPosition[base + route] = insertPosition[route] as number;
        cachedAt[base + route] = state.moveCount;
      }
    }
    return stamp;
  }

  // Tries every position of the route.
  private cheapestInsertion(state: RouteState, customer: number, route: number, demand: number, service: number): void {
    const { next, travel, location } = state;
    const size = state.matrixSize;
    const duration = (state.routeDuration[route] as number) + service;
    const load = (state.routeLoad[route] as number) + demand;
    const offset = (state.routeCustomers[route] as number) === 0 ? (state.emptyRouteTravel[route] as number) : 0;
    const routePenalty = state.routePenalty[route] as number;
    const routeEnd = state.depotEnd(route);
    let best = Infinity;
    let bestPosition = -1;
    for (let position = state.depotStart(route); position !== routeEnd; position = next[position] as number) {
      const from = location[position] as number;
      const to = location[next[position] as number] as number;
      const delta = (travel[from * size + customer] as number) + (travel[customer * size + to] as number) - (travel[from * size + to] as number);
      // Penalties never fall as a route grows, so a longer detour than the best cost cannot win.
      if (delta >= best && delta + service >= 0) continue;
      const cost = delta + state.penalty(route, duration + delta, load) - routePenalty + offset;
      if (cost < best) {
        best = cost;
        bestPosition = position;
      }
    }
    this.insertCost[route] = best;
    this.insertPosition[route] = bestPosition;
  }
}
