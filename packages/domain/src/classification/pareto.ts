import { formatScaledDecimal, parseScaledDecimal, scaledRatio } from "./decimal.ts";
import { ClassificationValidationError, type CustomerClass, type VolumeInput } from "./types.ts";

/**
 * Share of the scope's total volume that each class takes, in percent, from the
 * top (DOMAIN.md §2). A, B and C are required; D is optional and, when present,
 * splits the tail so that the last class is D. Shares must add up to exactly 100
 * and may have up to 2 decimals (they are compared in basis points).
 */
export interface ParetoThresholds {
  readonly A: number;
  readonly B: number;
  readonly C: number;
  readonly D?: number;
}

/** The default split: A first 40%, B next 40%, C the remaining 20%. */
export const PARETO_40_40_20: ParetoThresholds = Object.freeze({ A: 40, B: 40, C: 20 });

/** The other common split: A first 80%, B next 15%, C the last 5%. */
export const PARETO_80_15_5: ParetoThresholds = Object.freeze({ A: 80, B: 15, C: 5 });

/** 40/40 with the tail split into C (15%) and D (the last 5%). */
export const PARETO_40_40_15_5: ParetoThresholds = Object.freeze({ A: 40, B: 40, C: 15, D: 5 });

/** One customer of the scope and its volume for the period (e.g. average monthly volume of the last 3 months). */
export interface ParetoInputItem {
  readonly customerKey: string;
  readonly volume: VolumeInput;
}

/** Why a customer's volume was not taken as given. */
export type ParetoVolumeNote = "NEGATIVE_VOLUME_COUNTED_AS_ZERO";

/** The class of one customer and the figures that explain it. */
export interface ParetoItemResult {
  readonly customerKey: string;
  readonly class: CustomerClass;
  /** 1 = largest volume; ties are broken by customer key so ranks are unique. */
  readonly rank: number;
  /** The volume that counted, as a plain decimal string (negative input counts as "0"). */
  readonly volume: string;
  /** volume / total; 0 when the total is 0. */
  readonly share: number;
  /** Running share of all customers ranked above this one. */
  readonly cumulativeShareBefore: number;
  /** Running share including this customer. */
  readonly cumulativeShareAfter: number;
  readonly note?: ParetoVolumeNote;
}

/** The classification of one scope. */
export interface ParetoResult {
  readonly thresholds: ParetoThresholds;
  /** Sum of the counted volumes, as a plain decimal string. */
  readonly totalVolume: string;
  /** One entry per input customer, in rank order. */
  readonly items: readonly ParetoItemResult[];
  /** Number of customers per class; D is present only when the thresholds define it. */
  readonly classCounts: Readonly<Partial<Record<CustomerClass, number>>>;
}

const FULL_SCALE_BASIS_POINTS = 10_000n;

interface ClassBound {
  readonly customerClass: CustomerClass;
  /** Upper end of the class's band of running share, in basis points. */
  readonly cumulativeBasisPoints: bigint;
}

/**
 * Classifies the customers of one scope by the Pareto (cumulative share) method.
 *
 * Customers are ranked by volume, largest first, ties by customer key (plain
 * code-unit order, independent of locale). A customer belongs to the first class
 * whose cumulative threshold is above the running share *before* it, so the
 * customer that crosses a boundary joins the higher class. Comparisons are exact:
 * volumes are summed as scaled integers and `before / total < threshold` is tested
 * as `before × 10000 < total × basisPoints`.
 *
 * Defined results for edge cases:
 * - an empty scope gives no items and a total of "0";
 * - a negative volume (returns exceeding sales) counts as 0 and is marked with
 *   `note: "NEGATIVE_VOLUME_COUNTED_AS_ZERO"`;
 * - customers with volume 0 always fall into the last class;
 * - when the total is 0 every customer is in the last class and all shares are 0.
 *
 * Throws {@link ClassificationValidationError} for thresholds that are not
 * 0..100 or do not add up to 100, a non-positive A share, a volume that is not a
 * decimal, and a customer key that is empty or appears twice.
 */
export function classifyByPareto(
  items: readonly ParetoInputItem[],
  thresholds: ParetoThresholds = PARETO_40_40_20,
): ParetoResult {
  const bounds = validateParetoThresholds(thresholds);
  const counted = parseItems(items);
  counted.sort(compareByVolumeThenKey);

  let total = 0n;
  for (const item of counted) total += item.volume;

  const classCounts: Partial<Record<CustomerClass, number>> = {};
  for (const bound of bounds) classCounts[bound.customerClass] = 0;

  let runningBefore = 0n;
  const results = counted.map((item, index): ParetoItemResult => {
    const customerClass = classForRunningShare(runningBefore, total, bounds);
    classCounts[customerClass] = (classCounts[customerClass] ?? 0) + 1;
    const runningAfter = runningBefore + item.volume;
    const result: ParetoItemResult = {
      customerKey: item.customerKey,
      class: customerClass,
      rank: index + 1,
      volume: formatScaledDecimal(item.volume),
      share: scaledRatio(item.volume, total),
      cumulativeShareBefore: scaledRatio(runningBefore, total),
      cumulativeShareAfter: scaledRatio(runningAfter, total),
      ...(item.note === undefined ? {} : { note: item.note }),
    };
    runningBefore = runningAfter;
    return result;
  });

  return {
    thresholds: { ...thresholds },
    totalVolume: formatScaledDecimal(total),
    items: results,
    classCounts,
  };
}

/**
 * Checks a threshold configuration and returns the cumulative class bands.
 * Exported so that configuration screens can validate before saving.
 */
export function validateParetoThresholds(thresholds: ParetoThresholds): readonly ClassBound[] {
  const entries: Array<[CustomerClass, unknown]> = [
    ["A", thresholds.A],
    ["B", thresholds.B],
    ["C", thresholds.C],
  ];
  if (thresholds.D !== undefined) entries.push(["D", thresholds.D]);

  const bounds: ClassBound[] = [];
  let cumulative = 0n;
  for (const [customerClass, share] of entries) {
    const basisPoints = toBasisPoints(customerClass, share);
    cumulative += basisPoints;
    bounds.push({ customerClass, cumulativeBasisPoints: cumulative });
  }
  if (bounds[0]?.cumulativeBasisPoints === 0n) {
    throw new ClassificationValidationError("INVALID_THRESHOLDS", "Pareto share of class A must be above 0, got 0");
  }
  if (cumulative !== FULL_SCALE_BASIS_POINTS) {
    const listed = entries.map(([customerClass, share]) => `${customerClass} ${String(share)}`).join(" + ");
    throw new ClassificationValidationError(
      "INVALID_THRESHOLDS",
      `Pareto shares must add up to 100, got ${listed} = ${formatBasisPoints(cumulative)}`,
    );
  }
  return bounds;
}

function toBasisPoints(customerClass: CustomerClass, share: unknown): bigint {
  if (typeof share !== "number" || !Number.isFinite(share) || share < 0 || share > 100) {
    throw new ClassificationValidationError(
      "INVALID_THRESHOLDS",
      `Pareto share of class ${customerClass} must be a number from 0 to 100 (percent), got ${JSON.stringify(share) ?? String(share)}`,
    );
  }
  const basisPoints = Math.round(share * 100);
  // 33.33 * 100 is 3332.9999999999995 in binary floating point: accept that, reject 33.333.
  if (Math.abs(basisPoints - share * 100) > 1e-6) {
    throw new ClassificationValidationError(
      "INVALID_THRESHOLDS",
      `Pareto share of class ${customerClass} may have at most 2 decimals, got ${String(share)}`,
    );
  }
  return BigInt(basisPoints);
}

function formatBasisPoints(basisPoints: bigint): string {
  const whole = basisPoints / 100n;
  const fraction = basisPoints % 100n;
  return fraction === 0n ? whole.toString() : `${whole.toString()}.${fraction.toString().padStart(2, "0").replace(/0$/, "")}`;
}

interface CountedItem {
  readonly customerKey: string;
  readonly volume: bigint;
  readonly note?: ParetoVolumeNote;
}

function parseItems(items: readonly ParetoInputItem[]): CountedItem[] {
  const seen = new Set<string>();
  return items.map((item, index) => {
    if (typeof item.customerKey !== "string" || item.customerKey === "") {
      throw new ClassificationValidationError(
        "INVALID_CUSTOMER_KEY",
        `customerKey of item ${index} must be a non-empty string, got ${JSON.stringify(item.customerKey)}`,
      );
    }
    if (seen.has(item.customerKey)) {
      throw new ClassificationValidationError(
        "DUPLICATE_CUSTOMER",
        `each customer may appear once per scope, got ${JSON.stringify(item.customerKey)} twice`,
      );
    }
    seen.add(item.customerKey);
    const volume = parseScaledDecimal(item.volume, `volume of customer ${item.customerKey}`);
    if (volume < 0n) return { customerKey: item.customerKey, volume: 0n, note: "NEGATIVE_VOLUME_COUNTED_AS_ZERO" };
    return { customerKey: item.customerKey, volume };
  });
}

function compareByVolumeThenKey(left: CountedItem, right: CountedItem): number {
  if (left.volume !== right.volume) return left.volume > right.volume ? -1 : 1;
  if (left.customerKey === right.customerKey) return 0;
  return left.customerKey < right.customerKey ? -1 : 1;
}

function classForRunningShare(runningBefore: bigint, total: bigint, bounds: readonly ClassBound[]): CustomerClass {
  const scaledBefore = runningBefore * FULL_SCALE_BASIS_POINTS;
  for (const bound of bounds) {
    if (scaledBefore < total * bound.cumulativeBasisPoints) return bound.customerClass;
  }
  // Only reached when the running share is already 100%: zero-volume customers or a zero total.
  const last = bounds[bounds.length - 1];
  if (last === undefined) throw new Error("validated thresholds always have at least three classes");
  return last.customerClass;
}
