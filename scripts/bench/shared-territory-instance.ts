import type { VisitCycleInput } from "@beatplan/domain";
import type { GeoPoint } from "@beatplan/domain";
import { territoryInstance } from "./territory-instance.ts";

/**
 * A territory shared by several reps (DOMAIN.md §4): the customers of
 * `territoryInstance`, split into `repCount` equal arcs by bearing from the
 * office, each rep living at the centre of one arc, so homes lie in
 * different districts; every rep may serve every customer. Same working day
 * and travel as the one-rep territory.
 */
export function sharedTerritoryInstance(customerCount: number, repCount: number, seed: number): VisitCycleInput {
  const base = territoryInstance(customerCount, seed);
  const office = base.depot as GeoPoint;
  const byBearing = base.customers
    .map((customer) => customer.location as GeoPoint)
    .sort((first, second) => bearing(office, first) - bearing(office, second));
  const reps = Array.from({ length: repCount }, (_, rep) => {
    const arc = byBearing.slice(Math.floor((rep * byBearing.length) / repCount), Math.floor(((rep + 1) * byBearing.length) / repCount));
    const centre = {
      lat: arc.reduce((sum, point) => sum + point.lat, 0) / arc.length,
      lng: arc.reduce((sum, point) => sum + point.lng, 0) / arc.length,
    };
    return { id: `rep-${rep + 1}`, start: centre };
  });
  const { vehicles: _vehicles, ...limits } = base.dayLimits as { vehicles?: number; routeDurationLimit?: number };
  return { ...base, dayLimits: limits, reps };
}

/** The same customers served by `vehicleCount` anonymous vehicles based at the office: the reference without reps. */
export function officeVehiclesInstance(customerCount: number, vehicleCount: number, seed: number): VisitCycleInput {
  const base = territoryInstance(customerCount, seed);
  return { ...base, dayLimits: { ...(base.dayLimits as object), vehicles: vehicleCount } };
}

function bearing(origin: GeoPoint, point: GeoPoint): number {
  return Math.atan2(point.lat - origin.lat, (point.lng - origin.lng) * Math.cos((origin.lat * Math.PI) / 180));
}
