import { describe, expect, it } from "vitest";
import { createRandom } from "../random.ts";
import type { RandomGenerator } from "../random.ts";
import { createVisitCycleProblem } from "../problem/visit-cycle-problem.ts";
import type { CustomerInput, VisitCycleInput } from "../problem/visit-cycle-input.ts";
import { workedExampleB } from "../../testing/worked-example-b.ts";
import { solve } from "./solve.ts";

// A clock that advances one millisecond per reading keeps the solves independent of machine speed.
function steppingClock(): () => number {
  let now = 0;
  return () => now++;
}

const costAt = (input: VisitCycleInput, seed: number, iterations: number): number =>
  solve(createVisitCycleProblem(input), { random: createRandom(seed), clock: steppingClock(), stop: { maxIterations: iterations } }).cost;

function randomCustomers(random: RandomGenerator, count: number, days: number): CustomerInput[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `C-${index + 1}`,
    location: { x: Math.round(random.nextFloat() * 100), y: Math.round(random.nextFloat() * 100) },
    demand: 1 + random.nextInt(5),
    serviceMinutes: 5 + random.nextInt(10),
    frequency: [1, 1, 2, days][index % 4] as number,
  }));
}

// Several vehicles a day from one depot, capacity-bound: moves between routes of one day and into empty routes.
function fleetInstance(): VisitCycleInput {
  return {
    cycleDays: 4,
    dayLimits: { vehicles: 3, capacity: 30, routeDurationLimit: 400 },
    depot: { x: 50, y: 50 },
    customers: randomCustomers(createRandom(17), 40, 4),
    travel: { kind: "euclidean" },
  };
}

// Reps with homes of their own, one ending elsewhere and one working two days of four: moves across reps,
// 2-opt* between routes whose ends differ, and rep-restricted customers.
function repInstance(): VisitCycleInput {
  const customers = randomCustomers(createRandom(23), 45, 4).map((customer, index) => ({
    ...customer,
    frequency: index % 5 === 0 ? 2 : customer.frequency,
    allowedReps: index % 5 === 0 ? ["R-B"] : index % 7 === 0 ? ["R-A", "R-C"] : undefined,
  }));
  return {
    cycleDays: 4,
    dayLimits: { routeDurationLimit: 480 },
    customers,
    reps: [
      { id: "R-A", start: { x: 0, y: 0 } },
      { id: "R-B", start: { x: 100, y: 100 }, workingDays: [0, 2] },
      { id: "R-C", start: { x: 100, y: 0 }, end: { x: 50, y: 50 } },
    ],
    travel: { kind: "euclidean" },
  };
}

// The search's moves are deterministic at a fixed seed: a change to how the search picks or applies
// moves that is meant to keep its behaviour must keep these costs exactly.
describe("solver costs at a fixed seed and iteration count", () => {
  it("plans worked example B at the same cost", () => {
    expect(costAt(workedExampleB(), 1, 150)).toBe(587.8379641666386);
  });

  it("plans a three-vehicle fleet at the same cost", () => {
    expect(costAt(fleetInstance(), 3, 150)).toBe(1573.6413440711688);
  });

  it("plans a territory of three reps at the same cost", () => {
    expect(costAt(repInstance(), 5, 150)).toBe(1908.5704640403783);
  });
});
