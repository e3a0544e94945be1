import { describe, expect, it } from "vitest";
import type { PlanStop } from "./plan-days.ts";
import { routeMapData } from "./route-geojson.ts";

function stop(sequence: number, code: string, latitude: number | null, longitude: number | null): PlanStop {
  return { sequence, arrival: sequence * 30, departure: sequence * 30 + 20, travelMinutes: 10, customer: { id: code, code, name: `Customer ${code}`, class: "A", latitude, longitude } };
}

describe("routeMapData", () => {
  it("numbers a day's stops in route order and draws its line from the rep's start through them and back", () => {
    const data = routeMapData([{ week: 1, weekday: 3, stops: [stop(2, "C-2", 31.3, 121.5), stop(1, "C-1", 31.2, 121.4)] }], { latitude: 31.0, longitude: 121.0 });
    expect(data.stops.features.map((feature) => [feature.properties.label, feature.properties.code, feature.geometry.coordinates])).toEqual([
      ["1", "C-1", [121.4, 31.2]],
      ["2", "C-2", [121.5, 31.3]],
    ]);
    expect(data.routes.features).toHaveLength(1);
    expect(data.routes.features[0]!.geometry.coordinates).toEqual([
      [121.0, 31.0],
      [121.4, 31.2],
      [121.5, 31.3],
      [121.0, 31.0],
    ]);
    expect(data.start.features[0]!.geometry.coordinates).toEqual([121.0, 31.0]);
    expect(data.bounds).toEqual([
      [121.0, 31.0],
      [121.5, 31.3],
    ]);
  });

  it("gives each day of a rep its own route index and line", () => {
    const data = routeMapData(
      [
        { week: 1, weekday: 1, stops: [stop(1, "C-1", 31.2, 121.4), stop(2, "C-2", 31.3, 121.5)] },
        { week: 1, weekday: 2, stops: [stop(1, "C-3", 31.1, 121.6), stop(2, "C-4", 31.0, 121.7)] },
      ],
      null,
    );
    expect(data.routes.features.map((feature) => [feature.properties.route, feature.properties.weekday, feature.geometry.coordinates.length])).toEqual([
      [0, 1, 2],
      [1, 2, 2],
    ]);
    expect(data.stops.features.map((feature) => feature.properties.route)).toEqual([0, 0, 1, 1]);
    expect(data.start.features).toEqual([]);
  });

  it("leaves stops without coordinates off the map and names them", () => {
    const data = routeMapData([{ week: 2, weekday: 5, stops: [stop(1, "C-1", null, null), stop(2, "C-2", 31.3, 121.5)] }], null);
    expect(data.unplaced).toEqual(["C-1"]);
    expect(data.stops.features.map((feature) => feature.properties.code)).toEqual(["C-2"]);
    // One point makes no line.
    expect(data.routes.features).toEqual([]);
  });

  it("has no bounds when nothing can be drawn", () => {
    expect(routeMapData([], null).bounds).toBeNull();
  });
});
