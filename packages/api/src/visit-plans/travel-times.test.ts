import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createVisitCycleProblem, type VisitCycleInput } from "@beatplan/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { osrmTableTravel, withTravelTimes } from "./travel-times.ts";

// A local stand-in for an OSRM server: each test sets what /table/v1/driving/… answers.
let server: Server;
let baseUrl: string;
let requests: string[] = [];
let answer: (points: number) => { status: number; body: unknown } = () => ({ status: 500, body: {} });

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? "");
    const path = (request.url ?? "").split("?")[0] ?? "";
    const points = path.slice(path.lastIndexOf("/") + 1).split(";").length;
    const { status, body } = answer(points);
    response.writeHead(status, { "content-type": "application/json" });
    response.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/table/v1/driving`;
});
afterAll(async () => new Promise<void>((resolve) => server.close(() => resolve())));

// Seconds from place i to place j: 60 × (10·i + j), so each entry says where it came from.
const table = (points: number) => Array.from({ length: points }, (_, from) => Array.from({ length: points }, (_, to) => (from === to ? 0 : 60 * (10 * from + to))));

describe("travel times from an OSRM table service", () => {
  it("asks for every place in one request (lng,lat) and turns seconds into minutes", async () => {
    requests = [];
    answer = (points) => ({ status: 200, body: { code: "Ok", durations: table(points) } });
    const matrix = await osrmTableTravel(`${baseUrl}/`).matrix([{ lat: 31.25, lng: 121.48 }, { lat: 31.2, lng: 121.5 }]);
    expect(requests).toEqual(["/table/v1/driving/121.48,31.25;121.5,31.2?annotations=duration"]);
    expect(matrix).toEqual([[0, 1], [10, 0]]);
  });

  it("names the service and its reason when it refuses, answers a wrong table or cannot route a pair", async () => {
    answer = () => ({ status: 400, body: { code: "InvalidQuery", message: "Query string malformed close to position 28" } });
    await expect(osrmTableTravel(baseUrl).matrix([{ lat: 1, lng: 2 }, { lat: 3, lng: 4 }])).rejects.toThrow(`the routing service at ${baseUrl} answered 400 InvalidQuery: Query string malformed close to position 28`);
    answer = () => ({ status: 200, body: { code: "Ok", durations: [[0]] } });
    await expect(osrmTableTravel(baseUrl).matrix([{ lat: 1, lng: 2 }, { lat: 3, lng: 4 }])).rejects.toThrow(`the routing service at ${baseUrl} answered a 1-row table for 2 places`);
    answer = () => ({ status: 200, body: { code: "Ok", durations: [[0, null], [60, 0]] } });
    await expect(osrmTableTravel(baseUrl).matrix([{ lat: 1, lng: 2 }, { lat: 3, lng: 4 }])).rejects.toThrow(`the routing service at ${baseUrl} found no route from place 1 to place 2`);
    await expect(osrmTableTravel("http://127.0.0.1:1/table/v1/driving").matrix([{ lat: 1, lng: 2 }])).rejects.toThrow("the routing service at http://127.0.0.1:1/table/v1/driving could not be reached");
  });

  it("replaces straight-line travel in a plan's problem by the service's matrix, the reps' start and end as rows of their own", async () => {
    answer = (points) => ({ status: 200, body: { code: "Ok", durations: table(points) } });
    const input: VisitCycleInput = {
      cycleDays: 2,
      dayLimits: {},
      customers: [
        { id: "c1", location: { lat: 31.21, lng: 121.41 }, serviceMinutes: 10, frequency: 1 },
        { id: "c2", location: { lat: 31.22, lng: 121.42 }, serviceMinutes: 10, frequency: 2 },
      ],
      reps: [{ id: "r1", start: { lat: 31.2, lng: 121.4 }, end: { lat: 31.3, lng: 121.5 }, routeDurationLimit: 400 }],
      travel: { kind: "haversine", roadFactor: 1.3, speedKmPerHour: 30 },
    };
    const routed = await withTravelTimes(input, osrmTableTravel(baseUrl));
    expect(requests.at(-1)).toBe("/table/v1/driving/121.4,31.2;121.41,31.21;121.42,31.22;121.4,31.2;121.5,31.3?annotations=duration");
    expect(routed.reps).toEqual([{ id: "r1", routeDurationLimit: 400, startRow: 3, endRow: 4 }]);
    expect(routed.customers.map((customer) => customer.location)).toEqual([undefined, undefined]);
    const problem = createVisitCycleProblem(routed);
    const size = problem.locationCount;
    const node = (id: string) => problem.nodeIds.indexOf(id);
    // c1 (row 1) → c2 (row 2) is 12 minutes, the rep's start (row 3) → c1 is 31.
    expect(problem.travel[node("c1") * size + node("c2")]).toBe(12);
    expect(problem.travel[(problem.routeStart[0] as number) * size + node("c1")]).toBe(31);
  });
});
