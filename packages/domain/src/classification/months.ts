import { ClassificationValidationError } from "./types.ts";

const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;

/**
 * Converts "YYYY-MM" into a month count (year × 12 + month − 1) so that month
 * arithmetic is integer arithmetic. `subject` names the value in the error message.
 */
export function monthToIndex(month: string, subject: string): number {
  const match = typeof month === "string" ? MONTH_PATTERN.exec(month) : null;
  const monthNumber = match === null ? 0 : Number(match[2]);
  if (match === null || monthNumber < 1 || monthNumber > 12) {
    throw new ClassificationValidationError(
      "INVALID_MONTH",
      `${subject} must be a month "YYYY-MM" with MM 01..12, got ${JSON.stringify(month)}`,
    );
  }
  return Number(match[1]) * 12 + monthNumber - 1;
}

/** Converts a month count back into "YYYY-MM". */
export function indexToMonth(index: number): string {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
}

/** The `count` months ending with `lastMonth`, oldest first: monthsEndingAt("2026-02", 3) = ["2025-12", "2026-01", "2026-02"]. */
export function monthsEndingAt(lastMonth: string, count: number): string[] {
  const last = monthToIndex(lastMonth, "lastMonth");
  return Array.from({ length: count }, (_, offset) => indexToMonth(last - count + 1 + offset));
}
