import type { RouteState } from "../search/route-state.ts";
import type { CustomerOperator } from "./route-operator.ts";
import type { NeighbourLists } from "../search/neighbours.ts";

/**
 * Pattern improvement (Vidal et al. 2012, "A hybrid genetic algorithm for
 * multidepot and periodic vehicle routing problems", section 4.4): moves a
 * customer to another allowed day combination. Each day left saves the
 * visit's removal cost; each day gained costs the cheapest insertion over
 * that day's routes (granular: next to the customer's nearest visits of the
 * day, or anywhere when the day has none of them); days kept are unchanged. Days are independent, so the
 * sum is the exact change of penalised cost.
 */
export class PatternChange implements CustomerOperator {
  readonly name = "pattern-change";
  private readonly dayCost: Float64Array;
  private readonly dayPosition: Int32Array;
  private readonly foundPerDay: Int32Array;
  private chosenPattern = -1;
  private readonly neighbours: NeighbourLists;
  private readonly granularity: number;

  constructor(state: RouteState, neighbours: NeighbourLists, granularity: number) {
    this.neighbours = neighbours;
    this.granularity = granularity;
    this.dayCost = new Float64Array(state.dayCount);
    this.dayPosition = new Int32Array(state.dayCount);
    this.foundPerDay = new Int32Array(state.dayCount);
  }

  /** Nothing is cached between moves. */
  reset(): void {}

  evaluate(state: RouteState, customer: number): number {
    const { problem } = state;
    const current = state.patternIndex[customer] as number;
    const currentMask = state.visitMask[customer] as number;
    const first = problem.patternStart[customer] as number;
    const last = problem.patternStart[customer + 1] as number;
    this.chosenPattern = -1;
    if (last - first <= 1 && current >= 0) return Infinity;
    let reachable = 0;
    for (let pattern = first; pattern < last; pattern++) reachable |= problem.patternMask[pattern] as number;
    this.prepareDays(state, customer, reachable, currentMask);
    const currentCost = current >= 0 ? (problem.patternCost[current] as number) : 0;
    let best = Infinity;
    for (let pattern = first; pattern < last; pattern++) {
      if (pattern === current) continue;
      const mask = problem.patternMask[pattern] as number;
      let delta = (problem.patternCost[pattern] as number) - currentCost;
      for (let day = 0; day < state.dayCount; day++) {
        const bit = 1 << day;
        if (((mask ^ currentMask) & bit) !== 0) delta += this.dayCost[day] as number;
      }
      if (delta < best) {
        best = delta;
        this.chosenPattern = pattern;
      }
    }
    return best;
  }

  /**
   * Gives a customer visited on only some days of a combination (after the
   * crossover) the cheapest combination containing those days, inserting
   * the missing visits at their cheapest positions.
   */
  complete(state: RouteState, customer: number): void {
    const { problem } = state;
    const currentMask = state.visitMask[customer] as number;
    const first = problem.patternStart[customer] as number;
    const last = problem.patternStart[customer + 1] as number;
    let reachable = 0;
    for (let pattern = first; pattern < last; pattern++) reachable |= problem.patternMask[pattern] as number;
    this.prepareDays(state, customer, reachable, currentMask);
    let best = Infinity;
    this.chosenPattern = -1;
    for (let pattern = first; pattern < last; pattern++) {
      const mask = problem.patternMask[pattern] as number;
      if ((mask & currentMask) !== currentMask) continue;
      let cost = problem.patternCost[pattern] as number;
      for (let day = 0; day < state.dayCount; day++) if (((mask & ~currentMask) >>> day) & 1) cost += this.dayCost[day] as number;
      if (cost < best) {
        best = cost;
        this.chosenPattern = pattern;
      }
    }
    if (this.chosenPattern < 0) throw new Error(`customer ${customer} has visits on days that fit no allowed combination`);
    this.apply(state, customer);
  }

  apply(state: RouteState, customer: number): void {
    const pattern = this.chosenPattern;
    const mask = state.problem.patternMask[pattern] as number;
    const currentMask = state.visitMask[customer] as number;
    if (state.flexible[customer] === 1 && currentMask !== 0) {
      // One node carries a flexible customer's visit: move it to the new day.
      const node = state.visitNode[customer] as number;
      const oldRoute = state.routeOf[node] as number;
      state.insertAfter(node, this.dayPosition[31 - Math.clz32(mask)] as number);
      state.updateRoute(oldRoute);
      state.updateRoute(state.routeOf[node] as number);
      return;
    }
    for (let day = 0; day < state.dayCount; day++) {
      const bit = 1 << day;
      if (((mask ^ currentMask) & bit) === 0) continue;
      const node = state.visitNode[day * state.size + customer] as number;
      if ((currentMask & bit) !== 0) {
        const route = state.routeOf[node] as number;
        state.unlink(node);
        state.updateRoute(route);
      } else {
        state.insertAfter(node, this.dayPosition[day] as number);
        state.updateRoute(state.routeOf[node] as number);
      }
    }
    state.visitMask[customer] = mask;
    state.patternIndex[customer] = pattern;
  }

  // Fills dayCost: for days the customer is visited, the (usually negative)
  // change from removing the visit; for other reachable days, the cheapest
  // insertion with its position. Insertions are granular: next to the
  // customer's nearest visits of each day, found in one pass over its
  // neighbour list, plus one empty route; a day with none of those neighbours
  // is searched in full.
  private prepareDays(state: RouteState, customer: number, reachable: number, currentMask: number): void {
    const { next, prev, routeDuration, routeLoad, routePenalty, routeCustomers, routeFirst, routeOf, visitMask, visitNode, size } = state;
    const demand = state.demand[customer] as number;
    const service = state.service[customer] as number;
    const { dayCost, dayPosition, foundPerDay } = this;
    let pending = reachable & ~currentMask;
    for (let day = 0; day < state.dayCount; day++) {
      dayCost[day] = Infinity;
      dayPosition[day] = -1;
      foundPerDay[day] = 0;
      if ((currentMask & (1 << day)) === 0) continue;
      const node = visitNode[day * size + customer] as number;
      const route = routeOf[node] as number;
      const before = prev[node] as number;
      const after = next[node] as number;
      const delta = state.distance(before, after) - state.distance(before, node) - state.distance(node, after);
      dayCost[day] =
        delta + state.penalty(route, (routeDuration[route] as number) + delta - service, (routeLoad[route] as number) - demand) - (routePenalty[route] as number);
    }
    const insertDays = pending;
    const { start, list } = this.neighbours;
    const end = start[customer + 1] as number;
    for (let entry = start[customer] as number; entry < end && pending !== 0; entry++) {
      const neighbour = list[entry] as number;
      let days = (visitMask[neighbour] as number) & pending;
      while (days !== 0) {
        const lowest = days & -days;
        days ^= lowest;
        const day = 31 - Math.clz32(lowest);
        const node = visitNode[day * size + neighbour] as number;
        const route = routeOf[node] as number;
        const after = this.insertionCost(state, customer, route, node, demand, service);
        if (after < (dayCost[day] as number)) {
          dayCost[day] = after;
          dayPosition[day] = node;
        }
        const before = prev[node] as number;
        const beforeCost = this.insertionCost(state, customer, route, before, demand, service);
        if (beforeCost < (dayCost[day] as number)) {
          dayCost[day] = beforeCost;
          dayPosition[day] = before;
        }
        const found = (foundPerDay[day] as number) + 1;
        foundPerDay[day] = found;
        if (found >= this.granularity) pending &= ~lowest;
      }
    }
    for (let day = 0; day < state.dayCount; day++) {
      if (((insertDays >>> day) & 1) === 0) continue;
      const searchAll = (foundPerDay[day] as number) === 0;
      let triedEmpty = false;
      for (let route = routeFirst[day] as number; route < (routeFirst[day + 1] as number); route++) {
        const empty = (routeCustomers[route] as number) === 0;
        // One empty route stands for all of them.
        if (empty ? triedEmpty : !searchAll) continue;
        if (empty) triedEmpty = true;
        const routeEnd = state.depotEnd(route);
        for (let position = state.depotStart(route); position !== routeEnd; position = next[position] as number) {
          const cost = this.insertionCost(state, customer, route, position, demand, service);
          if (cost < (dayCost[day] as number)) {
            dayCost[day] = cost;
            dayPosition[day] = position;
          }
        }
      }
    }
  }

  private insertionCost(state: RouteState, customer: number, route: number, position: number, demand: number, service: number): number {
    const following = state.next[position] as number;
    const size = state.matrixSize;
    const from = state.location[position] as number;
    const to = state.location[following] as number;
    const travel = state.travel;
    const delta = (travel[from * size + customer] as number) + (travel[customer * size + to] as number) - (travel[from * size + to] as number);
    return (
      delta +
      state.penalty(route, (state.routeDuration[route] as number) + delta + service, (state.routeLoad[route] as number) + demand) -
      (state.routePenalty[route] as number)
    );
  }
}
