import { describe, expect, it } from "vitest";
import {
  classifyByPareto,
  PARETO_40_40_15_5,
  PARETO_40_40_20,
  PARETO_80_15_5,
  validateParetoThresholds,
  type ParetoResult,
} from "./pareto.ts";
import { ClassificationValidationError } from "./types.ts";
import { exampleCustomerKey, paretoExampleA, paretoExampleB } from "../testing/pareto-examples.ts";

function keysOfClass(result: ParetoResult, customerClass: string): string[] {
  return result.items.filter((item) => item.class === customerClass).map((item) => item.customerKey);
}

function numbered(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, offset) => exampleCustomerKey(from + offset));
}

describe("classifyByPareto, worked example A (80/15/5)", () => {
  const result = classifyByPareto(paretoExampleA, PARETO_80_15_5);

  it("sums the scope to 2.5 million", () => {
    expect(result.totalVolume).toBe("2500000");
  });

  it("makes the top 4 customers class A", () => {
    expect(keysOfClass(result, "A")).toEqual(numbered(1, 4));
  });

  it("makes customers 5 to 10 class B", () => {
    expect(keysOfClass(result, "B")).toEqual(numbered(5, 10));
  });

  it("makes the last 10 customers class C", () => {
    expect(keysOfClass(result, "C")).toEqual(numbered(11, 20));
  });

  it("puts a customer whose running share before it is exactly 80% into B", () => {
    const fifth = result.items[4];
    expect(fifth?.cumulativeShareBefore).toBe(0.8);
    expect(fifth?.class).toBe("B");
  });

  it("counts 4 A, 6 B and 10 C customers", () => {
    expect(result.classCounts).toEqual({ A: 4, B: 6, C: 10 });
  });
});

describe("classifyByPareto, worked example B (40/40/20)", () => {
  const result = classifyByPareto(paretoExampleB, PARETO_40_40_20);

  it("makes customers 1 to 5 class A because customer 5 crosses the 40% boundary", () => {
    expect(keysOfClass(result, "A")).toEqual(numbered(1, 5));
    expect(result.items[4]?.cumulativeShareBefore).toBeCloseTo(0.395, 12);
  });

  it("makes customers 6 to 10 class B because customer 10 crosses the 80% boundary", () => {
    expect(keysOfClass(result, "B")).toEqual(numbered(6, 10));
    expect(result.items[9]?.cumulativeShareBefore).toBeCloseTo(0.796, 12);
  });

  it("makes customers 11 to 20 class C", () => {
    expect(keysOfClass(result, "C")).toEqual(numbered(11, 20));
  });
});

describe("classifyByPareto, ordering and figures", () => {
  it("ranks equal volumes by customer key so the result does not depend on input order", () => {
    const result = classifyByPareto([
      { customerKey: "K-2", volume: "10" },
      { customerKey: "K-1", volume: "10" },
      { customerKey: "K-0", volume: "30" },
    ]);
    expect(result.items.map((item) => [item.customerKey, item.rank])).toEqual([
      ["K-0", 1],
      ["K-1", 2],
      ["K-2", 3],
    ]);
  });

  it("reports share and running shares before and after each customer", () => {
    const result = classifyByPareto([
      { customerKey: "big", volume: "75" },
      { customerKey: "small", volume: 25 },
    ]);
    expect(result.items[1]).toMatchObject({
      customerKey: "small",
      volume: "25",
      share: 0.25,
      cumulativeShareBefore: 0.75,
      cumulativeShareAfter: 1,
    });
  });

  it("adds decimal volumes exactly so that 0.1 + 0.2 does not drift past a boundary", () => {
    // In floating point 0.1 + 0.2 = 0.30000000000000004, which would push "c" below 30% before it.
    const result = classifyByPareto(
      [
        { customerKey: "a", volume: "0.1" },
        { customerKey: "b", volume: "0.1" },
        { customerKey: "c", volume: "0.1" },
        { customerKey: "d", volume: "0.7" },
      ],
      { A: 70, B: 30, C: 0 },
    );
    expect(result.items.map((item) => item.class)).toEqual(["A", "B", "B", "B"]);
    expect(result.totalVolume).toBe("1");
  });

  it("splits the tail into C and D when the thresholds define D", () => {
    const result = classifyByPareto(paretoExampleA, { A: 80, B: 15, C: 3, D: 2 });
    // Before customer 15 the running share is 97.96%, before customer 16 it is 98.44%.
    expect(result.classCounts).toEqual({ A: 4, B: 6, C: 5, D: 5 });
  });

  it("offers a 40/40/15/5 preset whose last class is D", () => {
    const result = classifyByPareto(paretoExampleB, PARETO_40_40_15_5);
    expect(result.items.at(-1)?.class).toBe("D");
  });
});

describe("classifyByPareto, edge cases", () => {
  it("returns no items and a zero total for an empty scope", () => {
    const result = classifyByPareto([]);
    expect(result).toMatchObject({ items: [], totalVolume: "0", classCounts: { A: 0, B: 0, C: 0 } });
  });

  it("puts customers with zero volume into the last class", () => {
    const result = classifyByPareto([
      { customerKey: "seller", volume: "100" },
      { customerKey: "silent", volume: "0.00" },
    ]);
    expect(result.items.map((item) => [item.customerKey, item.class])).toEqual([
      ["seller", "A"],
      ["silent", "C"],
    ]);
  });

  it("puts every customer into the last class with zero shares when the total is 0", () => {
    const result = classifyByPareto([
      { customerKey: "x", volume: 0 },
      { customerKey: "y", volume: "0" },
    ]);
    expect(result.items.map((item) => [item.class, item.share, item.cumulativeShareAfter])).toEqual([
      ["C", 0, 0],
      ["C", 0, 0],
    ]);
  });

  it("counts a negative volume as zero and says so", () => {
    const result = classifyByPareto([
      { customerKey: "returns", volume: "-12.50" },
      { customerKey: "seller", volume: "40" },
    ]);
    expect(result.items[1]).toMatchObject({
      customerKey: "returns",
      volume: "0",
      class: "C",
      note: "NEGATIVE_VOLUME_COUNTED_AS_ZERO",
    });
    expect(result.totalVolume).toBe("40");
  });

  it("rejects thresholds that do not add up to 100 and lists them", () => {
    expect(() => classifyByPareto(paretoExampleB, { A: 40, B: 40, C: 30 })).toThrow(
      "Pareto shares must add up to 100, got A 40 + B 40 + C 30 = 110",
    );
  });

  it("rejects a share outside 0 to 100", () => {
    expect(() => validateParetoThresholds({ A: 120, B: -10, C: -10 })).toThrow(
      "Pareto share of class A must be a number from 0 to 100 (percent), got 120",
    );
  });

  it("rejects a share with more than 2 decimals", () => {
    expect(() => validateParetoThresholds({ A: 33.333, B: 33.333, C: 33.334 })).toThrow(
      "Pareto share of class A may have at most 2 decimals, got 33.333",
    );
  });

  it("accepts shares with 2 decimals that are inexact in binary floating point", () => {
    expect(() => validateParetoThresholds({ A: 33.33, B: 33.33, C: 33.34 })).not.toThrow();
  });

  it("rejects a zero share for class A", () => {
    expect(() => validateParetoThresholds({ A: 0, B: 50, C: 50 })).toThrow("Pareto share of class A must be above 0, got 0");
  });

  it("rejects a volume that is not a decimal and names the customer", () => {
    expect(() => classifyByPareto([{ customerKey: "C-17", volume: "12,5" }])).toThrow(
      'volume of customer C-17 must be a decimal like "1234.50", got "12,5"',
    );
  });

  it("rejects a customer that appears twice in the scope", () => {
    const attempt = () =>
      classifyByPareto([
        { customerKey: "C-1", volume: 1 },
        { customerKey: "C-1", volume: 2 },
      ]);
    expect(attempt).toThrow(ClassificationValidationError);
    expect(attempt).toThrow('each customer may appear once per scope, got "C-1" twice');
  });
});
