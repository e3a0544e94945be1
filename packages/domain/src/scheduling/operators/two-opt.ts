import type { VisitPairOperator } from "./route-operator.ts";

/** Within one route, reverses the stretch from u's successor x to v (u → v … x → y). */
export const twoOpt: VisitPairOperator = {
  name: "two-opt",
  scope: "same-route",
  symmetric: false,
  afterStartDepot: false,
  evaluate(state, u, v) {
    const { next, routeOf, position, cumulatedReversal } = state;
    if (routeOf[u] !== routeOf[v] || (position[u] as number) >= (position[v] as number)) return Infinity;
    const x = next[u] as number;
    if (x === v) return Infinity;
    const y = next[v] as number;
    // The reversed stretch costs its reverse-direction travel; zero extra on symmetric matrices.
    return (
      state.distance(u, v) + state.distance(x, y) - state.distance(u, x) - state.distance(v, y) +
      (cumulatedReversal[v] as number) - (cumulatedReversal[x] as number)
    );
  },
  apply(state, u, v) {
    const { next, prev, scratchFirst } = state;
    const y = next[v] as number;
    let count = 0;
    for (let node = next[u] as number; ; node = next[node] as number) {
      scratchFirst[count++] = node;
      if (node === v) break;
    }
    let last = u;
    for (let index = count - 1; index >= 0; index--) {
      const node = scratchFirst[index] as number;
      next[last] = node;
      prev[node] = last;
      last = node;
    }
    next[last] = y;
    prev[y] = last;
  },
  // Within one route nothing changes day or rep, and no visit changes route.
  movable() {
    return true;
  },
  visitsHandedOver() {
    return 0;
  },
};
