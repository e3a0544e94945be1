import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseScaledDecimal } from "./decimal.ts";
import { classifyByPareto, type ParetoInputItem, type ParetoThresholds } from "./pareto.ts";
import { CUSTOMER_CLASSES } from "./types.ts";

/** Volumes as PostgreSQL numeric(…, 2) strings, with many ties and zeros among them. */
const volumeArbitrary = fc.oneof(
  fc.integer({ min: 0, max: 100_000_000 }).map((cents) => (cents / 100).toFixed(2)),
  fc.constantFrom("0.00", "10.00", "10.00", "33.33"),
);

const scopeArbitrary: fc.Arbitrary<ParetoInputItem[]> = fc
  .uniqueArray(fc.record({ customerKey: fc.string({ minLength: 1, maxLength: 6 }), volume: volumeArbitrary }), {
    selector: (item) => item.customerKey,
    maxLength: 60,
  });

/** Valid thresholds: A above 0, shares in basis points adding up to exactly 100%. */
const thresholdsArbitrary: fc.Arbitrary<ParetoThresholds> = fc
  .tuple(fc.integer({ min: 1, max: 9_998 }), fc.integer({ min: 0, max: 9_999 }))
  .map(([a, b]) => {
    const bBasisPoints = Math.min(b, 10_000 - a);
    return { A: a / 100, B: bBasisPoints / 100, C: (10_000 - a - bBasisPoints) / 100 };
  });

const positiveTotal = (items: readonly ParetoInputItem[]) =>
  items.some((item) => parseScaledDecimal(item.volume, "volume") > 0n);

describe("classifyByPareto properties", () => {
  it("makes class A the smallest prefix of the ranking whose volume reaches the A threshold", () => {
    fc.assert(
      fc.property(scopeArbitrary.filter(positiveTotal), thresholdsArbitrary, (items, thresholds) => {
        const result = classifyByPareto(items, thresholds);
        const volumes = result.items.map((item) => parseScaledDecimal(item.volume, "volume"));
        const total = volumes.reduce((sum, volume) => sum + volume, 0n);
        const aCount = result.classCounts.A ?? 0;
        const prefix = (length: number) => volumes.slice(0, length).reduce((sum, volume) => sum + volume, 0n);
        const threshold = BigInt(Math.round(thresholds.A * 100));
        // Exact: prefix / total ≥ A% ⇔ prefix × 10000 ≥ total × basis points.
        expect(prefix(aCount) * 10_000n >= total * threshold).toBe(true);
        expect(prefix(aCount - 1) * 10_000n < total * threshold).toBe(true);
        expect(result.items.slice(0, aCount).every((item) => item.class === "A")).toBe(true);
      }),
    );
  });

  it("never gives a customer with a larger volume a lower class than one with a smaller volume", () => {
    fc.assert(
      fc.property(scopeArbitrary, thresholdsArbitrary, (items, thresholds) => {
        const result = classifyByPareto(items, thresholds);
        for (let index = 1; index < result.items.length; index += 1) {
          const higher = result.items[index - 1];
          const lower = result.items[index];
          if (higher === undefined || lower === undefined) continue;
          expect(parseScaledDecimal(higher.volume, "volume") >= parseScaledDecimal(lower.volume, "volume")).toBe(true);
          expect(CUSTOMER_CLASSES.indexOf(higher.class)).toBeLessThanOrEqual(CUSTOMER_CLASSES.indexOf(lower.class));
        }
      }),
    );
  });

  it("gives the same result whatever the order of the input", () => {
    fc.assert(
      fc.property(
        scopeArbitrary.chain((items) => fc.tuple(fc.constant(items), fc.shuffledSubarray(items, { minLength: items.length }))),
        ([items, shuffled]) => {
          expect(classifyByPareto(shuffled)).toEqual(classifyByPareto(items));
        },
      ),
    );
  });

  it("has shares that sum to 1 and a final running share of exactly 1", () => {
    fc.assert(
      fc.property(scopeArbitrary.filter(positiveTotal), (items) => {
        const result = classifyByPareto(items);
        const sum = result.items.reduce((total, item) => total + item.share, 0);
        expect(sum).toBeCloseTo(1, 9);
        expect(result.items.at(-1)?.cumulativeShareAfter).toBe(1);
      }),
    );
  });

  it("assigns every customer exactly one class and counts them", () => {
    fc.assert(
      fc.property(scopeArbitrary, thresholdsArbitrary, (items, thresholds) => {
        const result = classifyByPareto(items, thresholds);
        const counted = Object.values(result.classCounts).reduce((total, count) => total + count, 0);
        expect(result.items).toHaveLength(items.length);
        expect(counted).toBe(items.length);
      }),
    );
  });
});
