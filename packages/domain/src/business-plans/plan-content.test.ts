import { describe, expect, it } from "vitest";
import { closedMonthProblem, validatePlanContent, type PlanContent, type PlanValidationContext } from "./plan-content.ts";

const context: PlanValidationContext = { month: "2026-12", today: "2026-11-22", storeIds: new Set(["s1", "s2"]), productIds: new Set(["p1"]) };

const validContent: PlanContent = {
  companyTargetVolume: "120",
  companyTargetAmount: "12000.00",
  targetVolume: "100.5",
  targetAmount: "10000.00",
  forecastVolume: "95",
  forecastAmount: "9500",
  storeTargets: [
    { storeId: "s1", storeCode: "S-01", volume: "60.25", amount: "6000.10" },
    { storeId: "s2", storeCode: "S-02", volume: "40.25", amount: "3999.90" },
  ],
  launches: [{ productId: "p1", productCode: "P-1", launchDate: "2026-12-05", firstOrderQuantity: "24", targetStores: 2, materialsReady: true, promoterReady: false }],
  promotions: [{ type: "price cut", startDate: "2026-12-10", endDate: "2026-12-20", budget: "800.00", expectedUplift: "12.5" }],
  penetrationNotes: "Buyer wants a year-end display.",
};

function fields(content: PlanContent): string[] {
  return validatePlanContent(content, context).map((problem) => problem.field.join("."));
}

describe("plan content validation", () => {
  it("accepts a plan whose store targets add up exactly", () => {
    expect(validatePlanContent(validContent, context)).toEqual([]);
  });

  it("reports a store breakdown that does not add up to the total", () => {
    const content = { ...validContent, storeTargets: [validContent.storeTargets[0]!, { ...validContent.storeTargets[1]!, amount: "3999.80" }] };
    expect(validatePlanContent(content, context)).toEqual([{ field: ["storeTargets"], message: "the stores' amounts must add up to targetAmount 10000.00, got 9999.90", reason: "STORE_AMOUNTS_SUM", params: { total: "10000.00", sum: "9999.90" } }]);
  });

  it("accepts a plan without a store breakdown", () => {
    expect(fields({ ...validContent, storeTargets: [] })).toEqual([]);
  });

  it("reports negative amounts on their field", () => {
    const content = { ...validContent, forecastAmount: "-1", promotions: [{ ...validContent.promotions[0]!, budget: "-5.00" }] };
    expect(validatePlanContent(content, context)).toEqual([
      { field: ["forecastAmount"], message: "forecastAmount must not be negative, got -1", reason: "NEGATIVE_DECIMAL", params: { value: "-1" } },
      { field: ["promotions", "0", "budget"], message: "promotions.0.budget must not be negative, got -5.00", reason: "NEGATIVE_DECIMAL", params: { value: "-5.00" } },
    ]);
  });

  it("refuses an empty plan: issue 11 item 9, a plan with every figure 0 saved as a draft", () => {
    const empty = { ...validContent, companyTargetVolume: "0", companyTargetAmount: "0", targetVolume: "0", targetAmount: "0", forecastVolume: "0", forecastAmount: "0", storeTargets: [], promotions: [], launches: [] };
    expect(validatePlanContent(empty, context)).toEqual([{ field: ["targetAmount"], message: "a plan needs a target: targetAmount must be above 0, got 0", reason: "TARGET_REQUIRED", params: {} }]);
  });

  it("reports more decimals than the column keeps", () => {
    expect(fields({ ...validContent, targetAmount: "10000.001", storeTargets: [] })).toEqual(["targetAmount"]);
  });

  it("reports dates outside the plan month", () => {
    const content = {
      ...validContent,
      launches: [{ ...validContent.launches[0]!, launchDate: "2027-01-02" }],
      promotions: [{ ...validContent.promotions[0]!, startDate: "2026-11-30" }],
    };
    expect(validatePlanContent(content, context).map((problem) => problem.message)).toEqual([
      "launches[0].launchDate must lie in the plan month 2026-12, got 2027-01-02",
      "promotions[0].startDate must lie in the plan month 2026-12, got 2026-11-30",
    ]);
  });

  it("reports a promotion that ends before it starts", () => {
    expect(fields({ ...validContent, promotions: [{ ...validContent.promotions[0]!, startDate: "2026-12-20", endDate: "2026-12-10" }] })).toEqual(["promotions.0.endDate"]);
  });

  it("reports unknown products and stores of other customers", () => {
    const content = {
      ...validContent,
      storeTargets: [{ ...validContent.storeTargets[0]!, storeId: "elsewhere" }, validContent.storeTargets[1]!],
      launches: [{ ...validContent.launches[0]!, productId: "p404" }],
    };
    expect(fields(content)).toEqual(["storeTargets.0.storeId", "launches.0.productId"]);
  });

  it("reports a store given twice", () => {
    const twice = { ...validContent.storeTargets[0]!, volume: "50.25", amount: "5000.00" };
    expect(fields({ ...validContent, storeTargets: [twice, { ...twice, volume: "50.25", amount: "5000.00" }] })).toEqual(["storeTargets.1.storeId"]);
  });
});

describe("closed months", () => {
  it("refuses months before today's month", () => {
    expect(closedMonthProblem("2026-10", "2026-11-22")).toEqual({ field: ["month"], message: "month 2026-10 is closed (before 2026-11); plan the current or a later month", reason: "MONTH_CLOSED", params: { month: "2026-10", current: "2026-11" } });
  });

  it("keeps the current and later months open", () => {
    expect(closedMonthProblem("2026-11", "2026-11-22")).toBeNull();
    expect(closedMonthProblem("2027-01", "2026-11-22")).toBeNull();
  });
});
