import { isFlexibleVisit, sameRepAndDay, type VisitPairOperator } from "./route-operator.ts";

/** Moves visit u to just after v (v may be a route's start depot). */
export const relocate: VisitPairOperator = {
  name: "relocate",
  scope: "any-route",
  symmetric: false,
  afterStartDepot: true,
  evaluate(state, u, v) {
    const { next, prev, routeOf, routeDuration, routeLoad, routePenalty, service, demand, location } = state;
    const x = next[u] as number;
    const y = next[v] as number;
    if (u === y) return Infinity;
    const uPrev = prev[u] as number;
    let costU = state.distance(uPrev, x) - state.distance(uPrev, u) - state.distance(u, x);
    let costV = state.distance(v, u) + state.distance(u, y) - state.distance(v, y);
    const routeU = routeOf[u] as number;
    const routeV = routeOf[v] as number;
    if (routeU !== routeV) {
      // Penalties are never negative, so a travel increase above the current penalties cannot pay off.
      if (costU + costV >= (routePenalty[routeU] as number) + (routePenalty[routeV] as number)) return Infinity;
      const customer = location[u] as number;
      const serviceU = service[customer] as number;
      const demandU = demand[customer] as number;
      costU += state.penalty(routeU, (routeDuration[routeU] as number) + costU - serviceU, (routeLoad[routeU] as number) - demandU) - (routePenalty[routeU] as number);
      costV += state.penalty(routeV, (routeDuration[routeV] as number) + costV + serviceU, (routeLoad[routeV] as number) + demandU) - (routePenalty[routeV] as number);
    }
    return costU + costV;
  },
  apply(state, u, v) {
    state.insertAfter(u, v);
  },
  movable(state, u, v) {
    return sameRepAndDay(state, u, v) || isFlexibleVisit(state, u);
  },
  visitsHandedOver() {
    return 1;
  },
};
