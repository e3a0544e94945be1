import { isFlexibleVisit, sameRepAndDay, type VisitPairOperator } from "./route-operator.ts";

/** Exchanges the pair (u, successor x) with the pair (v, successor y). */
export const swapTwoTwo: VisitPairOperator = {
  name: "swap-two-two",
  scope: "any-route",
  symmetric: true,
  afterStartDepot: false,
  evaluate(state, u, v) {
    const { next, prev, routeOf, routeDuration, routeLoad, routePenalty, service, demand, location } = state;
    const x = next[u] as number;
    const y = next[v] as number;
    const uPrev = prev[u] as number;
    if (state.isDepot(x) || state.isDepot(y) || state.isDepot(v) || y === uPrev || u === y || x === v || v === next[x]) return Infinity;
    const vPrev = prev[v] as number;
    const xNext = next[x] as number;
    const yNext = next[y] as number;
    let costU = state.distance(uPrev, v) + state.distance(y, xNext) - state.distance(uPrev, u) - state.distance(x, xNext);
    let costV = state.distance(vPrev, u) + state.distance(x, yNext) - state.distance(vPrev, v) - state.distance(y, yNext);
    const routeU = routeOf[u] as number;
    const routeV = routeOf[v] as number;
    if (routeU !== routeV) {
      if (costU + costV >= (routePenalty[routeU] as number) + (routePenalty[routeV] as number)) return Infinity;
      const customerU = location[u] as number;
      const customerX = location[x] as number;
      const customerV = location[v] as number;
      const customerY = location[y] as number;
      const timeShift =
        state.distance(v, y) + (service[customerV] as number) + (service[customerY] as number) -
        state.distance(u, x) - (service[customerU] as number) - (service[customerX] as number);
      const loadShift = (demand[customerV] as number) + (demand[customerY] as number) - (demand[customerU] as number) - (demand[customerX] as number);
      costU += state.penalty(routeU, (routeDuration[routeU] as number) + costU + timeShift, (routeLoad[routeU] as number) + loadShift) - (routePenalty[routeU] as number);
      costV += state.penalty(routeV, (routeDuration[routeV] as number) + costV - timeShift, (routeLoad[routeV] as number) - loadShift) - (routePenalty[routeV] as number);
    }
    return costU + costV;
  },
  apply(state, u, v) {
    const x = state.next[u] as number;
    const y = state.next[v] as number;
    state.swapNodes(u, v);
    state.swapNodes(x, y);
  },
  movable(state, u, v) {
    if (sameRepAndDay(state, u, v)) return true;
    return isFlexibleVisit(state, u) && isFlexibleVisit(state, state.next[u] as number) && isFlexibleVisit(state, v) && isFlexibleVisit(state, state.next[v] as number);
  },
  visitsHandedOver() {
    return 0;
  },
};
