import type { RouteState } from "../search/route-state.ts";

/**
 * A local-search move on two visits u and v of the same day (PyVRP's
 * LocalSearchOperator): `evaluate` returns the change of penalised cost, or
 * Infinity when the move does not apply or cannot improve; `apply` performs
 * it. The caller refreshes the two routes afterwards.
 */
export interface VisitPairOperator {
  readonly name: string;
  evaluate(state: RouteState, u: number, v: number): number;
  apply(state: RouteState, u: number, v: number): void;
}

/** A move on two routes of the same day; `apply` performs the move found by the last `evaluate`. */
export interface RoutePairOperator {
  readonly name: string;
  evaluate(state: RouteState, routeU: number, routeV: number): number;
  apply(state: RouteState, routeU: number, routeV: number): void;
}

/** A move on one customer across days; `apply` performs the move found by the last `evaluate`. */
export interface CustomerOperator {
  readonly name: string;
  evaluate(state: RouteState, customer: number): number;
  apply(state: RouteState, customer: number): void;
}
