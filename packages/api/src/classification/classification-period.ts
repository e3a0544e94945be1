import { isCalendarDate, lastCompleteMonth, monthsEndingAt } from "@beatplan/domain";
import { DomainError } from "../shared/domain-error.ts";

/** The complete months a classification averages over. */
export interface ClassificationPeriod {
  /** The date the classification is made for, "YYYY-MM-DD". */
  asOf: string;
  /** First month of the period, "YYYY-MM". */
  firstMonth: string;
  /** Last complete month before asOf's month, "YYYY-MM". */
  lastMonth: string;
  months: number;
}

/**
 * The N complete months before asOf's month (DOMAIN.md §2: "the last 3 months" means
 * finished months, so a half-reported current month never drags averages down).
 */
export function classificationPeriod(asOf: string, months: number): ClassificationPeriod {
  if (!isCalendarDate(asOf)) throw new DomainError("VALIDATION", `asOf must be a calendar date "YYYY-MM-DD", got "${asOf}"`, ["asOf"]);
  if (!Number.isInteger(months) || months < 3 || months > 6) {
    throw new DomainError("VALIDATION", `period months must be an integer 3..6, got ${months}`, ["periodMonths"]);
  }
  const lastMonth = lastCompleteMonth(asOf);
  const [firstMonth = lastMonth] = monthsEndingAt(lastMonth, months);
  return { asOf, firstMonth, lastMonth, months };
}
