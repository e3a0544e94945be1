import { lastCompleteMonth, monthOfDate, todayIn } from "../calendar/index.ts";

/**
 * The one clock of every test. Tests never read the wall clock: the server, the demo data,
 * the business-plan month rules, token expiry and sign-in windows all take `now` from here,
 * and dates in test bodies are derived from it, so the suite passes on any day.
 *
 * A Wednesday in the middle of a month, 10:00 in Shanghai: week 3 of plan month 2026-11 is
 * under way, and 2026-10 is the last complete month (the demo sales end with it).
 */
export const testNow: Date = new Date("2026-11-18T02:00:00.000Z");

/** A clock that always reads {@link testNow} (a fresh Date each call, so callers may not mutate it). */
export const testClock = (): Date => new Date(testNow.getTime());

/** The test clock's calendar date, "YYYY-MM-DD". */
export const testToday: string = todayIn(testNow, "UTC");

/** The test clock's month, "YYYY-MM": the open month of business plans, not yet in the demo sales. */
export const testMonth: string = monthOfDate(testToday);

/** The last complete month before the test clock's: the demo sales end with it. */
export const testLastCompleteMonth: string = lastCompleteMonth(testToday);

/** The test clock moved by `milliseconds`. */
export function testInstant(milliseconds: number): Date {
  return new Date(testNow.getTime() + milliseconds);
}
