import { isFlexibleVisit, sameRepAndDay, type VisitPairOperator } from "./route-operator.ts";

/** Exchanges visits u and v. */
export const swap: VisitPairOperator = {
  name: "swap",
  scope: "any-route",
  symmetric: true,
  afterStartDepot: false,
  evaluate(state, u, v) {
    const { next, prev, routeOf, routeDuration, routeLoad, routePenalty, service, demand, location } = state;
    const x = next[u] as number;
    const y = next[v] as number;
    const vPrev = prev[v] as number;
    if (u === vPrev || u === y || state.isDepot(v)) return Infinity;
    const uPrev = prev[u] as number;
    let costU = state.distance(uPrev, v) + state.distance(v, x) - state.distance(uPrev, u) - state.distance(u, x);
    let costV = state.distance(vPrev, u) + state.distance(u, y) - state.distance(vPrev, v) - state.distance(v, y);
    const routeU = routeOf[u] as number;
    const routeV = routeOf[v] as number;
    if (routeU !== routeV) {
      if (costU + costV >= (routePenalty[routeU] as number) + (routePenalty[routeV] as number)) return Infinity;
      const customerU = location[u] as number;
      const customerV = location[v] as number;
      const serviceShift = (service[customerV] as number) - (service[customerU] as number);
      const loadShift = (demand[customerV] as number) - (demand[customerU] as number);
      costU += state.penalty(routeU, (routeDuration[routeU] as number) + costU + serviceShift, (routeLoad[routeU] as number) + loadShift) - (routePenalty[routeU] as number);
      costV += state.penalty(routeV, (routeDuration[routeV] as number) + costV - serviceShift, (routeLoad[routeV] as number) - loadShift) - (routePenalty[routeV] as number);
    }
    return costU + costV;
  },
  apply(state, u, v) {
    state.swapNodes(u, v);
  },
  movable(state, u, v) {
    return sameRepAndDay(state, u, v) || (isFlexibleVisit(state, u) && isFlexibleVisit(state, v));
  },
  visitsHandedOver() {
    return 0;
  },
};
