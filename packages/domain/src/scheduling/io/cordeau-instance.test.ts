import { describe, expect, it } from "vitest";
import { readSharedPvrpFile } from "../../testing/shared-bench.ts";
import { combinationDays, parseCordeauInstance } from "./cordeau-instance.ts";

describe("Cordeau instance reader", () => {
  it("reads the leftmost of t binary digits as day 1", () => {
    expect(combinationDays(16, 5)).toEqual([0]);
    expect(combinationDays(1, 5)).toEqual([4]);
    expect(combinationDays(20, 5)).toEqual([0, 2]);
    expect(combinationDays(7, 5)).toEqual([2, 3, 4]);
  });

  it("reads the header, day limits and every customer of p01", () => {
    const instance = parseCordeauInstance(readSharedPvrpFile("instances/p01"));
    expect([instance.vehiclesPerDay, instance.customerCount, instance.dayCount]).toEqual([3, 51, 2]);
    expect(instance.input.customers).toHaveLength(51);
    expect(instance.input.dayLimits).toEqual([
      { vehicles: 3, routeDurationLimit: 0, capacity: 160 },
      { vehicles: 3, routeDurationLimit: 0, capacity: 160 },
    ]);
  });

  it("takes the p11 customer with frequency 0 at its five single-day combinations", () => {
    const instance = parseCordeauInstance(readSharedPvrpFile("instances/p11"));
    expect(instance.input.customers[130]?.allowedDayCombinations).toEqual([[4], [3], [2], [1], [0]]);
  });

  it("rejects node lines out of order", () => {
    expect(() => parseCordeauInstance("1 1 1 1\n0 10\n0 0 0 0 0 0 0\n2 1 1 0 1 1 1 1\n")).toThrow("expected node 1, got 2");
  });
});
