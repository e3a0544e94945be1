import { describe, expect, it } from "vitest";
import { readSharedPvrpFile } from "../../testing/shared-bench.ts";
import { checkCordeauSolution } from "./cordeau-checker.ts";
import { parseCordeauSolution } from "./cordeau-instance.ts";

function checkReference(instance: string, solutionFile: string, extraRoutes: { day: number; customers: number[] }[] = []) {
  const solution = parseCordeauSolution(readSharedPvrpFile(`solutions/${solutionFile}`));
  const report = checkCordeauSolution(readSharedPvrpFile(`instances/${instance}`), [...solution.routes, ...extraRoutes]);
  return { report, fileCost: solution.cost };
}

describe("independent Cordeau checker", () => {
  it("accepts the p01 reference solution once pseudo-customer 51 gets its own day-1 route", () => {
    // The distributed p01.res omits customer 51, which sits on the depot and fills a vehicle on day 1.
    const { report, fileCost } = checkReference("p01", "p01.res", [{ day: 1, customers: [51] }]);
    expect(report.violations).toEqual([]);
    expect(report.cost).toBeCloseTo(fileCost, 2);
  });

  it("accepts the p14 reference solution at its stated cost", () => {
    const { report, fileCost } = checkReference("p14", "p14.res");
    expect(report.feasible).toBe(true);
    expect(Math.abs(report.cost - fileCost)).toBeLessThan(0.01);
  });

  it("accepts the p24 reference solution at its stated cost", () => {
    const { report, fileCost } = checkReference("p24", "p24.res");
    expect(report.feasible).toBe(true);
    expect(Math.abs(report.cost - fileCost)).toBeLessThan(0.01);
  });

  it("accepts the 835.26 solution of p04", () => {
    const { report, fileCost } = checkReference("p04", "p04_835.26.res");
    expect(report.feasible).toBe(true);
    expect(Math.abs(report.cost - fileCost)).toBeLessThan(0.01);
  });

  it("rejects p01 without pseudo-customer 51 because its combination is not met", () => {
    const { report } = checkReference("p01", "p01.res");
    expect(report.violations).toEqual(["customer 51 is visited on days [], not an allowed combination"]);
  });

  it("rejects a route over capacity", () => {
    const solution = parseCordeauSolution(readSharedPvrpFile("solutions/p14.res"));
    const [first, second, ...rest] = solution.routes;
    const merged = { day: first!.day, customers: [...first!.customers, ...second!.customers] };
    const moved = second!.day === first!.day ? [merged, ...rest] : [merged, { day: second!.day, customers: [] }, ...rest];
    const report = checkCordeauSolution(readSharedPvrpFile("instances/p14"), moved);
    expect(report.violations.some((violation) => violation.includes("above capacity"))).toBe(true);
  });

  it("rejects a route over the duration limit when D is positive", () => {
    const instance = "1 1 2 1\n10 100\n0 0 0 0 0 0 0\n1 3 4 2 1 1 1 1\n2 -3 4 2 1 1 1 1\n";
    const report = checkCordeauSolution(instance, [{ day: 1, customers: [1, 2] }]);
    // 5 + 6 + 5 travel plus 4 service is 20 > 10.
    expect(report.violations).toEqual(["route 1 (day 1) lasts 20.000, above the duration limit 10"]);
  });

  it("rejects more routes on a day than vehicles", () => {
    const instance = "1 1 2 1\n0 100\n0 0 0 0 0 0 0\n1 3 4 0 1 1 1 1\n2 -3 4 0 1 1 1 1\n";
    const report = checkCordeauSolution(instance, [
      { day: 1, customers: [1] },
      { day: 1, customers: [2] },
    ]);
    expect(report.violations).toEqual(["day 1 uses 2 routes, above the fleet of 1"]);
  });
});
