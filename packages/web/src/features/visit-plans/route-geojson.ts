import type { PlanDay } from "./plan-days.ts";

/** A GeoJSON point feature of one stop, numbered in route order. */
export interface StopFeature {
  type: "Feature";
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: { sequence: number; label: string; code: string; name: string; class: string; route: number };
}

/** A GeoJSON line of one day's route (from the rep's start, through the stops, back). */
export interface RouteFeature {
  type: "Feature";
  geometry: { type: "LineString"; coordinates: [number, number][] };
  properties: { route: number; week: number; weekday: number };
}

/** The rep's start as a GeoJSON point. */
export interface StartFeature {
  type: "Feature";
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: { kind: "start" };
}

/** Everything the route map draws, built apart from the rendering. */
export interface RouteMapData {
  stops: { type: "FeatureCollection"; features: StopFeature[] };
  routes: { type: "FeatureCollection"; features: RouteFeature[] };
  start: { type: "FeatureCollection"; features: StartFeature[] };
  /** [[west, south], [east, north]] around everything drawn; null when nothing has coordinates. */
  bounds: [[number, number], [number, number]] | null;
  /** Codes of stops without coordinates (not drawn). */
  unplaced: string[];
}

/**
 * GeoJSON for the route map of one or more days (a day, or all of a rep's days): each stop a
 * point numbered in route order, each day a line from the rep's start through its stops and
 * back (without a start, from the first stop to the last), and the start itself. Coordinates
 * are [longitude, latitude] as GeoJSON wants them.
 */
export function routeMapData(days: readonly Pick<PlanDay, "week" | "weekday" | "stops">[], start: { latitude: number; longitude: number } | null): RouteMapData {
  const stops: StopFeature[] = [];
  const routes: RouteFeature[] = [];
  const unplaced: string[] = [];
  const startPoint: [number, number] | null = start ? [start.longitude, start.latitude] : null;
  const all: [number, number][] = startPoint ? [startPoint] : [];
  days.forEach((day, route) => {
    const line: [number, number][] = startPoint ? [startPoint] : [];
    for (const stop of [...day.stops].sort((a, b) => a.sequence - b.sequence)) {
      const { latitude, longitude } = stop.customer;
      if (latitude === null || longitude === null) {
        unplaced.push(stop.customer.code);
        continue;
      }
      const point: [number, number] = [longitude, latitude];
      line.push(point);
      all.push(point);
      stops.push({
        type: "Feature",
        geometry: { type: "Point", coordinates: point },
        properties: { sequence: stop.sequence, label: String(stop.sequence), code: stop.customer.code, name: stop.customer.name, class: stop.customer.class ?? "", route },
      });
    }
    if (startPoint) line.push(startPoint);
    if (line.length >= 2) routes.push({ type: "Feature", geometry: { type: "LineString", coordinates: line }, properties: { route, week: day.week, weekday: day.weekday } });
  });
  const bounds: RouteMapData["bounds"] =
    all.length === 0
      ? null
      : [
          [Math.min(...all.map((point) => point[0])), Math.min(...all.map((point) => point[1]))],
          [Math.max(...all.map((point) => point[0])), Math.max(...all.map((point) => point[1]))],
        ];
  return {
    stops: { type: "FeatureCollection", features: stops },
    routes: { type: "FeatureCollection", features: routes },
    start: { type: "FeatureCollection", features: startPoint ? [{ type: "Feature", geometry: { type: "Point", coordinates: startPoint }, properties: { kind: "start" } }] : [] },
    bounds,
    unplaced,
  };
}
