import { describe, expect, it } from "vitest";
import { createVisitCycleProblem } from "../problem/visit-cycle-problem.ts";
import type { VisitCycleInput } from "../problem/visit-cycle-input.ts";
import { poolInterchangeableDays, spreadPooledRoutes } from "./day-pooling.ts";

function input(frequency: number, capacities: number[]): VisitCycleInput {
  return {
    cycleDays: capacities.length,
    dayLimits: capacities.map((capacity) => ({ vehicles: 2, capacity })),
    depot: { x: 0, y: 0 },
    customers: [
      { id: "a", location: { x: 1, y: 0 }, frequency, demand: 1 },
      { id: "b", location: { x: 0, y: 1 }, frequency, demand: 1 },
    ],
    travel: { kind: "euclidean" },
  };
}

describe("pooling interchangeable days", () => {
  it("turns once-per-cycle customers on identical days into one day with every vehicle", () => {
    const pooled = poolInterchangeableDays(createVisitCycleProblem(input(1, [10, 10, 10])));
    expect(pooled?.cycleDays).toBe(1);
    expect(Array.from(pooled!.vehicles)).toEqual([6]);
    expect(Array.from(pooled!.patternMask)).toEqual([1, 1]);
  });

  it("leaves days alone when customers are visited more than once", () => {
    expect(poolInterchangeableDays(createVisitCycleProblem(input(2, [10, 10])))).toBeNull();
  });

  it("leaves days alone when their capacities differ", () => {
    expect(poolInterchangeableDays(createVisitCycleProblem(input(1, [10, 12])))).toBeNull();
  });

  it("hands pooled routes out to days without exceeding any day's vehicles", () => {
    const problem = createVisitCycleProblem(input(1, [10, 10]));
    expect(spreadPooledRoutes(problem, [[1], [], [2], [1, 2]])).toEqual([
      [[1], [2]],
      [[1, 2], []],
    ]);
  });
});
