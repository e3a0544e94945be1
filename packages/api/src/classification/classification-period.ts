import { monthsEndingAt, shiftMonth } from "@beatplan/domain";
import { DomainError } from "../shared/domain-error.ts";
import { isCalendarDate } from "../shared/scalars.ts";

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

/** Today's calendar date by the given clock, "YYYY-MM-DD" (UTC). */
export function todayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** The last complete month before the month of `date` ("YYYY-MM-DD" or a clock reading): 2026-11-22 → "2026-10". */
export function lastCompleteMonth(date: string | Date): string {
  const day = typeof date === "string" ? date : todayOf(date);
  return shiftMonth(day.slice(0, 7), -1);
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

/** "YYYY-MM" as a month count (year × 12 + month − 1), the same arithmetic as the domain's. */
export function monthNumber(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}
