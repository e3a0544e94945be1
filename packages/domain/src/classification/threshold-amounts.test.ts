import { describe, expect, it } from "vitest";
import { monthsEndingAt } from "../calendar/index.ts";
import { averageMonthlyVolumes, classifyByThresholdAmounts } from "./threshold-amounts.ts";

const lastMonth = "2026-10";

describe("averageMonthlyVolumes", () => {
  it("averages the last 3 months by default and ignores older sales", () => {
    const [average] = averageMonthlyVolumes(
      [
        {
          customerKey: "C-1",
          monthlyVolumes: [
            { month: "2026-07", volume: "999.00" },
            { month: "2026-08", volume: "100.00" },
            { month: "2026-09", volume: "200.00" },
            { month: "2026-10", volume: "300.00" },
          ],
        },
      ],
      { lastMonth },
    );
    expect(average).toEqual({ customerKey: "C-1", average: "200", monthsAveraged: 3, windowMonths: 3, shortHistory: false });
  });

  it("counts a month without sales as 0", () => {
    const [average] = averageMonthlyVolumes(
      [{ customerKey: "C-1", monthlyVolumes: [{ month: "2026-10", volume: "90" }] }],
      { lastMonth },
    );
    expect(average?.average).toBe("30");
  });

  it("averages a customer younger than the window over the months it existed and says so", () => {
    const [average] = averageMonthlyVolumes(
      [{ customerKey: "new", firstMonth: "2026-09", monthlyVolumes: [{ month: "2026-10", volume: "50" }] }],
      { lastMonth, months: 6 },
    );
    expect(average).toMatchObject({ average: "25", monthsAveraged: 2, windowMonths: 6, shortHistory: true });
  });

  it("starts a young customer's window at its first sale when that comes before its registration month", () => {
    const [average] = averageMonthlyVolumes(
      [
        {
          customerKey: "early",
          firstMonth: "2026-10",
          monthlyVolumes: [
            { month: "2026-09", volume: "40" },
            { month: "2026-10", volume: "20" },
          ],
        },
      ],
      { lastMonth },
    );
    expect(average).toMatchObject({ average: "30", monthsAveraged: 2 });
  });

  it("gives an average of 0 over 0 months to a customer that starts after the window", () => {
    const [average] = averageMonthlyVolumes([{ customerKey: "future", firstMonth: "2026-12", monthlyVolumes: [] }], {
      lastMonth,
    });
    expect(average).toMatchObject({ average: "0", monthsAveraged: 0, shortHistory: true });
  });

  it("rounds a repeating average half away from zero at 6 decimals", () => {
    const [average] = averageMonthlyVolumes(
      [{ customerKey: "C-1", monthlyVolumes: [{ month: "2026-10", volume: "2" }] }],
      { lastMonth },
    );
    expect(average?.average).toBe("0.666667");
  });

  it("rejects a window outside 3 to 6 months", () => {
    expect(() => averageMonthlyVolumes([], { lastMonth, months: 12 })).toThrow(
      "months to average must be an integer 3..6, got 12",
    );
  });

  it("rejects a malformed month and names the customer", () => {
    expect(() =>
      averageMonthlyVolumes([{ customerKey: "C-9", monthlyVolumes: [{ month: "2026-13", volume: 1 }] }], { lastMonth }),
    ).toThrow('month of a sale of customer C-9 must be a month "YYYY-MM" with MM 01..12, got "2026-13"');
  });
});

describe("classifyByThresholdAmounts", () => {
  const cuts = [
    { class: "A", minimumAverage: "5000" },
    { class: "B", minimumAverage: "1000" },
  ] as const;
  const history = (customerKey: string, monthly: number) => ({
    customerKey,
    monthlyVolumes: monthsEndingAt(lastMonth, 3).map((month) => ({ month, volume: monthly })),
  });

  it("cuts classes at the configured amounts, a customer exactly at a cut reaching it", () => {
    const results = classifyByThresholdAmounts(
      [history("small", 999.99), history("edge", 5000), history("middle", 1000)],
      { lastMonth, cuts },
    );
    expect(results.map((result) => [result.customerKey, result.class, result.reachedMinimum])).toEqual([
      ["edge", "A", "5000"],
      ["middle", "B", "1000"],
      ["small", "C", null],
    ]);
  });

  it("puts customers below every cut into the configured lowest class", () => {
    const [result] = classifyByThresholdAmounts([history("tiny", 1)], { lastMonth, cuts, lowestClass: "D" });
    expect(result?.class).toBe("D");
  });

  it("rejects cut amounts that do not decrease", () => {
    expect(() =>
      classifyByThresholdAmounts([], {
        lastMonth,
        cuts: [
          { class: "A", minimumAverage: "1000" },
          { class: "B", minimumAverage: "1000" },
        ],
      }),
    ).toThrow("cut amounts must decrease, got 1000 for B after 1000 for A");
  });

  it("rejects cuts that are not in class order", () => {
    expect(() =>
      classifyByThresholdAmounts([], {
        lastMonth,
        cuts: [
          { class: "B", minimumAverage: "5000" },
          { class: "A", minimumAverage: "1000" },
        ],
      }),
    ).toThrow("cuts must go from the highest class down, got A after B at cuts[1]");
  });

  it("rejects a lowest class that is not below the last cut", () => {
    expect(() => classifyByThresholdAmounts([], { lastMonth, cuts, lowestClass: "B" })).toThrow(
      'lowestClass must come after the last cut\'s class B, got "B"',
    );
  });
});
