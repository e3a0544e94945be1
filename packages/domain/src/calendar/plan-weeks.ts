import { CalendarError } from "./calendar-error.ts";
import { daysInMonth } from "./months.ts";

/**
 * Plan weeks split a month by day of month, whatever the weekday: days 1–7 are week 1,
 * 8–14 week 2, 15–21 week 3, 22–28 week 4 and 29–31 (when the month has them) week 5.
 */

/** Number of plan weeks of the month: 4 for February of a common year, else 5. */
export function weeksInMonth(month: string): number {
  return Math.ceil(daysInMonth(month) / 7);
}

/** Last day of the month covered by plan week `week` (7, 14, 21, 28, then the month's last day). */
export function weekEndDay(month: string, week: number): number {
  const weeks = weeksInMonth(month);
  if (!Number.isInteger(week) || week < 1 || week > weeks) throw new CalendarError(`week must be 1..${weeks} for ${month}, got ${week}`);
  return Math.min(week * 7, daysInMonth(month));
}

/** The plan week of a day of the month: 1..7 → 1, 8..14 → 2 … 29..31 → 5. */
export function planWeekOfDay(day: number): number {
  if (!Number.isInteger(day) || day < 1 || day > 31) throw new CalendarError(`day of month must be an integer 1..31, got ${day}`);
  return Math.ceil(day / 7);
}
