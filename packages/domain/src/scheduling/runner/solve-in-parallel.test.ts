import { describe, expect, it } from "vitest";
import { createVisitCycleProblem } from "../problem/visit-cycle-problem.ts";
import { workedExampleB } from "../../testing/worked-example-b.ts";
import { solveInParallel } from "./solve-in-parallel.ts";

describe("parallel runner", () => {
  const problem = createVisitCycleProblem(workedExampleB());

  it("runs one seeded search per worker and keeps the best feasible plan", async () => {
    const workersSeen = new Set<number>();
    const result = await solveInParallel(problem, {
      stop: { maxIterations: 30 },
      seed: 7,
      workers: 2,
      onProgress: (event) => workersSeen.add(event.worker),
    });
    expect(result.feasible).toBe(true);
    expect([7, 8]).toContain(result.seed);
    expect([...workersSeen].sort()).toEqual([0, 1]);
  });

  it("stops every worker when the abort signal fires and returns the best plan so far", async () => {
    const controller = new AbortController();
    const startedAt = performance.now();
    const result = await solveInParallel(problem, {
      stop: { maxSeconds: 60 },
      seed: 1,
      workers: 2,
      signal: controller.signal,
      onProgress: (event) => {
        if (event.feasible) controller.abort();
      },
    });
    expect(performance.now() - startedAt).toBeLessThan(20000);
    expect(result.feasible).toBe(true);
  });
});
