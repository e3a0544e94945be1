import { isFlexibleVisit, sameRepAndDay, type VisitPairOperator } from "./route-operator.ts";

/** Exchanges the pair (u, successor x) with the single visit v. */
export const swapTwoOne: VisitPairOperator = {
  name: "swap-two-one",
  scope: "any-route",
  symmetric: false,
  afterStartDepot: false,
  evaluate(state, u, v) {
    const { next, prev, routeOf, routeDuration, routeLoad, routePenalty, service, demand, location } = state;
    const x = next[u] as number;
    const y = next[v] as number;
    const vPrev = prev[v] as number;
    if (u === vPrev || x === vPrev || u === y || state.isDepot(x) || state.isDepot(v)) return Infinity;
    const uPrev = prev[u] as number;
    const xNext = next[x] as number;
    let costU = state.distance(uPrev, v) + state.distance(v, xNext) - state.distance(uPrev, u) - state.distance(x, xNext);
    let costV = state.distance(vPrev, u) + state.distance(x, y) - state.distance(vPrev, v) - state.distance(v, y);
    const routeU = routeOf[u] as number;
    const routeV = routeOf[v] as number;
    if (routeU !== routeV) {
      if (costU + costV >= (routePenalty[routeU] as number) + (routePenalty[routeV] as number)) return Infinity;
      const customerU = location[u] as number;
      const customerX = location[x] as number;
      const customerV = location[v] as number;
      const pairTime = state.distance(u, x) + (service[customerU] as number) + (service[customerX] as number);
      const timeShift = (service[customerV] as number) - pairTime;
      const loadShift = (demand[customerV] as number) - (demand[customerU] as number) - (demand[customerX] as number);
      costU += state.penalty(routeU, (routeDuration[routeU] as number) + costU + timeShift, (routeLoad[routeU] as number) + loadShift) - (routePenalty[routeU] as number);
      costV += state.penalty(routeV, (routeDuration[routeV] as number) + costV - timeShift, (routeLoad[routeV] as number) - loadShift) - (routePenalty[routeV] as number);
    }
    return costU + costV;
  },
  apply(state, u, v) {
    const x = state.next[u] as number;
    state.swapNodes(u, v);
    state.insertAfter(x, u);
  },
  movable(state, u, v) {
    return sameRepAndDay(state, u, v) || (isFlexibleVisit(state, u) && isFlexibleVisit(state, state.next[u] as number) && isFlexibleVisit(state, v));
  },
  visitsHandedOver() {
    return 1;
  },
};
