import type { CustomerInput, DayLimitsInput, VisitCycleInput } from "./visit-cycle-input.ts";
import { countDays, daysToMask, evenlySpreadPatterns, maxCycleDays } from "./visit-patterns.ts";
import { euclideanMatrix, haversineMinutesMatrix } from "./travel-matrix.ts";
import type { GeoPoint, PlanarPoint } from "./travel-matrix.ts";
import { fail, InvalidProblemError } from "./invalid-problem.ts";
import { allowedRepIndices, buildRouteSlots, readReps, resolveRepLocations, type RouteSlots } from "./rep-routes.ts";
import type { RepLocations, RepTable } from "./rep-routes.ts";

export { InvalidProblemError };

/**
 * The validated, immutable problem the solver works on. Node 0 is the depot,
 * node i (1..customerCount) the i-th customer of the input, and nodes from
 * customerCount + 1 the reps' homes. Arrays are shared read-only with the
 * solver: never write to them.
 *
 * With reps (Vidal et al. 2012's multi-depot periodic treatment), a visit
 * combination is a pair (rep, day mask): `patternRep` beside `patternMask`
 * rather than one mask over rep-days, which would exceed 31 bits for a few
 * reps over a two-week cycle. Route k of day d is route slot
 * routeFirst[d] + k, with its own start, end and limits.
 */
export interface VisitCycleProblem extends RouteSlots {
  readonly cycleDays: number;
  readonly customerCount: number;
  /** Customer ids by node; entry 0 is "depot". */
  readonly nodeIds: readonly string[];
  /** Route capacity per day; Infinity when unlimited (a rep's own capacity is in routeCapacity). */
  readonly capacity: Float64Array;
  /** Route duration limit per day; Infinity when unlimited (a rep's own limit is in routeDurationLimit). */
  readonly durationLimit: Float64Array;
  /** Rows and columns of `travel`: the depot, the customers, then reps' homes. */
  readonly locationCount: number;
  /** Rep ids by rep index; empty when routes belong to anonymous vehicles at the depot. */
  readonly repIds: readonly string[];
  /** Demand per node (0 at the depot). */
  readonly demand: Float64Array;
  /** Service time per node (0 at the depot). */
  readonly service: Float64Array;
  /** Travel matrix, locationCount² entries, row-major. */
  readonly travel: Float64Array;
  /** Planar coordinates per location node for angular sectors, or null when unknown. */
  readonly planarX: Float64Array | null;
  readonly planarY: Float64Array | null;
  /** Allowed combinations of customer i are patternMask[patternStart[i] .. patternStart[i+1]). */
  readonly patternStart: Int32Array;
  readonly patternMask: Int32Array;
  /** Rep of each combination, −1 without reps. */
  readonly patternRep: Int32Array;
  /** Extra objective cost of choosing each combination (stability, day preferences). */
  readonly patternCost: Float64Array;
  readonly workloadBalanceWeight: number;
}

/** Validates an input and builds the solver's problem from it. */
export function createVisitCycleProblem(input: VisitCycleInput): VisitCycleProblem {
  const cycleDays = input.cycleDays;
  if (!Number.isInteger(cycleDays) || cycleDays < 1 || cycleDays > maxCycleDays) {
    fail(`cycleDays must be an integer 1..${maxCycleDays}, got ${cycleDays}`);
  }
  const customers = input.customers;
  if (customers.length === 0) fail("customers must not be empty, got 0 customers");
  const customerCount = customers.length;
  const size = customerCount + 1;

  const reps = input.reps === undefined ? null : readReps(input.reps, cycleDays);
  const limits = readDayLimits(input.dayLimits, cycleDays, reps !== null);
  const seenIds = new Set<string>();
  for (const customer of customers) {
    if (typeof customer.id !== "string" || customer.id.length === 0) fail(`customer id must be a non-empty string, got ${JSON.stringify(customer.id)}`);
    if (seenIds.has(customer.id)) fail(`customer ids must be unique, got ${customer.id} twice`);
    seenIds.add(customer.id);
  }

  const demand = new Float64Array(size);
  const service = new Float64Array(size);
  customers.forEach((customer, index) => {
    demand[index + 1] = nonNegative(customer.demand ?? 0, "demand", customer.id);
    service[index + 1] = nonNegative(customer.serviceMinutes ?? 0, "serviceMinutes", customer.id);
  });

  const objective = input.objective ?? {};
  const balance = nonNegative(objective.workloadBalanceWeight ?? 0, "workloadBalanceWeight", "the objective");
  const dayChangePenalty = nonNegative(objective.dayChangePenalty ?? 0, "dayChangePenalty", "the objective");
  const nonPreferredPenalty = nonNegative(objective.nonPreferredDayPenalty ?? 0, "nonPreferredDayPenalty", "the objective");

  const patternStart = new Int32Array(size + 1);
  const masks: number[] = [];
  const patternReps: number[] = [];
  const costs: number[] = [];
  customers.forEach((customer, index) => {
    patternStart[index + 1] = masks.length;
    const dayMasks = allowedPatterns(customer, cycleDays);
    for (const rep of allowedRepIndices(customer, reps)) {
      const working = reps === null ? -1 : (reps.workingMask[rep] as number);
      for (const mask of dayMasks) {
        if ((mask & ~working) !== 0) continue;
        masks.push(mask);
        patternReps.push(rep);
        costs.push(patternObjectiveCost(customer, mask, cycleDays, dayChangePenalty, nonPreferredPenalty));
      }
    }
    if (masks.length === patternStart[index + 1]) failNoRep(customer, reps);
  });
  patternStart[size] = masks.length;

  const repLocations = resolveRepLocations(input, size);
  const { travel, planarX, planarY, locationCount } = buildTravel(input, size, repLocations);
  const slots = buildRouteSlots(cycleDays, limits, reps, repLocations);
  return {
    cycleDays,
    customerCount,
    nodeIds: ["depot", ...customers.map((customer) => customer.id)],
    capacity: limits.capacity,
    durationLimit: limits.durationLimit,
    locationCount,
    repIds: reps === null ? [] : reps.ids,
    ...slots,
    demand,
    service,
    travel,
    planarX,
    planarY,
    patternStart,
    patternMask: Int32Array.from(masks),
    patternRep: Int32Array.from(patternReps),
    patternCost: Float64Array.from(costs),
    workloadBalanceWeight: balance,
  };
}

function failNoRep(customer: CustomerInput, reps: RepTable | null): never {
  const names = allowedRepIndices(customer, reps).map((rep) => reps?.ids[rep]);
  fail(`customer ${customer.id} has no rep who works on every day of one of its visit-day combinations, got reps [${names.join(", ")}]`);
}

function nonNegative(value: number, field: string, owner: string): number {
  if (!Number.isFinite(value) || value < 0) fail(`${field} must be a finite number >= 0, got ${value} for ${owner}`);
  return value;
}

function readDayLimits(dayLimits: DayLimitsInput | readonly DayLimitsInput[], cycleDays: number, hasReps: boolean) {
  const perDay: readonly DayLimitsInput[] = Array.isArray(dayLimits)
    ? (dayLimits as readonly DayLimitsInput[])
    : Array.from({ length: cycleDays }, () => dayLimits as DayLimitsInput);
  if (perDay.length !== cycleDays) fail(`dayLimits must have one entry per day (${cycleDays}), got ${perDay.length}`);
  const vehicles = new Int32Array(cycleDays);
  const capacity = new Float64Array(cycleDays);
  const durationLimit = new Float64Array(cycleDays);
  perDay.forEach((day, index) => {
    if (hasReps) {
      if (day.vehicles !== undefined) fail(`dayLimits.vehicles must be omitted with reps (each rep makes at most one route a day), got ${day.vehicles} on day ${index}`);
    } else {
      if (!Number.isInteger(day.vehicles) || (day.vehicles as number) < 1) fail(`vehicles must be an integer >= 1, got ${day.vehicles} on day ${index}`);
      vehicles[index] = day.vehicles as number;
    }
    const limit = day.routeDurationLimit ?? 0;
    if (!Number.isFinite(limit) || limit < 0) fail(`routeDurationLimit must be >= 0 (0 = none), got ${limit} on day ${index}`);
    durationLimit[index] = limit > 0 ? limit : Infinity;
    const dayCapacity = day.capacity ?? Infinity;
    if (!(dayCapacity > 0)) fail(`capacity must be > 0, got ${dayCapacity} on day ${index}`);
    capacity[index] = dayCapacity;
  });
  return { vehicles, capacity, durationLimit };
}

function checkDays(days: readonly number[], cycleDays: number, field: string, customerId: string): void {
  for (const day of days) {
    if (!Number.isInteger(day) || day < 0 || day >= cycleDays) {
      fail(`${field} must hold days 0..${cycleDays - 1}, got ${day} for customer ${customerId}`);
    }
  }
}

function allowedPatterns(customer: CustomerInput, cycleDays: number): number[] {
  const { id } = customer;
  let candidates: number[];
  if (customer.allowedDayCombinations !== undefined) {
    if (customer.frequency !== undefined) fail(`give either frequency or allowedDayCombinations, got both for customer ${id}`);
    candidates = customer.allowedDayCombinations.map((days) => {
      checkDays(days, cycleDays, "allowedDayCombinations", id);
      if (days.length === 0) fail(`allowedDayCombinations must not hold an empty combination, got [] for customer ${id}`);
      return daysToMask(days);
    });
    candidates = [...new Set(candidates)];
  } else {
    const frequency = customer.frequency;
    if (frequency === undefined) fail(`frequency or allowedDayCombinations is required, got neither for customer ${id}`);
    if (!Number.isInteger(frequency) || frequency < 1 || frequency > cycleDays) {
      fail(`frequency must be 1..days (${cycleDays}), got ${frequency} for customer ${id}`);
    }
    candidates = evenlySpreadPatterns(frequency, cycleDays);
  }
  const closed = daysToMask(customer.closedDays ?? []);
  const pinned = daysToMask(customer.pinnedDays ?? []);
  checkDays(customer.closedDays ?? [], cycleDays, "closedDays", id);
  checkDays(customer.pinnedDays ?? [], cycleDays, "pinnedDays", id);
  checkDays(customer.preferredDays ?? [], cycleDays, "preferredDays", id);
  checkDays(customer.previousDays ?? [], cycleDays, "previousDays", id);
  if ((closed & pinned) !== 0) fail(`pinnedDays must not include closedDays, got both on the same day for customer ${id}`);
  const allowed = candidates.filter((mask) => (mask & closed) === 0 && (mask & pinned) === pinned);
  if (allowed.length === 0) {
    fail(
      `customer ${id} has no allowed visit-day combination left after closed days [${(customer.closedDays ?? []).join(", ")}] and pinned days [${(customer.pinnedDays ?? []).join(", ")}]`,
    );
  }
  return allowed;
}

function patternObjectiveCost(
  customer: CustomerInput,
  mask: number,
  cycleDays: number,
  dayChangePenalty: number,
  nonPreferredPenalty: number,
): number {
  let cost = 0;
  if (customer.previousDays !== undefined && daysToMask(customer.previousDays) !== mask) cost += dayChangePenalty;
  if (customer.preferredDays !== undefined && customer.preferredDays.length > 0) {
    const outside = mask & ~daysToMask(customer.preferredDays) & ((1 << cycleDays) - 1);
    cost += nonPreferredPenalty * countDays(outside);
  }
  return cost;
}

function buildTravel(input: VisitCycleInput, size: number, repLocations: RepLocations) {
  const travelInput = input.travel;
  // Without a depot, node 0 stands at the first rep's start; no route uses it.
  const depot = input.depot ?? (input.reps !== undefined ? repLocations.extraPoints[0]?.point : undefined);
  const locations: (PlanarPoint | GeoPoint | undefined)[] = [
    depot,
    ...input.customers.map((customer) => customer.location),
    ...repLocations.extraPoints.map((extra) => extra.point),
  ];
  const names = (node: number): string => {
    const extra = node >= size ? node - size : node === 0 && input.depot === undefined ? 0 : -1;
    return extra >= 0 ? (repLocations.extraPoints[extra]?.name ?? "") : nodeName(input, node);
  };
  if (travelInput.kind === "matrix") {
    const rows = travelInput.matrix;
    const count = rows.length;
    if (input.reps === undefined ? count !== size : count < size) {
      fail(`travel matrix must have ${input.reps === undefined ? "" : "at least "}${size} rows (depot + customers${input.reps === undefined ? "" : ", then reps' homes"}), got ${count}`);
    }
    const travel = new Float64Array(count * count);
    rows.forEach((row, from) => {
      if (row.length !== count) fail(`travel matrix row ${from} must have ${count} entries, got ${row.length}`);
      row.forEach((value, to) => {
        if (!Number.isFinite(value) || value < 0) fail(`travel matrix entries must be finite and >= 0, got ${value} at [${from}][${to}]`);
        travel[from * count + to] = value;
      });
    });
    // Rows beyond the customers have no coordinates: no angular sectors then.
    while (locations.length < count) locations.push(undefined);
    return { travel, locationCount: count, ...planarProjection(locations) };
  }
  if (travelInput.kind === "euclidean") {
    const points = locations.map((location, node) => {
      if (location === undefined || !("x" in location) || !Number.isFinite(location.x) || !Number.isFinite(location.y)) {
        fail(`euclidean travel needs an { x, y } location, got ${JSON.stringify(location)} for ${names(node)}`);
      }
      return location;
    });
    return { travel: euclideanMatrix(points), locationCount: points.length, ...planarProjection(points) };
  }
  const { roadFactor, speedKmPerHour } = travelInput;
  if (!(roadFactor >= 1) || !Number.isFinite(roadFactor)) fail(`roadFactor must be a finite number >= 1, got ${roadFactor}`);
  if (!(speedKmPerHour > 0) || !Number.isFinite(speedKmPerHour)) fail(`speedKmPerHour must be a finite number > 0, got ${speedKmPerHour}`);
  const points = locations.map((location, node) => {
    if (location === undefined || !("lat" in location) || Math.abs(location.lat) > 90 || Math.abs(location.lng) > 180) {
      fail(`haversine travel needs a { lat, lng } location in degrees, got ${JSON.stringify(location)} for ${names(node)}`);
    }
    return location;
  });
  return { travel: haversineMinutesMatrix(points, roadFactor, speedKmPerHour), locationCount: points.length, ...planarProjection(points) };
}

function nodeName(input: VisitCycleInput, node: number): string {
  return node === 0 ? "the depot" : `customer ${input.customers[node - 1]?.id}`;
}

// Angular sectors around the depot only need a locally faithful plane, so
// geographic points use an equirectangular projection at the depot latitude.
function planarProjection(locations: readonly (PlanarPoint | GeoPoint | undefined)[]) {
  if (locations.some((location) => location === undefined)) return { planarX: null, planarY: null };
  const planarX = new Float64Array(locations.length);
  const planarY = new Float64Array(locations.length);
  const first = locations[0] as PlanarPoint | GeoPoint;
  const scale = "lat" in first ? Math.cos((first.lat * Math.PI) / 180) : 1;
  locations.forEach((location, node) => {
    const point = location as PlanarPoint | GeoPoint;
    planarX[node] = "lat" in point ? point.lng * scale : point.x;
    planarY[node] = "lat" in point ? point.lat : point.y;
  });
  return { planarX, planarY };
}
