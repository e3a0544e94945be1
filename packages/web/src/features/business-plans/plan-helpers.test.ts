import { describe, expect, it } from "vitest";
import { parseRoute, routeHref, type Route } from "../../app/router.tsx";
import { toContentInput, emptyContent } from "./plan-content-form.tsx";
import { currentPlanMonth } from "./plan-format.ts";
import { toPlanFilter } from "./plan-list-page.tsx";
import { chartWeeks, type TrackingData } from "./tracking-chart.tsx";
import { translate } from "../../app/i18n/i18n.tsx";
import { diffFieldLabel, diffValue } from "./revision-diff-format.ts";

const tracking: TrackingData = {
  targetAmount: "3100.00",
  storeTargets: [
    { storeCode: "S-1", amount: "2100.00" },
    { storeCode: "S-2", amount: "1000.00" },
  ],
  tracking: [
    { week: 1, targetAmountToDate: "700.00", actualAmountToDate: "800.00" },
    { week: 2, targetAmountToDate: "1400.00", actualAmountToDate: null },
  ],
  progress: [{ week: 1, stores: [{ storeCode: "S-1", actualAmount: "600.00" }, { storeCode: "S-2", actualAmount: "200.00" }] }],
};

describe("tracking chart series", () => {
  it("draws the whole customer's target and recorded actuals, leaving unrecorded weeks empty", () => {
    expect(chartWeeks(tracking, null)).toEqual([
      { week: 1, target: 700, actual: 800 },
      { week: 2, target: 1400, actual: null },
    ]);
  });

  it("spreads a store's own target like the total and reads its actuals from the weekly entries", () => {
    const [week1, week2] = chartWeeks(tracking, "S-2");
    expect(week1?.target).toBeCloseTo(1000 * (700 / 3100));
    expect(week1?.actual).toBe(200);
    expect(week2?.actual).toBeNull();
  });
});

describe("plan routes", () => {
  const routes: Route[] = [
    { name: "plans", params: { month: "2026-11", status: "PROPOSED" } },
    { name: "plan", id: "QnVzaW5lc3NQbGFuOjE=" },
    { name: "planNew" },
    { name: "planEdit", id: "QnVzaW5lc3NQbGFuOjE=", mode: "adjust" },
    { name: "approvals" },
  ];
  it.each(routes)("reads back the link of the $name screen", (route) => {
    expect(parseRoute(routeHref(route))).toEqual(route);
  });
});

describe("plan list filter", () => {
  it("uses the current month and drops an unknown status from a hand-edited URL", () => {
    expect(toPlanFilter({ month: "2026-13", status: "LOST" })).toEqual({ month: currentPlanMonth(), status: undefined });
  });
});

describe("plan content input", () => {
  it("sends empty numbers as 0 and leaves stores without figures out of the split", () => {
    const draft = { ...emptyContent(), targetAmount: "100", storeTargets: { a: { volume: "", amount: "" }, b: { volume: "1", amount: "100" } } };
    const input = toContentInput(draft, [{ id: "a", code: "S-A", name: "A" }, { id: "b", code: "S-B", name: "B" }]);
    expect(input.targetVolume).toBe("0");
    expect(input.storeTargets).toEqual([{ storeId: "b", volume: "1", amount: "100" }]);
    expect(input.penetrationNotes).toBeNull();
  });
});

describe("revision comparison (issue 11 item 14)", () => {
  const i18n = { t: (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate("en", key, params), formatAmount: (value: number | string) => new Intl.NumberFormat("en", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Number(value)), formatNumber: (value: number | string, digits = 2) => new Intl.NumberFormat("en", { maximumFractionDigits: digits }).format(Number(value)) };

  it("names fields in words instead of raw paths", () => {
    expect(diffFieldLabel(i18n.t, "companyTargetVolume")).toBe("Company target volume");
    expect(diffFieldLabel(i18n.t, "storeTargets[SH-PD-0022-S1].volume")).toBe("Store SH-PD-0022-S1 · Volume");
    expect(diffFieldLabel(i18n.t, "promotions[2].budget")).toBe("Promotion 2 · Budget");
    expect(diffFieldLabel((key, params) => translate("zh-CN", key, params), "launches[P-100].materialsReady")).toBe("P-100 上市 · 物料到位");
  });

  it("formats amounts, volumes and flags for reading", () => {
    expect(diffValue(i18n, "companyTargetAmount", "600000.00")).toBe("600,000.00");
    expect(diffValue(i18n, "storeTargets[S-1].volume", "1234.500")).toBe("1,234.5");
    expect(diffValue(i18n, "launches[P-1].promoterReady", "false")).toBe("No");
    expect(diffValue(i18n, "promotions[1].startDate", null)).toBe("—");
  });
});
