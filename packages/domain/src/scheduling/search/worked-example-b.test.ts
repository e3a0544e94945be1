import { describe, expect, it } from "vitest";
import { createRandom } from "../random.ts";
import { createVisitCycleProblem } from "../problem/visit-cycle-problem.ts";
import { exampleBClass, exampleBClasses, workedExampleB } from "../../testing/worked-example-b.ts";
import { solve } from "./solve.ts";

function steppingClock(): () => number {
  let now = 0;
  return () => now++;
}

describe("worked example B (20 customers, two 6-day weeks, one rep)", () => {
  const problem = createVisitCycleProblem(workedExampleB());
  const result = solve(problem, { random: createRandom(1), clock: steppingClock(), stop: { maxIterations: 200 } });

  it("finds a feasible plan", () => {
    expect(result.feasible).toBe(true);
    expect(result.diagnosis).toBeNull();
  });

  it("visits every customer as often as its class asks: A 12 times, B 4 times, C once", () => {
    for (const [id, days] of result.plan.customerDays) {
      expect(days.length, `customer ${id}`).toBe(exampleBClasses[exampleBClass(Number(id))].frequency);
    }
  });

  it("spaces each B customer's visits exactly three days apart", () => {
    for (let number = 6; number <= 10; number++) {
      const days = result.plan.customerDays.get(String(number))!;
      expect(days.slice(1).map((day, index) => day - days[index]!)).toEqual([3, 3, 3]);
    }
  });

  it("plans 90 visits, one route a day, each within the working day", () => {
    const visits = result.plan.days.reduce((sum, day) => sum + day.routes.reduce((count, route) => count + route.nodes.length, 0), 0);
    expect(visits).toBe(90);
    for (const day of result.plan.days) {
      expect(day.routes.length).toBeLessThanOrEqual(1);
      for (const route of day.routes) expect(route.duration).toBeLessThanOrEqual(problem.durationLimit[day.day]!);
    }
  });
});
