import type { GeoPoint, VisitCycleInput } from "@beatplan/domain";

/**
 * Travel times between places, minutes: the one interface the planner measures travel through.
 * The default is straight-line (haversine) distance × road factor ÷ speed, computed by the
 * solver itself; {@link osrmTableTravel} asks a routing service for a road matrix instead.
 */
export interface TravelTimes {
  /** Minutes from each point to each other point (row = from, column = to). */
  matrix(points: readonly GeoPoint[]): Promise<number[][]>;
}

interface OsrmTableAnswer {
  code?: string;
  message?: string;
  durations?: (number | null)[][];
}

/**
 * Travel times from an OSRM `table` endpoint (e.g. http://osrm:5000/table/v1/driving): one
 * request with every point, `annotations=duration`, seconds turned into minutes. A point pair
 * the service cannot route, or an answer that is not a table, is an error naming the service.
 */
export function osrmTableTravel(tableUrl: string, timeoutMs = 30_000): TravelTimes {
  return {
    async matrix(points) {
      const coordinates = points.map((point) => `${point.lng},${point.lat}`).join(";");
      const url = `${tableUrl.replace(/\/+$/, "")}/${coordinates}?annotations=duration`;
      let response: Response;
      try {
        response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
      } catch (error) {
        throw new Error(`the routing service at ${tableUrl} could not be reached: ${error instanceof Error ? error.message : String(error)}`);
      }
      const answer = (await response.json().catch(() => ({}))) as OsrmTableAnswer;
      if (!response.ok || answer.code !== "Ok" || !Array.isArray(answer.durations)) {
        throw new Error(`the routing service at ${tableUrl} answered ${response.status} ${answer.code ?? ""}${answer.message ? `: ${answer.message}` : ""}`.trim());
      }
      const durations = answer.durations;
      if (durations.length !== points.length || durations.some((row) => !Array.isArray(row) || row.length !== points.length)) {
        throw new Error(`the routing service at ${tableUrl} answered a ${durations.length}-row table for ${points.length} places`);
      }
      return durations.map((row, from) =>
        row.map((seconds, to) => {
          if (typeof seconds !== "number" || !Number.isFinite(seconds)) throw new Error(`the routing service at ${tableUrl} found no route from place ${from + 1} to place ${to + 1}`);
          return seconds / 60;
        }),
      );
    },
  };
}

/**
 * The same problem measured with `travel`: the customers' and reps' places become one matrix
 * (row 0 the first rep's start as depot, then the customers in input order, then each rep's
 * start and end), and the reps name their rows.
 */
export async function withTravelTimes(input: VisitCycleInput, travel: TravelTimes): Promise<VisitCycleInput> {
  const reps = input.reps ?? [];
  const customerPoints = input.customers.map((customer) => customer.location as GeoPoint);
  const repPoints = reps.flatMap((rep) => [rep.start as GeoPoint, (rep.end ?? rep.start) as GeoPoint]);
  const depot = (input.depot as GeoPoint | undefined) ?? repPoints[0] ?? customerPoints[0];
  if (!depot) return input;
  const matrix = await travel.matrix([depot, ...customerPoints, ...repPoints]);
  const firstRepRow = 1 + customerPoints.length;
  const { depot: _depot, ...rest } = input;
  return {
    ...rest,
    travel: { kind: "matrix", matrix },
    customers: input.customers.map(({ location: _location, ...customer }) => customer),
    reps: reps.map(({ start: _start, end: _end, ...rep }, index) => ({ ...rep, startRow: firstRepRow + 2 * index, endRow: firstRepRow + 2 * index + 1 })),
  };
}
