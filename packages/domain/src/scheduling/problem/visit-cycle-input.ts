import type { GeoPoint, PlanarPoint } from "./travel-matrix.ts";

/** Limits that apply to every route (one rep's working day) on a day of the cycle. */
export interface DayLimitsInput {
  /**
   * Anonymous vehicles available on the day, all based at `depot`: the most
   * routes the day may have. Required without `reps`; omit it with `reps`,
   * where each rep working on the day makes at most one route.
   */
  readonly vehicles?: number;
  /**
   * Longest allowed route, in the travel matrix's unit: travel plus service
   * time. Omit or give 0 for no limit. Use `routeDurationLimitFromWorkingDay`
   * to derive it from a working day, breaks and non-customer work.
   */
  readonly routeDurationLimit?: number;
  /** Capacity of one route (sum of customer demands). Omit for no limit. */
  readonly capacity?: number;
}

/** How travel between locations is measured. */
export type TravelInput =
  /** Planar Euclidean distance between `{ x, y }` locations (benchmark instances). */
  | { readonly kind: "euclidean" }
  /** Haversine kilometres × road factor ÷ speed, in minutes, between `{ lat, lng }` locations. */
  | { readonly kind: "haversine"; readonly roadFactor: number; readonly speedKmPerHour: number }
  /**
   * A supplied square matrix: row/column 0 is the depot, row i the i-th
   * customer of the input. Without reps it has exactly customers + 1 rows;
   * with reps, rows after the customers may hold the reps' homes, which reps
   * name by `startRow` / `endRow`.
   */
  | { readonly kind: "matrix"; readonly matrix: readonly (readonly number[])[] };

/** A customer to visit during the cycle. */
export interface CustomerInput {
  /** Identifier used in messages and in the plan (e.g. the customer code). */
  readonly id: string;
  /** Location; required unless travel is a supplied matrix. */
  readonly location?: PlanarPoint | GeoPoint;
  /** Time spent at the customer on each visit. Defaults to 0. */
  readonly serviceMinutes?: number;
  /** Quantity delivered at each visit, counted against the route capacity. Defaults to 0. */
  readonly demand?: number;
  /** Visits per cycle; the allowed day combinations are spread evenly (see `evenlySpreadPatterns`). */
  readonly frequency?: number;
  /** Explicit allowed combinations of 0-based days, instead of `frequency`. */
  readonly allowedDayCombinations?: readonly (readonly number[])[];
  /** 0-based days on which the customer cannot be visited. */
  readonly closedDays?: readonly number[];
  /** 0-based days on which the customer must be visited. */
  readonly pinnedDays?: readonly number[];
  /** 0-based days the customer prefers; other days cost `nonPreferredDayPenalty` per visit. */
  readonly preferredDays?: readonly number[];
  /** The customer's days in the previous plan; a different combination costs `dayChangePenalty`. */
  readonly previousDays?: readonly number[];
  /** Ids of the reps allowed to serve the customer (e.g. its responsible rep); every rep when omitted. Needs `reps`. */
  readonly allowedReps?: readonly string[];
}

/**
 * A rep (one vehicle) with their own start and end location, working days
 * and, optionally, limits. All visits of a customer are made by one rep, and
 * a rep makes at most one route per working day.
 */
export interface RepInput {
  /** Identifier used in messages and in the plan. */
  readonly id: string;
  /** Where the rep's routes start (e.g. home), for euclidean or haversine travel; defaults to `depot`. */
  readonly start?: PlanarPoint | GeoPoint;
  /** Where the rep's routes end; defaults to the start. */
  readonly end?: PlanarPoint | GeoPoint;
  /**
   * With a supplied matrix, the row (and column) of the start location: 0 for
   * the depot, 1..customers for a customer's place, or a row after the
   * customers for the rep's home. Defaults to 0.
   */
  readonly startRow?: number;
  /** With a supplied matrix, the row of the end location; defaults to `startRow`. */
  readonly endRow?: number;
  /** 0-based days the rep works; every day of the cycle when omitted. */
  readonly workingDays?: readonly number[];
  /** The rep's longest route (0 = none); the day's `routeDurationLimit` when omitted. */
  readonly routeDurationLimit?: number;
  /** The rep's route capacity; the day's `capacity` when omitted. */
  readonly capacity?: number;
}

/** Secondary objectives, all added to total travel. Every weight defaults to 0. */
export interface ObjectiveInput {
  /**
   * Cost per squared unit of each route's duration. Total travel fixed, a
   * smaller sum of squares means more even days, so this trades travel for
   * balanced workload.
   */
  readonly workloadBalanceWeight?: number;
  /** Cost for each customer whose visit days differ from `previousDays` (plan stability). */
  readonly dayChangePenalty?: number;
  /** Cost for each visit on a day that is not among the customer's `preferredDays`. */
  readonly nonPreferredDayPenalty?: number;
}

/** Everything the visit-cycle solver needs, as supplied by a caller. */
export interface VisitCycleInput {
  /** Days in the cycle, e.g. 12 for two weeks of Monday–Saturday. */
  readonly cycleDays: number;
  /** Limits per day: one value for every day, or one entry per day. */
  readonly dayLimits: DayLimitsInput | readonly DayLimitsInput[];
  /**
   * Where every route starts and ends (the office); required unless travel is
   * a supplied matrix or every rep has a start of their own.
   */
  readonly depot?: PlanarPoint | GeoPoint;
  readonly customers: readonly CustomerInput[];
  /**
   * Named reps with their own start and end locations. Without reps, each
   * day has `dayLimits.vehicles` anonymous vehicles based at the depot.
   */
  readonly reps?: readonly RepInput[];
  readonly travel: TravelInput;
  readonly objective?: ObjectiveInput;
}

/** Working time left for travel and customers on one day, for `DayLimitsInput.routeDurationLimit`. */
export function routeDurationLimitFromWorkingDay(day: {
  readonly workingMinutes: number;
  readonly breakMinutes?: number;
  readonly nonCustomerMinutes?: number;
}): number {
  const limit = day.workingMinutes - (day.breakMinutes ?? 0) - (day.nonCustomerMinutes ?? 0);
  if (!(limit > 0)) {
    throw new RangeError(
      `working minutes must exceed breaks plus non-customer work, got ${day.workingMinutes} - ${day.breakMinutes ?? 0} - ${day.nonCustomerMinutes ?? 0}`,
    );
  }
  return limit;
}
