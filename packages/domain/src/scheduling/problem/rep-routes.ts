import type { CustomerInput, RepInput, VisitCycleInput } from "./visit-cycle-input.ts";
import { daysToMask } from "./visit-patterns.ts";
import type { GeoPoint, PlanarPoint } from "./travel-matrix.ts";
import { fail } from "./invalid-problem.ts";

/** Validated reps, by rep index (input order). */
export interface RepTable {
  readonly ids: readonly string[];
  readonly indexById: ReadonlyMap<string, number>;
  /** Working days as a day mask. */
  readonly workingMask: readonly number[];
  /** The rep's own limits; undefined where the day's limit applies. */
  readonly durationLimit: readonly (number | undefined)[];
  readonly capacity: readonly (number | undefined)[];
}

/** Per-day limits after validation. */
export interface DayLimits {
  readonly vehicles: Int32Array;
  readonly capacity: Float64Array;
  readonly durationLimit: Float64Array;
}

/**
 * The route slots of a cycle. Without reps, day d has `vehicles[d]`
 * anonymous routes from the depot (node 0) back to it; with reps, one route
 * per rep working on the day, in rep order, from the rep's start to their end.
 */
export interface RouteSlots {
  /** Routes of day d are the route slots routeFirst[d] .. routeFirst[d + 1]. */
  readonly routeFirst: Int32Array;
  /** Rep of each route slot, −1 for an anonymous vehicle. */
  readonly routeRep: Int32Array;
  /** Location node where each route slot starts and ends. */
  readonly routeStart: Int32Array;
  readonly routeEnd: Int32Array;
  /** Capacity and duration limit of each route slot; Infinity when unlimited. */
  readonly routeCapacity: Float64Array;
  readonly routeDurationLimit: Float64Array;
  /** Route slot of rep r on day d at repDayRoute[r · cycleDays + d], −1 when the rep does not work that day. */
  readonly repDayRoute: Int32Array;
  /** Routes per day: anonymous vehicles, or the reps working on the day. */
  readonly vehicles: Int32Array;
}

export function readReps(reps: readonly RepInput[], cycleDays: number): RepTable {
  if (reps.length === 0) fail("reps must not be empty when given (omit it for anonymous vehicles), got 0 reps");
  const indexById = new Map<string, number>();
  const workingMask: number[] = [];
  const durationLimit: (number | undefined)[] = [];
  const capacity: (number | undefined)[] = [];
  reps.forEach((rep, index) => {
    if (typeof rep.id !== "string" || rep.id.length === 0) fail(`rep id must be a non-empty string, got ${JSON.stringify(rep.id)}`);
    if (indexById.has(rep.id)) fail(`rep ids must be unique, got ${rep.id} twice`);
    indexById.set(rep.id, index);
    const days = rep.workingDays ?? Array.from({ length: cycleDays }, (_, day) => day);
    for (const day of days) {
      if (!Number.isInteger(day) || day < 0 || day >= cycleDays) fail(`workingDays must hold days 0..${cycleDays - 1}, got ${day} for rep ${rep.id}`);
    }
    if (days.length === 0) fail(`rep ${rep.id} must work on at least one day, got workingDays []`);
    workingMask.push(daysToMask(days));
    const limit = rep.routeDurationLimit;
    if (limit !== undefined && (!Number.isFinite(limit) || limit < 0)) fail(`routeDurationLimit must be >= 0 (0 = none), got ${limit} for rep ${rep.id}`);
    durationLimit.push(limit === undefined ? undefined : limit > 0 ? limit : Infinity);
    if (rep.capacity !== undefined && !(rep.capacity > 0)) fail(`capacity must be > 0, got ${rep.capacity} for rep ${rep.id}`);
    capacity.push(rep.capacity);
  });
  return { ids: reps.map((rep) => rep.id), indexById, workingMask, durationLimit, capacity };
}

/** Indices of the reps that may serve a customer. */
export function allowedRepIndices(customer: CustomerInput, reps: RepTable | null): number[] {
  const allowed = customer.allowedReps;
  if (reps === null) {
    if (allowed !== undefined) fail(`allowedReps needs reps in the input, got [${allowed.join(", ")}] for customer ${customer.id} and no reps`);
    return [-1];
  }
  if (allowed === undefined) return reps.ids.map((_, index) => index);
  if (allowed.length === 0) fail(`allowedReps must name at least one rep (omit it for any rep), got [] for customer ${customer.id}`);
  const indices = allowed.map((id) => {
    const index = reps.indexById.get(id);
    if (index === undefined) fail(`allowedReps must name reps of the input, got ${id} for customer ${customer.id}`);
    return index;
  });
  return [...new Set(indices)].sort((first, second) => first - second);
}

/** Locations of the travel matrix beyond the depot and customers, and where each rep starts and ends. */
export interface RepLocations {
  /** Points appended after the customers (coordinate travel), with a name for messages. */
  readonly extraPoints: readonly { readonly point: PlanarPoint | GeoPoint | undefined; readonly name: string }[];
  readonly start: Int32Array;
  readonly end: Int32Array;
}

/**
 * Resolves reps' start and end locations to matrix nodes. With coordinate
 * travel, a rep's start (default: the depot, node 0) and a separate end get
 * nodes after the customers in rep order. With a supplied matrix, reps give
 * rows (`startRow`, `endRow`); rows after the customers are free for homes.
 */
export function resolveRepLocations(input: VisitCycleInput, size: number): RepLocations {
  const reps = input.reps ?? [];
  const start = new Int32Array(reps.length);
  const end = new Int32Array(reps.length);
  const extraPoints: { point: PlanarPoint | GeoPoint | undefined; name: string }[] = [];
  const travel = input.travel;
  reps.forEach((rep, index) => {
    if (travel.kind === "matrix") {
      if (rep.start !== undefined || rep.end !== undefined) {
        fail(`with matrix travel a rep names matrix rows (startRow, endRow), got a start or end location for rep ${rep.id}`);
      }
      const rows = travel.matrix.length;
      const checkRow = (row: number, field: string): number => {
        if (!Number.isInteger(row) || row < 0 || row >= rows) fail(`${field} must be a row of the travel matrix 0..${rows - 1}, got ${row} for rep ${rep.id}`);
        return row;
      };
      start[index] = checkRow(rep.startRow ?? 0, "startRow");
      end[index] = checkRow(rep.endRow ?? rep.startRow ?? 0, "endRow");
      return;
    }
    if (rep.startRow !== undefined || rep.endRow !== undefined) {
      fail(`startRow and endRow are for matrix travel, got a row for rep ${rep.id} with ${travel.kind} travel`);
    }
    if (rep.start === undefined) {
      if (input.depot === undefined) fail(`rep ${rep.id} needs a start location: ${travel.kind} travel has no depot to default to, got no start`);
      start[index] = 0;
    } else {
      start[index] = size + extraPoints.length;
      extraPoints.push({ point: rep.start, name: `the start of rep ${rep.id}` });
    }
    if (rep.end === undefined) {
      end[index] = start[index] as number;
    } else {
      end[index] = size + extraPoints.length;
      extraPoints.push({ point: rep.end, name: `the end of rep ${rep.id}` });
    }
  });
  return { extraPoints, start, end };
}

/** Lays out the cycle's route slots (see `RouteSlots`). */
export function buildRouteSlots(cycleDays: number, limits: DayLimits, reps: RepTable | null, locations: RepLocations): RouteSlots {
  const routeFirst = new Int32Array(cycleDays + 1);
  const repCount = reps === null ? 0 : reps.ids.length;
  const vehicles = new Int32Array(cycleDays);
  for (let day = 0; day < cycleDays; day++) {
    let count = limits.vehicles[day] as number;
    if (reps !== null) {
      count = 0;
      for (let rep = 0; rep < repCount; rep++) if (((reps.workingMask[rep] as number) >>> day) & 1) count++;
    }
    vehicles[day] = count;
    routeFirst[day + 1] = (routeFirst[day] as number) + count;
  }
  const routeCount = routeFirst[cycleDays] as number;
  const routeRep = new Int32Array(routeCount).fill(-1);
  const routeStart = new Int32Array(routeCount);
  const routeEnd = new Int32Array(routeCount);
  const routeCapacity = new Float64Array(routeCount);
  const routeDurationLimit = new Float64Array(routeCount);
  const repDayRoute = new Int32Array(repCount * cycleDays).fill(-1);
  for (let day = 0; day < cycleDays; day++) {
    let route = routeFirst[day] as number;
    if (reps === null) {
      for (; route < (routeFirst[day + 1] as number); route++) {
        routeCapacity[route] = limits.capacity[day] as number;
        routeDurationLimit[route] = limits.durationLimit[day] as number;
      }
      continue;
    }
    for (let rep = 0; rep < repCount; rep++) {
      if ((((reps.workingMask[rep] as number) >>> day) & 1) === 0) continue;
      routeRep[route] = rep;
      routeStart[route] = locations.start[rep] as number;
      routeEnd[route] = locations.end[rep] as number;
      routeCapacity[route] = reps.capacity[rep] ?? (limits.capacity[day] as number);
      routeDurationLimit[route] = reps.durationLimit[rep] ?? (limits.durationLimit[day] as number);
      repDayRoute[rep * cycleDays + day] = route;
      route++;
    }
  }
  return { routeFirst, routeRep, routeStart, routeEnd, routeCapacity, routeDurationLimit, repDayRoute, vehicles };
}
