import { sameRepAndDay, type VisitPairOperator } from "./route-operator.ts";

/**
 * Exchanges route tails: u's route continues with v's tail and v's route with
 * u's tail (u → y, v → x). v may be a start depot, which hands u's whole tail
 * over to v's route.
 */
export const twoOptStar: VisitPairOperator = {
  name: "two-opt-star",
  scope: "other-route",
  symmetric: false,
  afterStartDepot: true,
  evaluate(state, u, v) {
    const { next, routeOf, routeDuration, routeLoad, routePenalty, cumulatedTime, cumulatedLoad } = state;
    const routeU = routeOf[u] as number;
    const routeV = routeOf[v] as number;
    if (routeU === routeV) return Infinity;
    const x = next[u] as number;
    const y = next[v] as number;
    const penaltyU = routePenalty[routeU] as number;
    const penaltyV = routePenalty[routeV] as number;
    const uToY = state.distance(u, y);
    const vToX = state.distance(v, x);
    const uToX = state.distance(u, x);
    const vToY = state.distance(v, y);
    let cost = uToY + vToX - uToX - vToY - penaltyU - penaltyV;
    if (cost >= 0) return Infinity;
    const timeU = cumulatedTime[u] as number;
    const timeV = cumulatedTime[v] as number;
    const loadU = cumulatedLoad[u] as number;
    const loadV = cumulatedLoad[v] as number;
    cost += state.penalty(routeU, timeU + (routeDuration[routeV] as number) - timeV - vToY + uToY, loadU + (routeLoad[routeV] as number) - loadV);
    cost += state.penalty(routeV, (routeDuration[routeU] as number) - timeU - uToX + timeV + vToX, loadV + (routeLoad[routeU] as number) - loadU);
    return cost;
  },
  apply(state, u, v) {
    const { routeOf, position, scratchFirst, scratchSecond } = state;
    const routeU = routeOf[u] as number;
    const routeV = routeOf[v] as number;
    const countU = state.collectRoute(routeU, scratchFirst);
    const countV = state.collectRoute(routeV, scratchSecond);
    const splitU = position[u] as number;
    const splitV = position[v] as number;
    let last = state.appendNodes(state.depotStart(routeU), routeU, scratchFirst, 0, splitU, false);
    last = state.appendNodes(last, routeU, scratchSecond, splitV, countV, false);
    state.closeRoute(routeU, last);
    last = state.appendNodes(state.depotStart(routeV), routeV, scratchSecond, 0, splitV, false);
    last = state.appendNodes(last, routeV, scratchFirst, splitU, countU, false);
    state.closeRoute(routeV, last);
  },
  // The exchanged tails are priced with their old route ends, which is exact only where both routes end
  // at one place (always with a single depot); across days or reps both tails must be flexible visits only.
  movable(state, u, v) {
    const { location, routeOf, routeFixed, cumulatedFixed } = state;
    const routeU = routeOf[u] as number;
    const routeV = routeOf[v] as number;
    if (location[state.depotEnd(routeU)] !== location[state.depotEnd(routeV)]) return false;
    if (sameRepAndDay(state, u, v)) return true;
    return (routeFixed[routeU] as number) === (cumulatedFixed[u] as number) && (routeFixed[routeV] as number) === (cumulatedFixed[v] as number);
  },
  visitsHandedOver(state, u, v) {
    const { routeOf, routeCustomers, position } = state;
    const countU = routeCustomers[routeOf[u] as number] as number;
    const countV = routeCustomers[routeOf[v] as number] as number;
    // u's route keeps its head and takes v's tail.
    return countU - ((position[u] as number) + countV - (position[v] as number));
  },
};
