import { isFlexibleVisit, sameRepAndDay, type VisitPairOperator } from "./route-operator.ts";

/** Moves visit u and its successor x to just after v, in reverse order (v → x → u). */
export const relocateTwoReversed: VisitPairOperator = {
  name: "relocate-two-reversed",
  scope: "any-route",
  symmetric: false,
  afterStartDepot: true,
  evaluate(state, u, v) {
    const { next, prev, routeOf, routeDuration, routeLoad, routePenalty, service, demand, location } = state;
    const x = next[u] as number;
    const y = next[v] as number;
    if (u === y || v === x || state.isDepot(x)) return Infinity;
    const uPrev = prev[u] as number;
    const xNext = next[x] as number;
    let costU = state.distance(uPrev, xNext) - state.distance(uPrev, u) - state.distance(u, x) - state.distance(x, xNext);
    let costV = state.distance(v, x) + state.distance(x, u) + state.distance(u, y) - state.distance(v, y);
    const routeU = routeOf[u] as number;
    const routeV = routeOf[v] as number;
    if (routeU !== routeV) {
      if (costU + costV >= (routePenalty[routeU] as number) + (routePenalty[routeV] as number)) return Infinity;
      const customerU = location[u] as number;
      const customerX = location[x] as number;
      const serviceTime = (service[customerU] as number) + (service[customerX] as number);
      const load = (demand[customerU] as number) + (demand[customerX] as number);
      costU += state.penalty(routeU, (routeDuration[routeU] as number) + costU - serviceTime, (routeLoad[routeU] as number) - load) - (routePenalty[routeU] as number);
      costV += state.penalty(routeV, (routeDuration[routeV] as number) + costV + serviceTime, (routeLoad[routeV] as number) + load) - (routePenalty[routeV] as number);
    }
    return costU + costV;
  },
  apply(state, u, v) {
    const x = state.next[u] as number;
    state.insertAfter(x, v);
    state.insertAfter(u, x);
  },
  movable(state, u, v) {
    return sameRepAndDay(state, u, v) || (isFlexibleVisit(state, u) && isFlexibleVisit(state, state.next[u] as number));
  },
  visitsHandedOver() {
    return 2;
  },
};
