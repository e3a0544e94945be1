import { describe, expect, it } from "vitest";
import { createVisitCycleProblem } from "./visit-cycle-problem.ts";
import type { CustomerInput, RepInput, VisitCycleInput } from "./visit-cycle-input.ts";

function input(reps: RepInput[], customers: CustomerInput[] = [{ id: "C-1", location: { x: 1, y: 1 }, frequency: 1 }], overrides: Partial<VisitCycleInput> = {}): VisitCycleInput {
  return { cycleDays: 2, dayLimits: {}, customers, reps, travel: { kind: "euclidean" }, ...overrides };
}

const home = { x: 0, y: 0 };

describe("validation of reps", () => {
  it("rejects duplicate rep ids", () => {
    expect(() => createVisitCycleProblem(input([{ id: "R-1", start: home }, { id: "R-1", start: home }]))).toThrow("rep ids must be unique, got R-1 twice");
  });

  it("names the customer and the rep when allowedReps names an unknown rep", () => {
    expect(() =>
      createVisitCycleProblem(input([{ id: "R-1", start: home }], [{ id: "C-7", location: { x: 1, y: 1 }, frequency: 1, allowedReps: ["R-9"] }])),
    ).toThrow("allowedReps must name reps of the input, got R-9 for customer C-7");
  });

  it("rejects allowedReps when the input has no reps", () => {
    expect(() =>
      createVisitCycleProblem({
        cycleDays: 2,
        dayLimits: { vehicles: 1 },
        depot: home,
        customers: [{ id: "C-7", location: { x: 1, y: 1 }, frequency: 1, allowedReps: ["R-1"] }],
        travel: { kind: "euclidean" },
      }),
    ).toThrow("allowedReps needs reps in the input, got [R-1] for customer C-7 and no reps");
  });

  it("rejects a rep with no working days", () => {
    expect(() => createVisitCycleProblem(input([{ id: "R-2", start: home, workingDays: [] }]))).toThrow("rep R-2 must work on at least one day, got workingDays []");
  });

  it("rejects a working day outside the cycle", () => {
    expect(() => createVisitCycleProblem(input([{ id: "R-2", start: home, workingDays: [0, 2] }]))).toThrow("workingDays must hold days 0..1, got 2 for rep R-2");
  });

  it("reports a customer that no allowed rep can serve on its days", () => {
    const reps = [{ id: "R-1", start: home }, { id: "R-2", start: home, workingDays: [0] }];
    expect(() => createVisitCycleProblem(input(reps, [{ id: "C-3", location: { x: 1, y: 1 }, frequency: 2, allowedReps: ["R-2"] }]))).toThrow(
      "customer C-3 has no rep who works on every day of one of its visit-day combinations, got reps [R-2]",
    );
  });

  it("asks for a start location when travel is by coordinates and there is no depot", () => {
    expect(() => createVisitCycleProblem(input([{ id: "R-1" }]))).toThrow("rep R-1 needs a start location: euclidean travel has no depot to default to, got no start");
  });

  it("rejects a start location that does not suit the travel", () => {
    expect(() =>
      createVisitCycleProblem(input([{ id: "R-1", start: { x: 0, y: 0 } }], undefined, { travel: { kind: "haversine", roadFactor: 1.3, speedKmPerHour: 30 } })),
    ).toThrow('haversine travel needs a { lat, lng } location in degrees, got {"x":0,"y":0} for the start of rep R-1');
  });

  it("rejects anonymous vehicles given beside reps", () => {
    expect(() => createVisitCycleProblem(input([{ id: "R-1", start: home }], undefined, { dayLimits: { vehicles: 2 } }))).toThrow(
      "dayLimits.vehicles must be omitted with reps (each rep makes at most one route a day), got 2 on day 0",
    );
  });

  it("rejects a matrix row for a rep outside the matrix", () => {
    const matrix = [
      [0, 1, 5],
      [1, 0, 4],
      [5, 4, 0],
    ];
    expect(() =>
      createVisitCycleProblem(input([{ id: "R-1", startRow: 3 }], [{ id: "C-1", frequency: 1 }], { travel: { kind: "matrix", matrix } })),
    ).toThrow("startRow must be a row of the travel matrix 0..2, got 3 for rep R-1");
  });

  it("rejects a start location with matrix travel, where reps name rows", () => {
    expect(() =>
      createVisitCycleProblem(input([{ id: "R-1", start: home }], [{ id: "C-1", frequency: 1 }], { travel: { kind: "matrix", matrix: [[0, 1], [1, 0]] } })),
    ).toThrow("with matrix travel a rep names matrix rows (startRow, endRow), got a start or end location for rep R-1");
  });

  it("gives each working rep one route a day with the rep's own limits, the day's otherwise", () => {
    const problem = createVisitCycleProblem(
      input([{ id: "R-1", start: home, routeDurationLimit: 300 }, { id: "R-2", start: { x: 9, y: 9 }, end: { x: 5, y: 5 }, workingDays: [1] }], undefined, {
        dayLimits: { routeDurationLimit: 400, capacity: 20 },
      }),
    );
    expect(Array.from(problem.vehicles)).toEqual([1, 2]);
    expect(Array.from(problem.routeRep)).toEqual([0, 0, 1]);
    expect(Array.from(problem.routeDurationLimit)).toEqual([300, 300, 400]);
    expect(Array.from(problem.routeCapacity)).toEqual([20, 20, 20]);
    // Node 0 (no depot), the customer, then R-1's start, R-2's start and R-2's end.
    expect(problem.locationCount).toBe(5);
    expect([problem.routeStart[2], problem.routeEnd[2]]).toEqual([3, 4]);
  });
});
