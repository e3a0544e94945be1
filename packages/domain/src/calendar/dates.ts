import { CalendarError } from "./calendar-error.ts";
import { checkMonth, daysInMonth, isMonth, previousMonth } from "./months.ts";

/** Calendar dates "YYYY-MM-DD", and today's date and month in a time zone. */

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a calendar date "YYYY-MM-DD" that exists (no 2026-02-30). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== "string" || !datePattern.test(value)) return false;
  const month = value.slice(0, 7);
  const day = Number(value.slice(8, 10));
  return isMonth(month) && day >= 1 && day <= daysInMonth(month);
}

const instantPattern = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/**
 * Parses an ISO 8601 instant with a real calendar date, a time and an explicit offset
 * ("2026-06-17T02:00:00Z", "2026-06-17T10:00+08:00"); undefined for anything else, such as
 * 2027-02-30T00:00:00Z, which `Date` would silently turn into 2 March.
 */
export function parseInstant(text: string): Date | undefined {
  const match = instantPattern.exec(text);
  if (!match || !isCalendarDate(match[1])) return undefined;
  const instant = new Date(text);
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}

/** Throws a {@link CalendarError} unless `date` is a calendar date; `subject` names the value in the message. */
export function checkCalendarDate(date: unknown, subject = "date"): asserts date is string {
  if (!isCalendarDate(date)) throw new CalendarError(`${subject} must be a calendar date "YYYY-MM-DD", got ${JSON.stringify(date)}`);
}

/** The month "YYYY-MM" of a calendar date. */
export function monthOfDate(date: string): string {
  checkCalendarDate(date);
  return date.slice(0, 7);
}

/** True when `date` is a calendar date "YYYY-MM-DD" in the month "YYYY-MM". */
export function isDateInMonth(date: string, month: string): boolean {
  return isCalendarDate(date) && date.slice(0, 7) === month;
}

/** The last complete month before the month of `today` ("YYYY-MM-DD"): 2026-11-22 → "2026-10". */
export function lastCompleteMonth(today: string): string {
  return previousMonth(monthOfDate(today));
}

/** True when `month` ended before the month of `today` ("YYYY-MM-DD"); the current and later months are not closed. */
export function isClosedMonth(month: string, today: string): boolean {
  checkMonth(month);
  return month < monthOfDate(today);
}

const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? "";
  let format = formats.get(key);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    } catch {
      throw new CalendarError(`time zone must be an IANA zone such as "Asia/Shanghai" or "UTC", got ${JSON.stringify(timeZone)}`);
    }
    formats.set(key, format);
  }
  return format;
}

/**
 * The calendar date "YYYY-MM-DD" of the instant `now` in `timeZone` (an IANA zone such as
 * "Asia/Shanghai" or "UTC"; undefined means the zone of the machine or browser running the code).
 */
export function todayIn(now: Date, timeZone: string | undefined): string {
  if (Number.isNaN(now.getTime())) throw new CalendarError("now must be a valid instant, got an invalid Date");
  // UTC needs no time-zone rules: the ISO form is the same date, without Intl's costly formatToParts.
  if (timeZone === "UTC" && now.getUTCFullYear() >= 0 && now.getUTCFullYear() <= 9999) return now.toISOString().slice(0, 10);
  const parts = dateFormat(timeZone).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((entry) => entry.type === type)?.value ?? "";
  return `${part("year").padStart(4, "0")}-${part("month")}-${part("day")}`;
}

/** The month "YYYY-MM" of the instant `now` in `timeZone` (see {@link todayIn}). */
export function monthIn(now: Date, timeZone: string | undefined): string {
  return todayIn(now, timeZone).slice(0, 7);
}

const DAY_MS = 86_400_000;

function epochDay(date: string): number {
  checkCalendarDate(date);
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

/** The calendar date `days` days after `date` (before it when negative): addDays("2026-12-31", 1) → "2027-01-01". */
export function addDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new CalendarError(`days must be a whole number, got ${days}`);
  return new Date((epochDay(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `from` to `to` (negative when `to` is earlier): daysBetween("2026-11-23", "2026-12-07") → 14. */
export function daysBetween(from: string, to: string): number {
  return epochDay(to) - epochDay(from);
}

/** ISO weekday of a calendar date, 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const weekday = new Date(epochDay(date) * DAY_MS).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}
