/** Helpers for the API's `Month` scalar ("YYYY-MM"). */

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True when `value` is a "YYYY-MM" month with a month number 01..12. */
export function isMonth(value: string): boolean {
  return monthPattern.test(value);
}

function parse(month: string): { year: number; monthIndex: number } {
  const match = monthPattern.exec(month);
  if (!match) throw new RangeError(`month must be "YYYY-MM" with a month 01..12, got "${month}"`);
  return { year: Number(match[1]), monthIndex: Number(match[2]) - 1 };
}

function format(year: number, monthIndex: number): string {
  return `${String(year).padStart(4, "0")}-${String(monthIndex + 1).padStart(2, "0")}`;
}

/** The month `delta` months after `month` (negative goes back). */
export function addMonths(month: string, delta: number): string {
  const { year, monthIndex } = parse(month);
  const total = year * 12 + monthIndex + delta;
  return format(Math.floor(total / 12), ((total % 12) + 12) % 12);
}

/** Every month from `from` to `to`, both included, in order. */
export function monthsBetween(from: string, to: string): string[] {
  const start = parse(from);
  const end = parse(to);
  const count = end.year * 12 + end.monthIndex - (start.year * 12 + start.monthIndex) + 1;
  if (count < 1) throw new RangeError(`month range must not be reversed, got ${from} to ${to}`);
  return Array.from({ length: count }, (_, offset) => addMonths(from, offset));
}

/** The calendar month of `date` in local time. */
export function monthOf(date: Date): string {
  return format(date.getFullYear(), date.getMonth());
}
