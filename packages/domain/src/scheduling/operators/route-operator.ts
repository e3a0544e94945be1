import type { RouteState } from "../search/route-state.ts";

/** Which pairs of visits a visit-pair operator is tried on: of one route, of two routes, or both. */
export type RouteScope = "same-route" | "other-route" | "any-route";

/**
 * A local-search move on two visits u and v (PyVRP's LocalSearchOperator):
 * `evaluate` returns the change of penalised cost, or Infinity when the move
 * does not apply or cannot improve; `apply` performs it. The caller refreshes
 * the two routes afterwards. The remaining members tell the search when to
 * try the move and what it changes, so the search never asks which operator
 * it holds.
 */
export interface VisitPairOperator {
  readonly name: string;
  /** The route pairs the move is tried on. */
  readonly scope: RouteScope;
  /** Exchanging u and v gives the same move as exchanging v and u: tried from one side only. */
  readonly symmetric: boolean;
  /** Also tried with v a route's start depot (moving to a route's head, or into an empty route). */
  readonly afterStartDepot: boolean;
  evaluate(state: RouteState, u: number, v: number): number;
  apply(state: RouteState, u: number, v: number): void;
  /**
   * Whether the move may be made: across days or reps only flexible visits may change route,
   * for all visits of a customer are made by one rep on the days of one combination.
   */
  movable(state: RouteState, u: number, v: number): boolean;
  /** How many visits u's route hands over to v's route when they differ (negative: receives). */
  visitsHandedOver(state: RouteState, u: number, v: number): number;
}

/** A move on two routes; `apply` performs the move found by the last `evaluate`. */
export interface RoutePairOperator {
  readonly name: string;
  /** Forgets what was cached about the previous individual's routes. */
  reset(): void;
  evaluate(state: RouteState, routeU: number, routeV: number): number;
  apply(state: RouteState, routeU: number, routeV: number): void;
}

/** A move on one customer across days; `apply` performs the move found by the last `evaluate`. */
export interface CustomerOperator {
  readonly name: string;
  /** Forgets what was cached about the previous individual's routes. */
  reset(): void;
  evaluate(state: RouteState, customer: number): number;
  apply(state: RouteState, customer: number): void;
  /** Gives a customer with no combination yet its cheapest one. */
  complete(state: RouteState, customer: number): void;
}

/** True when u's and v's routes are the same rep's on the same day. */
export function sameRepAndDay(state: RouteState, u: number, v: number): boolean {
  const routeU = state.routeOf[u] as number;
  const routeV = state.routeOf[v] as number;
  return state.routeDay[routeU] === state.routeDay[routeV] && state.routeRep[routeU] === state.routeRep[routeV];
}

/** True when `node` is a visit of a customer whose visits may move to other days or reps. */
export function isFlexibleVisit(state: RouteState, node: number): boolean {
  return !state.isDepot(node) && state.flexible[state.location[node] as number] === 1;
}
