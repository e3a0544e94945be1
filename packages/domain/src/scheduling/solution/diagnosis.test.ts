import { describe, expect, it } from "vitest";
import { createRandom } from "../random.ts";
import { createVisitCycleProblem } from "../problem/visit-cycle-problem.ts";
import { workedExampleB } from "../../testing/worked-example-b.ts";
import { solve } from "../search/solve.ts";

function steppingClock(): () => number {
  let now = 0;
  return () => now++;
}

describe("diagnosis of a cycle that does not fit the working days", () => {
  // A 4-hour day less 2 hours of breaks and reports cannot hold five daily A visits of 25 minutes plus the rest.
  const problem = createVisitCycleProblem(workedExampleB(240));
  const result = solve(problem, { random: createRandom(1), clock: steppingClock(), stop: { maxIterations: 100 } });
  const diagnosis = result.diagnosis!;

  it("returns the best plan marked infeasible rather than a silent wrong plan", () => {
    expect(result.feasible).toBe(false);
    expect(result.plan.excessDuration).toBeGreaterThan(0);
  });

  it("names each day that exceeds its limit and by how much", () => {
    expect(diagnosis.overloadedRoutes.length).toBeGreaterThan(0);
    for (const route of diagnosis.overloadedRoutes) {
      expect(route.durationLimit).toBe(120);
      expect(route.excessDuration).toBeCloseTo(route.duration - 120, 9);
    }
  });

  it("lists the visits that do not fit, so that removing them makes every day fit", () => {
    expect(diagnosis.unplacedVisits.length).toBeGreaterThan(0);
    const removed = new Set(diagnosis.unplacedVisits.map((visit) => `${visit.day}/${visit.customerId}`));
    for (const day of result.plan.days) {
      for (const route of day.routes) {
        const kept = route.customerIds.filter((id) => !removed.has(`${day.day}/${id}`));
        const service = kept.reduce((sum, id) => sum + problem.service[Number(id)]!, 0);
        let travel = 0;
        let previous = 0;
        for (const id of [...kept.map(Number), 0]) {
          travel += problem.travel[previous * 21 + id]!;
          previous = id;
        }
        expect(travel + service).toBeLessThanOrEqual(120 + 1e-9);
      }
    }
  });

  it("compares the time the cycle needs with the time the working days offer", () => {
    expect(diagnosis.availableTime).toBe(12 * 120);
    expect(diagnosis.serviceTime).toBe(5 * 12 * 25 + 5 * 4 * 20 + 10 * 15);
    expect(diagnosis.requiredTime).toBeGreaterThan(diagnosis.availableTime);
    expect(diagnosis.summary).toContain("the working days offer 1440.0");
  });
});
