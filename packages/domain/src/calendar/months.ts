import { CalendarError } from "./calendar-error.ts";

/**
 * Months "YYYY-MM" (MM 01..12). Arithmetic goes through the month index
 * year × 12 + month − 1, so shifting and ranges are integer arithmetic.
 */

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True when `value` is a month "YYYY-MM" with MM 01..12. */
export function isMonth(value: unknown): value is string {
  return typeof value === "string" && monthPattern.test(value);
}

/** Throws a {@link CalendarError} unless `month` is a month "YYYY-MM"; `subject` names the value in the message. */
export function checkMonth(month: unknown, subject = "month"): asserts month is string {
  if (!isMonth(month)) throw new CalendarError(`${subject} must be a month "YYYY-MM" with MM 01..12, got ${JSON.stringify(month)}`);
}

/** The month index year × 12 + month − 1 of "YYYY-MM": "2026-01" → 24312. */
export function monthIndex(month: string, subject = "month"): number {
  checkMonth(month, subject);
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/** The month "YYYY-MM" of a month index (the inverse of {@link monthIndex}); the year must be 0..9999. */
export function monthAt(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= 120_000) throw new CalendarError(`month index must be an integer 0..119999 (years 0000..9999), got ${index}`);
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, "0")}-${String(index - year * 12 + 1).padStart(2, "0")}`;
}

/** The month `delta` months after `month` (negative goes back): ("2026-01", -1) → "2025-12". */
export function shiftMonth(month: string, delta: number): string {
  return monthAt(monthIndex(month) + delta);
}

/** The month after `month`. */
export function nextMonth(month: string): string {
  return shiftMonth(month, 1);
}

/** The month before `month`. */
export function previousMonth(month: string): string {
  return shiftMonth(month, -1);
}

/** Every month from `from` to `to`, both included, oldest first; a reversed range is an error. */
export function monthsBetween(from: string, to: string): string[] {
  const first = monthIndex(from, "from");
  const count = monthIndex(to, "to") - first + 1;
  if (count < 1) throw new CalendarError(`month range must not be reversed, got ${from} to ${to}`);
  return Array.from({ length: count }, (_, offset) => monthAt(first + offset));
}

/** The `count` months ending with `lastMonth`, oldest first: ("2026-02", 3) → ["2025-12", "2026-01", "2026-02"]. */
export function monthsEndingAt(lastMonth: string, count: number): string[] {
  const last = monthIndex(lastMonth, "lastMonth");
  return Array.from({ length: count }, (_, offset) => monthAt(last - count + 1 + offset));
}

/** Number of days of the month, 28..31. */
export function daysInMonth(month: string): number {
  checkMonth(month);
  const year = Number(month.slice(0, 4));
  const monthNumber = Number(month.slice(5, 7));
  if (monthNumber === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return monthNumber === 4 || monthNumber === 6 || monthNumber === 9 || monthNumber === 11 ? 30 : 31;
}

/** The first calendar date of the month: "2026-02" → "2026-02-01". */
export function firstDateOfMonth(month: string): string {
  checkMonth(month);
  return `${month}-01`;
}

/** The last calendar date of the month: "2027-02" → "2027-02-28". */
export function lastDateOfMonth(month: string): string {
  return `${month}-${String(daysInMonth(month)).padStart(2, "0")}`;
}
