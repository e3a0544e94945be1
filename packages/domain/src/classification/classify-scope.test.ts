import { describe, expect, it } from "vitest";
import { classifyScopeByPareto } from "./classify-scope.ts";
import { monthsEndingAt } from "../calendar/index.ts";
import { paretoExampleB } from "../testing/pareto-examples.ts";

const lastMonth = "2026-10";

describe("classifyScopeByPareto", () => {
  it("classifies worked example B on the average of its last 3 months", () => {
    // Three months of 0.5×, 1× and 1.5× the example's volume average to the volume itself.
    const histories = paretoExampleB.map((item) => ({
      customerKey: item.customerKey,
      monthlyVolumes: monthsEndingAt(lastMonth, 3).map((month, index) => ({
        month,
        volume: Number(item.volume) * (0.5 + 0.5 * index),
      })),
    }));
    const result = classifyScopeByPareto(histories, { lastMonth });
    expect(result.classCounts).toEqual({ A: 5, B: 5, C: 10 });
    expect(result.totalVolume).toBe("2000");
  });

  it("keeps the short-history flag of a young customer next to its class", () => {
    const result = classifyScopeByPareto(
      [
        { customerKey: "old", monthlyVolumes: [{ month: "2026-10", volume: 30 }] },
        { customerKey: "young", firstMonth: "2026-10", monthlyVolumes: [{ month: "2026-10", volume: 30 }] },
      ],
      { lastMonth },
    );
    expect(result.items.map((item) => [item.customerKey, item.class, item.volume, item.shortHistory])).toEqual([
      ["young", "A", "30", true],
      ["old", "B", "10", false],
    ]);
  });

  it("applies the given thresholds and window", () => {
    const result = classifyScopeByPareto([], { lastMonth, months: 6, thresholds: { A: 80, B: 15, C: 5 } });
    expect(result).toMatchObject({ windowMonths: 6, lastMonth, thresholds: { A: 80, B: 15, C: 5 }, items: [] });
  });
});
