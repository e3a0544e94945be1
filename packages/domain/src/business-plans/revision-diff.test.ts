import { describe, expect, it } from "vitest";
import type { PlanContent } from "./plan-content.ts";
import { diffPlanContent } from "./revision-diff.ts";

const first: PlanContent = {
  companyTargetVolume: "100",
  companyTargetAmount: "10000.00",
  targetVolume: "100",
  targetAmount: "10000.00",
  forecastVolume: "90",
  forecastAmount: "9000.00",
  storeTargets: [
    { storeId: "s1", storeCode: "S-01", volume: "60", amount: "6000.00" },
    { storeId: "s2", storeCode: "S-02", volume: "40", amount: "4000.00" },
  ],
  launches: [],
  promotions: [{ type: "display", startDate: "2026-12-01", endDate: "2026-12-10", budget: "500.00", expectedUplift: "5" }],
  penetrationNotes: null,
};

describe("revision diff", () => {
  it("finds no change between equal numbers written differently", () => {
    expect(diffPlanContent(first, { ...first, targetAmount: "10000", storeTargets: [...first.storeTargets].reverse() })).toEqual([]);
  });

  it("lists changed totals, store lines, new launches and removed promotions field by field", () => {
    const second: PlanContent = {
      ...first,
      targetAmount: "11000.00",
      storeTargets: [first.storeTargets[0]!, { ...first.storeTargets[1]!, amount: "5000.00" }],
      launches: [{ productId: "p1", productCode: "P-1", launchDate: "2026-12-05", firstOrderQuantity: "24", targetStores: 2, materialsReady: true, promoterReady: false }],
      promotions: [],
      penetrationNotes: "New buyer.",
    };
    expect(diffPlanContent(first, second)).toEqual([
      { field: "targetAmount", kind: "CHANGED", before: "10000.00", after: "11000.00" },
      { field: "penetrationNotes", kind: "CHANGED", before: null, after: "New buyer." },
      { field: "storeTargets[S-02].amount", kind: "CHANGED", before: "4000.00", after: "5000.00" },
      { field: "launches[P-1].launchDate", kind: "ADDED", before: null, after: "2026-12-05" },
      { field: "launches[P-1].firstOrderQuantity", kind: "ADDED", before: null, after: "24" },
      { field: "launches[P-1].targetStores", kind: "ADDED", before: null, after: "2" },
      { field: "launches[P-1].materialsReady", kind: "ADDED", before: null, after: "true" },
      { field: "launches[P-1].promoterReady", kind: "ADDED", before: null, after: "false" },
      { field: "promotions[1].type", kind: "REMOVED", before: "display", after: null },
      { field: "promotions[1].startDate", kind: "REMOVED", before: "2026-12-01", after: null },
      { field: "promotions[1].endDate", kind: "REMOVED", before: "2026-12-10", after: null },
      { field: "promotions[1].budget", kind: "REMOVED", before: "500.00", after: null },
      { field: "promotions[1].expectedUplift", kind: "REMOVED", before: "5", after: null },
    ]);
  });
});
