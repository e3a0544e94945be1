import { describe, expect, it } from "vitest";
import { createVisitCycleProblem } from "../problem/visit-cycle-problem.ts";
import { createRandom } from "../random.ts";
import { SweepOrder } from "./sweep-order.ts";

// Eight customers at the compass points, listed counter-clockwise from east.
const compass = [
  [10, 0],
  [7, 7],
  [0, 10],
  [-7, 7],
  [-10, 0],
  [-7, -7],
  [0, -10],
  [7, -7],
] as const;

function compassProblem(withLocations: boolean) {
  if (!withLocations) {
    return createVisitCycleProblem({
      cycleDays: 1,
      dayLimits: { vehicles: 1 },
      customers: compass.map((_, index) => ({ id: `C-${index + 1}`, frequency: 1 })),
      travel: { kind: "matrix", matrix: Array.from({ length: 9 }, (_, from) => Array.from({ length: 9 }, (_, to) => (from === to ? 0 : 1))) },
    });
  }
  return createVisitCycleProblem({
    cycleDays: 1,
    dayLimits: { vehicles: 1 },
    depot: { x: 0, y: 0 },
    customers: compass.map(([x, y], index) => ({ id: `C-${index + 1}`, location: { x, y }, frequency: 1 })),
    travel: { kind: "euclidean" },
  });
}

function isRotation(order: readonly number[], cycle: readonly number[]): boolean {
  const start = cycle.indexOf(order[0] as number);
  return order.every((customer, index) => customer === cycle[(start + index) % cycle.length]);
}

describe("sweep order", () => {
  it("lists customers by angle around the depot, from a random start, turning either way", () => {
    const sweep = new SweepOrder(compassProblem(true));
    const counterClockwise = [1, 2, 3, 4, 5, 6, 7, 8];
    const clockwise = [1, 8, 7, 6, 5, 4, 3, 2];
    const random = createRandom(3);
    const directions = new Set<string>();
    const starts = new Set<number>();
    for (let draw = 0; draw < 40; draw++) {
      const order = Array.from(sweep.next(random));
      const turnsCounterClockwise = isRotation(order, counterClockwise);
      expect(turnsCounterClockwise || isRotation(order, clockwise)).toBe(true);
      directions.add(turnsCounterClockwise ? "counter-clockwise" : "clockwise");
      starts.add(order[0] as number);
    }
    expect(directions.size).toBe(2);
    expect(starts.size).toBeGreaterThan(4);
  });

  it("falls back to a random permutation of all customers without coordinates", () => {
    const sweep = new SweepOrder(compassProblem(false));
    const order = Array.from(sweep.next(createRandom(1)));
    expect([...order].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
