/** Calendar helpers for plan months ("YYYY-MM") and plan weeks (days 1–7 are week 1, 8–14 week 2 …). */

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Throws unless the text is a month "YYYY-MM". */
export function checkPlanMonth(month: string): void {
  if (!MONTH_PATTERN.test(month)) throw new RangeError(`month must be "YYYY-MM" with MM 01..12, got ${JSON.stringify(month)}`);
}

/** Number of days of the month, 28..31. */
export function daysInMonth(month: string): number {
  checkPlanMonth(month);
  const year = Number(month.slice(0, 4));
  const monthNumber = Number(month.slice(5, 7));
  return new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
}

/** Number of plan weeks of the month: 4 for February of a common year, else 5. */
export function weeksInMonth(month: string): number {
  return Math.ceil(daysInMonth(month) / 7);
}

/** Last day of month covered by plan week `week` (7, 14, 21, 28, then the month's last day). */
export function weekEndDay(month: string, week: number): number {
  const weeks = weeksInMonth(month);
  if (!Number.isInteger(week) || week < 1 || week > weeks) throw new RangeError(`week must be 1..${weeks} for ${month}, got ${week}`);
  return Math.min(week * 7, daysInMonth(month));
}

/** True when the date "YYYY-MM-DD" lies in the month "YYYY-MM". */
export function isDateInMonth(date: string, month: string): boolean {
  return DATE_PATTERN.test(date) && date.slice(0, 7) === month;
}

/** The month after `month`. */
export function nextMonth(month: string): string {
  checkPlanMonth(month);
  const year = Number(month.slice(0, 4));
  const monthNumber = Number(month.slice(5, 7));
  return monthNumber === 12 ? `${year + 1}-01` : `${year}-${String(monthNumber + 1).padStart(2, "0")}`;
}

/**
 * True when the month is in the closed past relative to `today` ("YYYY-MM-DD"): months before
 * today's month are closed; the current and future months are open for planning.
 */
export function isClosedMonth(month: string, today: string): boolean {
  checkPlanMonth(month);
  return month < today.slice(0, 7);
}
