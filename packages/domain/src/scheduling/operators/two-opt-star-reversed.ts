import { sameRepAndDay, type VisitPairOperator } from "./route-operator.ts";

/**
 * Joins u's head to v's head reversed (… u → v … back to the depot) and u's
 * tail reversed to v's tail (… x ← … then y …): the 2-opt* variant that
 * reverses both pieces.
 */
export const twoOptStarReversed: VisitPairOperator = {
  name: "two-opt-star-reversed",
  scope: "other-route",
  symmetric: false,
  afterStartDepot: true,
  evaluate(state, u, v) {
    const { next, routeOf, routeDuration, routeLoad, routePenalty, cumulatedTime, cumulatedLoad, cumulatedReversal, routeReversal } = state;
    const routeU = routeOf[u] as number;
    const routeV = routeOf[v] as number;
    if (routeU === routeV) return Infinity;
    const x = next[u] as number;
    const y = next[v] as number;
    const uToV = state.distance(u, v);
    const xToY = state.distance(x, y);
    const uToX = state.distance(u, x);
    const vToY = state.distance(v, y);
    const reversalV = cumulatedReversal[v] as number;
    const reversalTailU = (routeReversal[routeU] as number) - (cumulatedReversal[x] as number);
    let cost = uToV + xToY - uToX - vToY + reversalV + reversalTailU - (routePenalty[routeU] as number) - (routePenalty[routeV] as number);
    if (cost >= 0) return Infinity;
    const timeU = cumulatedTime[u] as number;
    const timeV = cumulatedTime[v] as number;
    const loadU = cumulatedLoad[u] as number;
    const loadV = cumulatedLoad[v] as number;
    cost += state.penalty(routeU, timeU + timeV + reversalV + uToV, loadU + loadV);
    cost += state.penalty(
      routeV,
      (routeDuration[routeU] as number) - timeU - uToX + reversalTailU + (routeDuration[routeV] as number) - timeV - vToY + xToY,
      (routeLoad[routeU] as number) + (routeLoad[routeV] as number) - loadU - loadV,
    );
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
    last = state.appendNodes(last, routeU, scratchSecond, 0, splitV, true);
    state.closeRoute(routeU, last);
    last = state.appendNodes(state.depotStart(routeV), routeV, scratchFirst, splitU, countU, true);
    last = state.appendNodes(last, routeV, scratchSecond, splitV, countV, false);
    state.closeRoute(routeV, last);
  },
  // v's head, reversed, must end where it started (see two-opt-star.ts); across days or reps u's tail and
  // v's head must be flexible visits only.
  movable(state, u, v) {
    const { location, routeOf, routeFixed, cumulatedFixed } = state;
    const routeU = routeOf[u] as number;
    const routeV = routeOf[v] as number;
    if (location[state.depotEnd(routeU)] !== location[state.depotStart(routeV)]) return false;
    if (sameRepAndDay(state, u, v)) return true;
    return (routeFixed[routeU] as number) === (cumulatedFixed[u] as number) && (cumulatedFixed[v] as number) === 0;
  },
  visitsHandedOver(state, u, v) {
    const { routeOf, routeCustomers, position } = state;
    // u's route keeps its head and takes v's head reversed.
    return (routeCustomers[routeOf[u] as number] as number) - ((position[u] as number) + (position[v] as number));
  },
};
