import { describe, expect, it } from "vitest";
import { createRandom } from "../random.ts";
import type { RandomGenerator } from "../random.ts";
import { createVisitCycleProblem } from "../problem/visit-cycle-problem.ts";
import type { CustomerInput } from "../problem/visit-cycle-input.ts";
import { bruteForceOptimum } from "../../testing/brute-force.ts";
import { solve } from "./solve.ts";

// A clock that advances one millisecond per reading keeps short solves independent of machine speed.
function steppingClock(): () => number {
  let now = 0;
  return () => now++;
}

function tinyProblem(random: RandomGenerator, customerCount: number, days: number) {
  const customers: CustomerInput[] = Array.from({ length: customerCount }, (_, index) => ({
    id: `C-${index + 1}`,
    location: { x: Math.round(random.nextFloat() * 100), y: Math.round(random.nextFloat() * 100) },
    demand: 1 + random.nextInt(5),
    serviceMinutes: random.nextInt(10),
    frequency: 1 + random.nextInt(days),
  }));
  return createVisitCycleProblem({
    cycleDays: days,
    dayLimits: { vehicles: 2, capacity: 10, routeDurationLimit: 400 },
    depot: { x: 50, y: 50 },
    customers,
    travel: { kind: "euclidean" },
  });
}

describe("solve on tiny instances", () => {
  it.each([1, 2, 3, 5])("finds the brute-force optimum of random instance %i (7 customers, 3 days)", (seed) => {
    const problem = tinyProblem(createRandom(seed * 7919), 7, 3);
    const optimum = bruteForceOptimum(problem);
    const result = solve(problem, { random: createRandom(seed), clock: steppingClock(), stop: { maxIterations: 300 } });
    expect(result.feasible).toBe(true);
    expect(result.cost).toBeCloseTo(optimum, 6);
  });

  it("flags as infeasible, with a diagnosis, an instance brute force proves has no feasible plan", () => {
    const problem = tinyProblem(createRandom(4 * 7919), 7, 3);
    expect(bruteForceOptimum(problem)).toBe(Infinity);
    const result = solve(problem, { random: createRandom(4), clock: steppingClock(), stop: { maxIterations: 100 } });
    expect(result.feasible).toBe(false);
    expect(result.diagnosis?.overloadedRoutes.length).toBeGreaterThan(0);
  });

  it("gives identical plans for the same seed", () => {
    const problem = tinyProblem(createRandom(99), 7, 3);
    const run = () => solve(problem, { random: createRandom(5), clock: steppingClock(), stop: { maxIterations: 50 } });
    const first = run();
    const second = run();
    expect(second.plan.days).toEqual(first.plan.days);
    expect(second.iterations).toBe(first.iterations);
  });

  it("stops at once and still returns a complete plan when cancelled", () => {
    const problem = tinyProblem(createRandom(3), 7, 3);
    const signal = { aborted: false };
    const result = solve(problem, {
      random: createRandom(1),
      clock: steppingClock(),
      stop: { maxIterations: 1e9 },
      signal,
      onProgress: () => {
        signal.aborted = true;
      },
    });
    expect(result.iterations).toBe(0);
    const visits = [...result.plan.customerDays.values()].reduce((sum, days) => sum + days.length, 0);
    expect(visits).toBeGreaterThan(0);
    expect(result.plan.feasible).toBe(true);
  });

  it("reports progress with elapsed time, best cost and feasibility", () => {
    const problem = tinyProblem(createRandom(4), 7, 3);
    const events: { elapsedSeconds: number; bestCost: number; feasible: boolean }[] = [];
    solve(problem, { random: createRandom(1), clock: steppingClock(), stop: { maxIterations: 20 }, onProgress: (event) => events.push(event) });
    expect(events.length).toBeGreaterThan(0);
    const last = events.at(-1)!;
    expect(last.feasible).toBe(true);
    expect(last.elapsedSeconds).toBeGreaterThan(0);
    expect(Number.isFinite(last.bestCost)).toBe(true);
  });

  it("rejects stop criteria without any limit", () => {
    const problem = tinyProblem(createRandom(4), 3, 2);
    expect(() => solve(problem, { random: createRandom(1), clock: steppingClock(), stop: {} })).toThrow("stop criteria need at least one");
  });
});
