/**
 * Travel matrices: one square Float64Array, row-major, node 0 is the depot and
 * node i the i-th customer. The same value is the objective's travel cost and
 * the travel time counted in a route's duration.
 */

/** A planar point, as in the Cordeau benchmark files. */
export interface PlanarPoint {
  readonly x: number;
  readonly y: number;
}

/** A point on the earth in decimal degrees. */
export interface GeoPoint {
  readonly lat: number;
  readonly lng: number;
}

/** Euclidean distances in double precision, neither rounded nor truncated. */
export function euclideanMatrix(points: readonly PlanarPoint[]): Float64Array {
  const size = points.length;
  const matrix = new Float64Array(size * size);
  for (let from = 0; from < size; from++) {
    const a = points[from] as PlanarPoint;
    for (let to = from + 1; to < size; to++) {
      const b = points[to] as PlanarPoint;
      const distance = Math.hypot(a.x - b.x, a.y - b.y);
      matrix[from * size + to] = distance;
      matrix[to * size + from] = distance;
    }
  }
  return matrix;
}

const earthRadiusKm = 6371.0088;

/** Great-circle distance in kilometres (haversine formula). */
export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  const toRadians = Math.PI / 180;
  const deltaLat = (b.lat - a.lat) * toRadians;
  const deltaLng = (b.lng - a.lng) * toRadians;
  const h =
    Math.sin(deltaLat / 2) ** 2 + Math.cos(a.lat * toRadians) * Math.cos(b.lat * toRadians) * Math.sin(deltaLng / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Travel minutes estimated from straight-line distance: haversine kilometres
 * times a road factor (streets are longer than the straight line, typically
 * 1.3–1.4 in cities) divided by an average speed.
 */
export function haversineMinutesMatrix(points: readonly GeoPoint[], roadFactor: number, speedKmPerHour: number): Float64Array {
  const size = points.length;
  const matrix = new Float64Array(size * size);
  const minutesPerKm = (roadFactor * 60) / speedKmPerHour;
  for (let from = 0; from < size; from++) {
    for (let to = from + 1; to < size; to++) {
      const minutes = haversineKm(points[from] as GeoPoint, points[to] as GeoPoint) * minutesPerKm;
      matrix[from * size + to] = minutes;
      matrix[to * size + from] = minutes;
    }
  }
  return matrix;
}
