import { describe, expect, it } from "vitest";
import type { PlanContent } from "./plan-content.ts";
import { completionRatio, exceedsAuthority, promotionBudgetTotal, sumDecimals, targetToDate } from "./plan-figures.ts";
import { weeksInMonth } from "../calendar/index.ts";

const promotion = { type: "display", startDate: "2026-12-01", endDate: "2026-12-10", expectedUplift: "5" };
const content: PlanContent = {
  companyTargetVolume: "0",
  companyTargetAmount: "0",
  targetVolume: "0",
  targetAmount: "0",
  forecastVolume: "0",
  forecastAmount: "0",
  storeTargets: [],
  launches: [],
  promotions: [
    { ...promotion, budget: "6000.50" },
    { ...promotion, budget: "3999.50" },
  ],
  penetrationNotes: null,
};

describe("authority limit", () => {
  it("adds up the promotion budgets exactly", () => {
    expect(promotionBudgetTotal(content)).toBe("10000.00");
  });

  it("treats a budget equal to the limit as within it", () => {
    expect(exceedsAuthority(content, "10000.00")).toBe(false);
  });

  it("needs approval one cent beyond the limit", () => {
    expect(exceedsAuthority(content, "9999.99")).toBe(true);
  });
});

describe("plan tracking figures", () => {
  it("measures completion on amounts", () => {
    expect(completionRatio({ volume: "10", amount: "2000.00" }, { volume: "1", amount: "500.00" })).toBe(0.25);
  });

  it("falls back to volumes when there is no amount target, and to null without any target", () => {
    expect(completionRatio({ volume: "10", amount: "0" }, { volume: "4", amount: "0" })).toBe(0.4);
    expect(completionRatio({ volume: "0", amount: "0" }, { volume: "4", amount: "10" })).toBeNull();
  });

  it("spreads the target evenly over the days of the month", () => {
    expect(weeksInMonth("2027-02")).toBe(4);
    expect(weeksInMonth("2026-12")).toBe(5);
    expect(targetToDate("3100.00", "2026-12", 1, 2)).toBe("700.00");
    expect(targetToDate("3100.00", "2026-12", 5, 2)).toBe("3100.00");
  });

  it("sums decimal strings without floating-point drift", () => {
    expect(sumDecimals(Array.from({ length: 10 }, () => "0.1"), 2)).toBe("1.00");
  });
});
