import { describe, expect, it } from "vitest";
import { createVisitCycleProblem } from "./visit-cycle-problem.ts";
import type { CustomerInput, VisitCycleInput } from "./visit-cycle-input.ts";
import { routeDurationLimitFromWorkingDay } from "./visit-cycle-input.ts";
import { maskToDays } from "./visit-patterns.ts";

function input(customers: CustomerInput[], overrides: Partial<VisitCycleInput> = {}): VisitCycleInput {
  return { cycleDays: 12, dayLimits: { vehicles: 1 }, depot: { x: 0, y: 0 }, customers, travel: { kind: "euclidean" }, ...overrides };
}

function allowedDays(problem: ReturnType<typeof createVisitCycleProblem>, customer: number): number[][] {
  const result: number[][] = [];
  for (let pattern = problem.patternStart[customer] as number; pattern < (problem.patternStart[customer + 1] as number); pattern++) {
    result.push(maskToDays(problem.patternMask[pattern] as number));
  }
  return result;
}

describe("visit-cycle problem validation", () => {
  it("names the customer and the value when a frequency exceeds the cycle", () => {
    expect(() => createVisitCycleProblem(input([{ id: "C-17", location: { x: 1, y: 1 }, frequency: 13 }]))).toThrow(
      "frequency must be 1..days (12), got 13 for customer C-17",
    );
  });

  it("removes combinations that touch a closed day", () => {
    const problem = createVisitCycleProblem(input([{ id: "C-1", location: { x: 1, y: 1 }, frequency: 4, closedDays: [0] }]));
    expect(allowedDays(problem, 1)).toEqual([
      [1, 4, 7, 10],
      [2, 5, 8, 11],
    ]);
  });

  it("keeps only combinations that contain every pinned day", () => {
    const problem = createVisitCycleProblem(input([{ id: "C-1", location: { x: 1, y: 1 }, frequency: 2, pinnedDays: [9] }]));
    expect(allowedDays(problem, 1)).toEqual([[3, 9]]);
  });

  it("reports a customer whose closed days leave no combination", () => {
    expect(() =>
      createVisitCycleProblem(input([{ id: "C-2", location: { x: 1, y: 1 }, frequency: 12, closedDays: [5] }])),
    ).toThrow("customer C-2 has no allowed visit-day combination left after closed days [5] and pinned days []");
  });

  it("charges the day-change penalty to every combination except the previous one", () => {
    const problem = createVisitCycleProblem(
      input([{ id: "C-1", location: { x: 1, y: 1 }, frequency: 4, previousDays: [1, 4, 7, 10] }], { objective: { dayChangePenalty: 50 } }),
    );
    expect(Array.from(problem.patternCost)).toEqual([50, 0, 50]);
  });

  it("charges the preference penalty per visit outside the preferred days", () => {
    const problem = createVisitCycleProblem(
      input([{ id: "C-1", location: { x: 1, y: 1 }, frequency: 2, preferredDays: [0, 6, 1] }], { objective: { nonPreferredDayPenalty: 5 } }),
    );
    expect(Array.from(problem.patternCost)).toEqual([0, 5, 10, 10, 10, 10]);
  });

  it("rejects duplicate customer ids", () => {
    const customer = { id: "C-1", location: { x: 1, y: 1 }, frequency: 1 };
    expect(() => createVisitCycleProblem(input([customer, customer]))).toThrow("customer ids must be unique, got C-1 twice");
  });

  it("rejects a travel matrix of the wrong size", () => {
    expect(() =>
      createVisitCycleProblem(input([{ id: "C-1", frequency: 1 }], { travel: { kind: "matrix", matrix: [[0, 1]] }, depot: undefined })),
    ).toThrow("travel matrix must have 2 rows (depot + customers), got 1");
  });

  it("rejects a geographic location outside the valid range", () => {
    expect(() =>
      createVisitCycleProblem(
        input([{ id: "C-9", location: { lat: 95, lng: 10 }, frequency: 1 }], {
          depot: { lat: 31.2, lng: 121.5 },
          travel: { kind: "haversine", roadFactor: 1.3, speedKmPerHour: 25 },
        }),
      ),
    ).toThrow('haversine travel needs a { lat, lng } location in degrees, got {"lat":95,"lng":10} for customer C-9');
  });

  it("derives the route duration limit from the working day, breaks and non-customer work", () => {
    expect(routeDurationLimitFromWorkingDay({ workingMinutes: 540, breakMinutes: 60, nonCustomerMinutes: 45 })).toBe(435);
  });
});
