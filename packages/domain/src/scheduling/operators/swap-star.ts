import type { RouteState } from "../search/route-state.ts";
import type { RoutePairOperator } from "./route-operator.ts";

/**
 * SWAP* (Vidal 2022, "Hybrid genetic search for the CVRP: open-source
 * implementation and SWAP* neighborhood"): exchanges a visit of one route
 * with a visit of another, each reinserted at its best position in the other
 * route rather than in the other's place. The three cheapest insertion
 * positions of every visit in the other route are cached per route version,
 * so a pair of routes is evaluated in O(|U|·|V|). Relocations of one visit
 * to its best position in the other route come for free and are included.
 */
export class SwapStar implements RoutePairOperator {
  readonly name = "swap-star";
  private readonly size: number;
  private readonly bestCost: Float64Array;
  private readonly bestPosition: Int32Array;
  private readonly calculatedAt: Int32Array;
  private readonly removalDelta: Float64Array;
  private chosenU = -1;
  private chosenPositionU = -1;
  private chosenV = -1;
  private chosenPositionV = -1;
  private candidatePosition = -1;

  constructor(state: RouteState) {
    this.size = state.size;
    const slots = state.routeCount * state.size;
    this.bestCost = new Float64Array(slots * 3);
    this.bestPosition = new Int32Array(slots * 3);
    this.calculatedAt = new Int32Array(slots);
    this.removalDelta = new Float64Array(state.next.length);
  }

  /** Forgets cached insertion positions; required whenever a new solution is loaded. */
  reset(): void {
    this.calculatedAt.fill(-1);
  }

  evaluate(state: RouteState, routeU: number, routeV: number): number {
    this.preprocess(state, routeU, routeV);
    this.preprocess(state, routeV, routeU);
    const { next, location, demand, service, routeLoad, routeDuration, routePenalty } = state;
    const endU = state.depotEnd(routeU);
    const endV = state.depotEnd(routeV);
    const penaltyU = routePenalty[routeU] as number;
    const penaltyV = routePenalty[routeV] as number;
    // Between days or reps, only flexible visits may change route.
    const crossDay = state.routeDay[routeU] !== state.routeDay[routeV] || state.routeRep[routeU] !== state.routeRep[routeV];
    const flexible = state.flexible;
    let best = Infinity;
    for (let u = next[state.depotStart(routeU)] as number; u !== endU; u = next[u] as number) {
      const customerU = location[u] as number;
      if (crossDay && flexible[customerU] === 0) continue;
      const demandU = demand[customerU] as number;
      const serviceU = service[customerU] as number;
      const removalU = this.removalDelta[u] as number;
      for (let v = next[state.depotStart(routeV)] as number; v !== endV; v = next[v] as number) {
        const customerV = location[v] as number;
        if (crossDay && flexible[customerV] === 0) continue;
        const demandV = demand[customerV] as number;
        const newLoadU = (routeLoad[routeU] as number) + demandV - demandU;
        const newLoadV = (routeLoad[routeV] as number) - demandV + demandU;
        const removalV = this.removalDelta[v] as number;
        // Insertion costs are never negative, so this bound prunes most pairs.
        if (removalU + removalV + state.loadPenalty(routeU, newLoadU) + state.loadPenalty(routeV, newLoadV) - penaltyU - penaltyV >= 0) continue;
        const extraV = this.cheapestInsertWithRemoval(state, u, v);
        const positionU = this.candidatePosition;
        const extraU = this.cheapestInsertWithRemoval(state, v, u);
        const positionV = this.candidatePosition;
        const serviceV = service[customerV] as number;
        const cost =
          removalU + extraU + removalV + extraV +
          state.penalty(routeU, (routeDuration[routeU] as number) + removalU + extraU + serviceV - serviceU, newLoadU) - penaltyU +
          state.penalty(routeV, (routeDuration[routeV] as number) + removalV + extraV - serviceV + serviceU, newLoadV) - penaltyV;
        if (cost < best) {
          best = cost;
          this.choose(u, positionU, v, positionV);
        }
      }
    }
    best = this.bestRelocation(state, routeU, routeV, best, true);
    best = this.bestRelocation(state, routeV, routeU, best, false);
    return best;
  }

  apply(state: RouteState): void {
    if (this.chosenPositionU >= 0) state.insertAfter(this.chosenU, this.chosenPositionU);
    if (this.chosenPositionV >= 0) state.insertAfter(this.chosenV, this.chosenPositionV);
  }

  private choose(u: number, positionU: number, v: number, positionV: number): void {
    this.chosenU = u;
    this.chosenPositionU = positionU;
    this.chosenV = v;
    this.chosenPositionV = positionV;
  }

  private bestRelocation(state: RouteState, from: number, to: number, bestSoFar: number, fromIsU: boolean): number {
    const { next, location, demand, service, routeLoad, routeDuration, routePenalty, routeCustomers } = state;
    let best = bestSoFar;
    const end = state.depotEnd(from);
    const crossDay = state.routeDay[from] !== state.routeDay[to] || state.routeRep[from] !== state.routeRep[to];
    for (let u = next[state.depotStart(from)] as number; u !== end; u = next[u] as number) {
      const customer = location[u] as number;
      if (crossDay && state.flexible[customer] === 0) continue;
      const slot = (to * this.size + customer) * 3;
      const removal = this.removalDelta[u] as number;
      const insertion = this.bestCost[slot] as number;
      const cost =
        removal + insertion +
        state.penalty(from, (routeDuration[from] as number) + removal - (service[customer] as number), (routeLoad[from] as number) - (demand[customer] as number)) -
        (routePenalty[from] as number) +
        state.penalty(to, (routeDuration[to] as number) + insertion + (service[customer] as number), (routeLoad[to] as number) + (demand[customer] as number)) -
        (routePenalty[to] as number) -
        // A rep's route left empty costs nothing, not its start-to-end travel (RouteState.emptyRouteTravel).
        ((routeCustomers[from] as number) === 1 ? (state.emptyRouteTravel[from] as number) : 0);
      if (cost < best) {
        best = cost;
        const position = this.bestPosition[slot] as number;
        if (fromIsU) this.choose(u, position, -1, -1);
        else this.choose(-1, -1, u, position);
      }
    }
    return best;
  }

  // Best place for u in v's route once v has left it: one of the three cached
  // positions not adjacent to v, or v's own place.
  private cheapestInsertWithRemoval(state: RouteState, u: number, v: number): number {
    const { next, prev } = state;
    const slot = ((state.routeOf[v] as number) * this.size + (state.location[u] as number)) * 3;
    let position = -1;
    let cost = Infinity;
    for (let rank = 0; rank < 3; rank++) {
      const candidate = this.bestPosition[slot + rank] as number;
      if (candidate < 0) break;
      if (candidate !== v && next[candidate] !== v) {
        position = candidate;
        cost = this.bestCost[slot + rank] as number;
        break;
      }
    }
    const vPrev = prev[v] as number;
    const vNext = next[v] as number;
    const inPlace = state.distance(vPrev, u) + state.distance(u, vNext) - state.distance(vPrev, vNext);
    if (position < 0 || inPlace < cost) {
      position = vPrev;
      cost = inPlace;
    }
    this.candidatePosition = position;
    return cost;
  }

  private preprocess(state: RouteState, route: number, other: number): void {
    const { next, prev, location, routeLastModified, flexible } = state;
    const end = state.depotEnd(route);
    const otherStart = state.depotStart(other);
    const otherEnd = state.depotEnd(other);
    // Between days only day-flexible visits move: the others need no data.
    const crossDay = state.routeDay[route] !== state.routeDay[other];
    for (let u = next[state.depotStart(route)] as number; u !== end; u = next[u] as number) {
      if (crossDay && flexible[location[u] as number] === 0) continue;
      const uPrev = prev[u] as number;
      const uNext = next[u] as number;
      this.removalDelta[u] = state.distance(uPrev, uNext) - state.distance(uPrev, u) - state.distance(u, uNext);
      const key = other * this.size + (location[u] as number);
      if ((routeLastModified[other] as number) <= (this.calculatedAt[key] as number)) continue;
      this.calculatedAt[key] = state.moveCount;
      const slot = key * 3;
      this.bestCost[slot] = Infinity;
      this.bestCost[slot + 1] = Infinity;
      this.bestCost[slot + 2] = Infinity;
      this.bestPosition[slot] = -1;
      this.bestPosition[slot + 1] = -1;
      this.bestPosition[slot + 2] = -1;
      for (let position = otherStart; position !== otherEnd; position = next[position] as number) {
        const following = next[position] as number;
        const cost = state.distance(position, u) + state.distance(u, following) - state.distance(position, following);
        this.keepIfAmongBestThree(slot, cost, position);
      }
    }
  }

  private keepIfAmongBestThree(slot: number, cost: number, position: number): void {
    const costs = this.bestCost;
    const positions = this.bestPosition;
    if (cost >= (costs[slot + 2] as number)) return;
    if (cost >= (costs[slot + 1] as number)) {
      costs[slot + 2] = cost;
      positions[slot + 2] = position;
    } else if (cost >= (costs[slot] as number)) {
      costs[slot + 2] = costs[slot + 1] as number;
      positions[slot + 2] = positions[slot + 1] as number;
      costs[slot + 1] = cost;
      positions[slot + 1] = position;
    } else {
      costs[slot + 2] = costs[slot + 1] as number;
      positions[slot + 2] = positions[slot + 1] as number;
      costs[slot + 1] = costs[slot] as number;
      positions[slot + 1] = positions[slot] as number;
      costs[slot] = cost;
      positions[slot] = position;
    }
  }
}
