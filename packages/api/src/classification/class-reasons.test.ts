import { PARETO_40_40_20 } from "@beatplan/domain";
import { describe, expect, it } from "vitest";
import { computedReason, heldPercent, reasonTemplate } from "./class-reasons.ts";
import { ClassificationMethod } from "./classification-enums.ts";
import { classificationPeriod } from "./classification-period.ts";
import { trimScale } from "./customer-class-fields.resolver.ts";
import { BUILT_IN_POLICY, type EffectivePolicy } from "./effective-policy.ts";

const period = classificationPeriod("2026-11-05", 3);
const pareto: EffectivePolicy = { ...BUILT_IN_POLICY, parameters: { method: ClassificationMethod.PARETO, thresholds: PARETO_40_40_20 } };
const amounts: EffectivePolicy = {
  ...BUILT_IN_POLICY,
  parameters: { method: ClassificationMethod.THRESHOLD_AMOUNTS, cuts: [{ class: "A", minimumAverage: 10000 }, { class: "B", minimumAverage: 2000 }], lowestClass: undefined },
};

describe("heldPercent", () => {
  it("gives the share in percent with up to two decimals and no trailing zeros", () => {
    expect(heldPercent("395.000000", "1000.000000")).toBe("39.5");
    expect(heldPercent("400", "1000")).toBe("40");
    expect(heldPercent("1", "3")).toBe("33.33");
    expect(heldPercent("2", "3")).toBe("66.67");
  });

  it("rounds an exact half away from zero, like PostgreSQL's round", () => {
    // 1 / 800 = 0.125% exactly.
    expect(heldPercent("1", "800")).toBe("0.13");
    expect(heldPercent("-1", "800")).toBe("-0.13");
    expect(heldPercent("0.999999", "2000")).toBe("0.05");
  });

  it("gives 0 for the first customer and for a total of zero", () => {
    expect(heldPercent("0.000000", "1000.000000")).toBe("0");
    expect(heldPercent("5", "0")).toBe("0");
  });
});

describe("computedReason", () => {
  it("quotes rank, average, months and the share above for Pareto", () => {
    const template = reasonTemplate(pareto, period)!;
    expect(computedReason(template, { rank: 5, customerCount: 20, average: "170", monthsAveraged: 3, heldPercent: "39.5", computedClass: "A" })).toBe(
      "Pareto 40/40/20 over 2026-08..2026-10: rank 5 of 20, average 170 over 3 months; customers ranked above hold 39.5% (0% to below 40% → A)",
    );
  });

  it("says when a customer is younger than the period", () => {
    const template = reasonTemplate(amounts, period)!;
    expect(computedReason(template, { rank: 2, customerCount: 9, average: "2500.5", monthsAveraged: 1, heldPercent: "10", computedClass: "B" })).toBe(
      "Threshold amounts over 2026-08..2026-10: average 2500.5 over 1 month (customer younger than the period); reaches 2000 → B",
    );
  });

  it("leads with a manual override that holds", () => {
    const template = reasonTemplate(pareto, period)!;
    const reason = computedReason(template, {
      rank: 19,
      customerCount: 20,
      average: "3",
      monthsAveraged: 3,
      heldPercent: "99",
      computedClass: "C",
      override: { until: "2026-12-31", reason: "strategic partner" },
    });
    expect(reason).toBe(
      "manual override until 2026-12-31: strategic partner (computed: Pareto 40/40/20 over 2026-08..2026-10: rank 19 of 20, average 3 over 3 months; customers ranked above hold 99% (80% or more → C))",
    );
  });

  it("has no template for rule sets, whose reasons quote the matched rule", () => {
    expect(reasonTemplate({ ...BUILT_IN_POLICY, parameters: { method: ClassificationMethod.RULES } } as unknown as EffectivePolicy, period)).toBeUndefined();
  });
});

describe("trimScale", () => {
  it("drops trailing fractional zeros and a bare decimal point, and leaves integers alone", () => {
    expect(trimScale("170.000000")).toBe("170");
    expect(trimScale("170.500000")).toBe("170.5");
    expect(trimScale("100")).toBe("100");
    expect(trimScale("0.000000")).toBe("0");
  });
});
