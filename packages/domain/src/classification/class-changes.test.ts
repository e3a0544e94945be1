import { describe, expect, it } from "vitest";
import { classChanges } from "./class-changes.ts";
import { classifyByPareto } from "./pareto.ts";
import type { CustomerClass } from "./types.ts";

describe("classChanges", () => {
  it("lists only the customers whose class changed, with the old and new class", () => {
    const previous = new Map<string, CustomerClass | null>([
      ["grower", "C"],
      ["steady", "A"],
    ]);
    const next = classifyByPareto([
      { customerKey: "grower", volume: "50" },
      { customerKey: "steady", volume: "60" },
    ]).items;
    expect(classChanges(previous, next)).toEqual([{ customerKey: "grower", from: "C", to: "B" }]);
  });

  it("reports a customer without a previous class as coming from null", () => {
    expect(classChanges(new Map([["fresh", null]]), [{ customerKey: "fresh", class: "C" }])).toEqual([
      { customerKey: "fresh", from: null, to: "C" },
    ]);
  });

  it("treats a customer missing from the stored classes like an unclassified one", () => {
    expect(classChanges(new Map(), [{ customerKey: "new", class: "A" }])).toEqual([{ customerKey: "new", from: null, to: "A" }]);
  });
});
