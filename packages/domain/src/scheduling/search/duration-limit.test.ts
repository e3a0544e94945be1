import { describe, expect, it } from "vitest";
import { createRandom } from "../random.ts";
import { createVisitCycleProblem } from "../problem/visit-cycle-problem.ts";
import { parseCordeauInstance } from "../io/cordeau-instance.ts";
import { checkCordeauSolution } from "../io/cordeau-checker.ts";
import { readSharedPvrpFile } from "../../testing/shared-bench.ts";
import { withDurationLimit } from "../../testing/duration-variant.ts";
import { solve } from "./solve.ts";

function steppingClock(): () => number {
  let now = 0;
  return () => now++;
}

function solveAndCheck(text: string, iterations: number) {
  const problem = createVisitCycleProblem(parseCordeauInstance(text).input);
  const result = solve(problem, { random: createRandom(1), clock: steppingClock(), stop: { maxIterations: iterations } });
  const routes = result.plan.days.flatMap((day) => day.routes.map((route) => ({ day: day.day + 1, customers: route.nodes })));
  return { result, check: checkCordeauSolution(text, routes) };
}

describe("route duration limits with service times (p21 with 10 minutes per visit)", () => {
  const original = readSharedPvrpFile("instances/p21");
  const unlimited = solveAndCheck(withDurationLimit(original, { serviceTime: 10, durationLimit: 0 }), 150);
  const longest = Math.max(...unlimited.result.plan.days.flatMap((day) => day.routes.map((route) => route.duration)));
  const durationLimit = Math.round(0.9 * longest);
  const limitedText = withDurationLimit(original, { serviceTime: 10, durationLimit });
  const limited = solveAndCheck(limitedText, 150);

  it("counts service time in the route duration exactly as the checker does", () => {
    for (const day of unlimited.result.plan.days) {
      for (const route of day.routes) expect(route.duration).toBeCloseTo(route.travel + 10 * route.nodes.length, 9);
    }
  });

  it("keeps every route within a limit set 10% below the longest route of the unlimited plan", () => {
    expect(limited.check.violations).toEqual([]);
    expect(limited.result.feasible).toBe(true);
    for (const day of limited.result.plan.days) for (const route of day.routes) expect(route.duration).toBeLessThanOrEqual(durationLimit);
  });

  it("reports the same travel as the independent checker", () => {
    expect(limited.result.plan.totalTravel).toBeCloseTo(limited.check.cost, 6);
  });
});
