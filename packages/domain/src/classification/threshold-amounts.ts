import { divideScaled, formatScaledDecimal, parseScaledDecimal } from "./decimal.ts";
import { CalendarError, monthIndex } from "../calendar/index.ts";
import { ClassificationValidationError, CUSTOMER_CLASSES, type CustomerClass, type VolumeInput } from "./types.ts";

/** Sales volume of one customer in one month. */
export interface MonthlyVolume {
  /** "YYYY-MM". */
  readonly month: string;
  readonly volume: VolumeInput;
}

/** What the averaging needs to know about one customer. */
export interface CustomerSalesHistory {
  readonly customerKey: string;
  /**
   * First month the customer existed ("YYYY-MM"), e.g. its registration month.
   * Omit it for customers older than the window.
   */
  readonly firstMonth?: string;
  /** Months without an entry count as 0; several entries for one month are added up. */
  readonly monthlyVolumes: readonly MonthlyVolume[];
}

/** The months to average over. */
export interface AverageWindow {
  /** Last complete month, "YYYY-MM". */
  readonly lastMonth: string;
  /** Number of months ending at lastMonth: 3 (default) to 6. */
  readonly months?: number;
}

/** The average monthly volume of one customer and how it was obtained. */
export interface MonthlyAverage {
  readonly customerKey: string;
  /** Average monthly volume as a plain decimal string (up to 6 decimals, rounded half away from zero). */
  readonly average: string;
  /** The months the average is taken over: the window, or fewer for a younger customer. */
  readonly monthsAveraged: number;
  /** Size of the configured window. */
  readonly windowMonths: number;
  /** True when the customer is younger than the window and was averaged over fewer months. */
  readonly shortHistory: boolean;
}

/** The default window of the threshold-amount and Pareto methods (DOMAIN.md §2). */
export const DEFAULT_AVERAGE_MONTHS = 3;
const MINIMUM_AVERAGE_MONTHS = 3;
const MAXIMUM_AVERAGE_MONTHS = 6;

/**
 * Average monthly volume of each customer over the last N months (DOMAIN.md §2).
 *
 * Months without sales count as 0. A customer whose `firstMonth` falls inside the
 * window is averaged over the months from `firstMonth` (or its earliest sale in
 * the window, if earlier) to `lastMonth`, and the result says `shortHistory`.
 * A customer that starts after `lastMonth` has averaged 0 months and an average
 * of "0". Sales outside the window are ignored.
 */
export function averageMonthlyVolumes(
  histories: readonly CustomerSalesHistory[],
  window: AverageWindow,
): MonthlyAverage[] {
  const windowMonths = validateWindowMonths(window.months ?? DEFAULT_AVERAGE_MONTHS);
  const last = monthToIndex(window.lastMonth, "lastMonth");
  const first = last - windowMonths + 1;
  const seen = new Set<string>();

  return histories.map((history) => {
    if (seen.has(history.customerKey)) {
      throw new ClassificationValidationError(
        "DUPLICATE_CUSTOMER",
        `each customer may appear once in the histories, got ${JSON.stringify(history.customerKey)} twice`,
      );
    }
    seen.add(history.customerKey);

    let sum = 0n;
    let earliestSale = Number.POSITIVE_INFINITY;
    for (const entry of history.monthlyVolumes) {
      const index = monthToIndex(entry.month, `month of a sale of customer ${history.customerKey}`);
      const volume = parseScaledDecimal(entry.volume, `volume of customer ${history.customerKey} in ${entry.month}`);
      if (index < first || index > last) continue;
      sum += volume;
      if (volume !== 0n) earliestSale = Math.min(earliestSale, index);
    }

    const declaredStart =
      history.firstMonth === undefined ? first : monthToIndex(history.firstMonth, `firstMonth of customer ${history.customerKey}`);
    const start = Math.max(first, Math.min(declaredStart, earliestSale));
    const monthsAveraged = Math.max(0, last - start + 1);
    return {
      customerKey: history.customerKey,
      average: monthsAveraged === 0 ? "0" : formatScaledDecimal(divideScaled(sum, monthsAveraged)),
      monthsAveraged,
      windowMonths,
      shortHistory: monthsAveraged < windowMonths,
    };
  });
}

/** A grade standard amount: customers averaging at least `minimumAverage` per month get `class`. */
export interface ThresholdAmountCut {
  readonly class: CustomerClass;
  readonly minimumAverage: VolumeInput;
}

/** Configuration of the threshold-amount method. */
export interface ThresholdAmountOptions extends AverageWindow {
  /** From the highest class down, with strictly decreasing amounts, e.g. A ≥ 5000, B ≥ 1000. */
  readonly cuts: readonly ThresholdAmountCut[];
  /** Class of customers below every cut; the class after the last cut by default. */
  readonly lowestClass?: CustomerClass;
}

/** One customer's class under the threshold-amount method. */
export interface ThresholdAmountItemResult extends MonthlyAverage {
  readonly class: CustomerClass;
  /** The cut that was reached, as given; null when the customer is below every cut. */
  readonly reachedMinimum: string | null;
}

/**
 * Classifies customers by average monthly volume against configured grade
 * standard amounts (DOMAIN.md §2, threshold-amount method). Results are sorted
 * by average, largest first, ties by customer key. A customer exactly at a cut
 * reaches it.
 */
export function classifyByThresholdAmounts(
  histories: readonly CustomerSalesHistory[],
  options: ThresholdAmountOptions,
): ThresholdAmountItemResult[] {
  const { cuts, lowestClass } = validateCuts(options.cuts, options.lowestClass);
  const averages = averageMonthlyVolumes(histories, options);

  const classified = averages.map((average) => {
    const scaledAverage = parseScaledDecimal(average.average, "average");
    const reached = cuts.find((cut) => scaledAverage >= cut.minimum);
    return {
      scaledAverage,
      result: {
        ...average,
        class: reached?.customerClass ?? lowestClass,
        reachedMinimum: reached === undefined ? null : formatScaledDecimal(reached.minimum),
      },
    };
  });
  classified.sort((left, right) => {
    if (left.scaledAverage !== right.scaledAverage) return left.scaledAverage > right.scaledAverage ? -1 : 1;
    if (left.result.customerKey === right.result.customerKey) return 0;
    return left.result.customerKey < right.result.customerKey ? -1 : 1;
  });
  return classified.map((entry) => entry.result);
}

function validateWindowMonths(months: number): number {
  if (!Number.isInteger(months) || months < MINIMUM_AVERAGE_MONTHS || months > MAXIMUM_AVERAGE_MONTHS) {
    throw new ClassificationValidationError(
      "INVALID_WINDOW",
      `months to average must be an integer ${MINIMUM_AVERAGE_MONTHS}..${MAXIMUM_AVERAGE_MONTHS}, got ${String(months)}`,
    );
  }
  return months;
}

interface ValidatedCut {
  readonly customerClass: CustomerClass;
  readonly minimum: bigint;
}

function validateCuts(
  cuts: readonly ThresholdAmountCut[],
  lowestClass: CustomerClass | undefined,
): { cuts: ValidatedCut[]; lowestClass: CustomerClass } {
  if (cuts.length === 0) {
    throw new ClassificationValidationError("INVALID_THRESHOLDS", "threshold amounts need at least one cut, got none");
  }
  const validated: ValidatedCut[] = [];
  cuts.forEach((cut, index) => {
    const rank = CUSTOMER_CLASSES.indexOf(cut.class);
    if (rank < 0) {
      throw new ClassificationValidationError(
        "INVALID_THRESHOLDS",
        `cuts[${index}].class must be one of ${CUSTOMER_CLASSES.join(", ")}, got ${JSON.stringify(cut.class)}`,
      );
    }
    const minimum = parseScaledDecimal(cut.minimumAverage, `cuts[${index}].minimumAverage`);
    const previous = validated[index - 1];
    if (previous !== undefined) {
      if (rank <= CUSTOMER_CLASSES.indexOf(previous.customerClass)) {
        throw new ClassificationValidationError(
          "INVALID_THRESHOLDS",
          `cuts must go from the highest class down, got ${cut.class} after ${previous.customerClass} at cuts[${index}]`,
        );
      }
      if (minimum >= previous.minimum) {
        throw new ClassificationValidationError(
          "INVALID_THRESHOLDS",
          `cut amounts must decrease, got ${formatScaledDecimal(minimum)} for ${cut.class} after ${formatScaledDecimal(previous.minimum)} for ${previous.customerClass}`,
        );
      }
    }
    validated.push({ customerClass: cut.class, minimum });
  });

  const lastCut = validated[validated.length - 1] as ValidatedCut;
  const lastCutRank = CUSTOMER_CLASSES.indexOf(lastCut.customerClass);
  const resolvedLowest = lowestClass ?? CUSTOMER_CLASSES[lastCutRank + 1];
  if (resolvedLowest === undefined || CUSTOMER_CLASSES.indexOf(resolvedLowest) <= lastCutRank) {
    throw new ClassificationValidationError(
      "INVALID_THRESHOLDS",
      `lowestClass must come after the last cut's class ${lastCut.customerClass}, got ${JSON.stringify(resolvedLowest ?? null)}`,
    );
  }
  return { cuts: validated, lowestClass: resolvedLowest };
}

// The month index of a month of the classification's input; a bad month is a classification input error.
function monthToIndex(month: string, subject: string): number {
  try {
    return monthIndex(month, subject);
  } catch (error) {
    if (error instanceof CalendarError) throw new ClassificationValidationError("INVALID_MONTH", error.message);
    throw error;
  }
}
