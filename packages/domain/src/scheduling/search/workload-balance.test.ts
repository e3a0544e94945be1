import { describe, expect, it } from "vitest";
import { createRandom } from "../random.ts";
import { createVisitCycleProblem } from "../problem/visit-cycle-problem.ts";
import { workedExampleB } from "../../testing/worked-example-b.ts";
import { solve } from "./solve.ts";

function steppingClock(): () => number {
  let now = 0;
  return () => now++;
}

function dailySpread(workloadBalanceWeight: number) {
  const input = { ...workedExampleB(), objective: { workloadBalanceWeight } };
  const result = solve(createVisitCycleProblem(input), { random: createRandom(1), clock: steppingClock(), stop: { maxIterations: 300 } });
  const durations = result.plan.days.map((day) => day.routes[0]?.duration ?? 0);
  return { spread: Math.max(...durations) - Math.min(...durations), travel: result.plan.totalTravel };
}

describe("workload balance", () => {
  it("narrows the gap between the longest and shortest day when balance is weighted, at some cost in travel", () => {
    const unweighted = dailySpread(0);
    const weighted = dailySpread(0.1);
    expect(weighted.spread).toBeLessThan(unweighted.spread);
    expect(weighted.travel).toBeGreaterThanOrEqual(unweighted.travel);
  });
});
