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
  private chosenPattern = -1;
  private readonly neighbours: NeighbourLists;
  private readonly granularity: number;

  constructor(state: RouteState, neighbours: NeighbourLists, granularity: number) {
    this.neighbours = neighbours;
    this.granularity = granularity;
    this.dayCost = new Float64Array(state.dayCount);
    this.dayPosition = new Int32Array(state.dayCount);
  }

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
    for (let day = 0; day < state.dayCount; day++) {
      const bit = 1 << day;
      if (((mask ^ currentMask) & bit) === 0) continue;
      const node = day * state.size + customer;
      if ((currentMask & bit) !== 0) {
        const route = state.routeOf[node] as number;
        state.unlink(node);
        state.updateRoute(route);
      } else {
        const position = this.dayPosition[day] as number;
        state.insertAfter(node, position);
        state.updateRoute(state.routeOf[node] as number);
      }
    }
    state.visitMask[customer] = mask;
    state.patternIndex[customer] = pattern;
  }

  // Fills dayCost: for days the customer is visited, the (usually negative)
  // change from removing the visit; for other reachable days, the cheapest
  // insertion with its position.
  private prepareDays(state: RouteState, customer: number, reachable: number, currentMask: number): void {
    const { next, prev, routeDuration, routeLoad, routePenalty, routeCustomers, routeFirst, size } = state;
    const demand = state.demand[customer] as number;
    const service = state.service[customer] as number;
    for (let day = 0; day < state.dayCount; day++) {
      const bit = 1 << day;
      if ((reachable & bit) === 0) continue;
      if ((currentMask & bit) !== 0) {
        const node = day * size + customer;
        const route = state.routeOf[node] as number;
        const before = prev[node] as number;
        const after = next[node] as number;
        const delta = state.distance(before, after) - state.distance(before, node) - state.distance(node, after);
        this.dayCost[day] =
          delta + state.penalty(route, (routeDuration[route] as number) + delta - service, (routeLoad[route] as number) - demand) - (routePenalty[route] as number);
        continue;
      }
      let best = Infinity;
      let bestPosition = -1;
      // Granular insertion: next to the customer's nearest visits of that day.
      let found = 0;
      const { start, list } = this.neighbours;
      for (let entry = start[customer] as number; entry < (start[customer + 1] as number) && found < this.granularity; entry++) {
        const neighbour = day * size + (list[entry] as number);
        const route = state.routeOf[neighbour] as number;
        if (route < 0) continue;
        found++;
        const after = this.insertionCost(state, customer, route, neighbour, demand, service);
        if (after < best) {
          best = after;
          bestPosition = neighbour;
        }
        const before = prev[neighbour] as number;
        const beforeCost = this.insertionCost(state, customer, route, before, demand, service);
        if (beforeCost < best) {
          best = beforeCost;
          bestPosition = before;
        }
      }
      const firstRoute = routeFirst[day] as number;
      const lastRoute = routeFirst[day + 1] as number;
      for (let route = firstRoute; route < lastRoute; route++) {
        if (found > 0 && (routeCustomers[route] as number) > 0) continue;
        const end = state.depotEnd(route);
        for (let position = state.depotStart(route); position !== end; position = next[position] as number) {
          const cost = this.insertionCost(state, customer, route, position, demand, service);
          if (cost < best) {
            best = cost;
            bestPosition = position;
          }
        }
        // One empty route stands for all of them.
        if ((routeCustomers[route] as number) === 0) break;
      }
      this.dayCost[day] = best;
      this.dayPosition[day] = bestPosition;
    }
  }

  private insertionCost(state: RouteState, customer: number, route: number, position: number, demand: number, service: number): number {
    const following = state.next[position] as number;
    const size = state.size;
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
