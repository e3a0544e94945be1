import { isFlexibleVisit, sameRepAndDay, type VisitPairOperator } from "./route-operator.ts";

/** Moves visit u and its successor x, in order, to just after v. */
export const relocateTwo: VisitPairOperator = {
  name: "relocate-two",
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
    let costU = state.distance(uPrev, xNext) - state.distance(uPrev, u) - state.distance(x, xNext);
    let costV = state.distance(v, u) + state.distance(x, y) - state.distance(v, y);
    const routeU = routeOf[u] as number;
    const routeV = routeOf[v] as number;
    if (routeU !== routeV) {
      if (costU + costV >= (routePenalty[routeU] as number) + (routePenalty[routeV] as number)) return Infinity;
      const customerU = location[u] as number;
      const customerX = location[x] as number;
      const moved = state.distance(u, x) + (service[customerU] as number) + (service[customerX] as number);
      const load = (demand[customerU] as number) + (demand[customerX] as number);
      costU += state.penalty(routeU, (routeDuration[routeU] as number) + costU - moved, (routeLoad[routeU] as number) - load) - (routePenalty[routeU] as number);
      costV += state.penalty(routeV, (routeDuration[routeV] as number) + costV + moved, (routeLoad[routeV] as number) + load) - (routePenalty[routeV] as number);
    }
    return costU + costV;
  },
  apply(state, u, v) {
    const x = state.next[u] as number;
    state.insertAfter(u, v);
    state.insertAfter(x, u);
  },
  movable(state, u, v) {
    return sameRepAndDay(state, u, v) || (isFlexibleVisit(state, u) && isFlexibleVisit(state, state.next[u] as number));
  },
  visitsHandedOver() {
    return 2;
  },
};
