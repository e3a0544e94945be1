import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  daysInMonth,
  isCalendarDate,
  isMonth,
  lastCompleteMonth,
  lastDateOfMonth,
  monthAt,
  monthIn,
  monthIndex,
  monthsBetween,
  monthsEndingAt,
  planWeekOfDay,
  shiftMonth,
  todayIn,
  weekEndDay,
  weeksInMonth,
} from "./index.ts";

// Years 1100..8800, so that two shifts of up to 500 years each stay within 0000..9999 (JavaScript's Date,
// the independent reference below, would read years 0..99 as 19xx).
const monthArbitrary = fc
  .record({ year: fc.integer({ min: 1100, max: 8800 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) => `${year}-${String(month).padStart(2, "0")}`);
const deltaArbitrary = fc.integer({ min: -6_000, max: 6_000 });
// From 1992: Shanghai kept daylight saving time in 1986–1991, so before that its offset is not always +8.
const instantArbitrary = fc.integer({ min: Date.UTC(1992, 0, 1), max: Date.UTC(2200, 0, 1) }).map((time) => new Date(time));

// The month of a UTC date through JavaScript's Date, written apart from the calendar module.
const utcMonth = (year: number, monthIndexFromZero: number): string => new Date(Date.UTC(year, monthIndexFromZero, 1)).toISOString().slice(0, 7);

describe("calendar properties", () => {
  it("shifts months as JavaScript's Date does", () => {
    fc.assert(
      fc.property(monthArbitrary, deltaArbitrary, (month, delta) => {
        expect(shiftMonth(month, delta)).toBe(utcMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 + delta));
      }),
    );
  });

  it("shifting there and back is the identity, and shifts add up", () => {
    fc.assert(
      fc.property(monthArbitrary, deltaArbitrary, deltaArbitrary, (month, first, second) => {
        expect(shiftMonth(shiftMonth(month, first), -first)).toBe(month);
        expect(shiftMonth(shiftMonth(month, first), second)).toBe(shiftMonth(month, first + second));
      }),
    );
  });

  it("maps months to indexes and back, in the order of their text", () => {
    fc.assert(
      fc.property(monthArbitrary, monthArbitrary, (a, b) => {
        expect(monthAt(monthIndex(a))).toBe(a);
        expect(Math.sign(monthIndex(a) - monthIndex(b))).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
    );
  });

  it("lists ranges of consecutive months, both ends included", () => {
    fc.assert(
      fc.property(monthArbitrary, fc.integer({ min: 0, max: 40 }), (from, span) => {
        const to = shiftMonth(from, span);
        const range = monthsBetween(from, to);
        expect(range).toHaveLength(span + 1);
        expect(range[0]).toBe(from);
        expect(range.at(-1)).toBe(to);
        range.slice(1).forEach((month, index) => expect(shiftMonth(range[index] as string, 1)).toBe(month));
        expect(monthsEndingAt(to, span + 1)).toEqual(range);
        if (span > 0) expect(() => monthsBetween(to, from)).toThrow("month range must not be reversed");
      }),
    );
  });

  it("counts days in a month as JavaScript's Date does, and its last date is a date whose next day is not", () => {
    fc.assert(
      fc.property(monthArbitrary, (month) => {
        const days = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
        expect(daysInMonth(month)).toBe(days);
        expect(isCalendarDate(lastDateOfMonth(month))).toBe(true);
        expect(isCalendarDate(`${month}-${String(days + 1).padStart(2, "0")}`)).toBe(false);
      }),
    );
  });

  it("covers each day of a month by exactly one plan week, the week that planWeekOfDay names", () => {
    fc.assert(
      fc.property(monthArbitrary, (month) => {
        const weeks = weeksInMonth(month);
        let previousEnd = 0;
        for (let week = 1; week <= weeks; week++) {
          const end = weekEndDay(month, week);
          for (let day = previousEnd + 1; day <= end; day++) expect(planWeekOfDay(day)).toBe(week);
          previousEnd = end;
        }
        expect(previousEnd).toBe(daysInMonth(month));
        expect(() => weekEndDay(month, weeks + 1)).toThrow(`week must be 1..${weeks} for ${month}`);
      }),
    );
  });

  it("reads today in UTC and in Shanghai (UTC+8, no daylight saving) from the instant", () => {
    fc.assert(
      fc.property(instantArbitrary, (now) => {
        expect(todayIn(now, "UTC")).toBe(now.toISOString().slice(0, 10));
        expect(todayIn(now, "Asia/Shanghai")).toBe(new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10));
        expect(monthIn(now, "Asia/Shanghai")).toBe(todayIn(now, "Asia/Shanghai").slice(0, 7));
      }),
    );
  });

  it("takes the last complete month as the month before today's", () => {
    fc.assert(
      fc.property(instantArbitrary, (now) => {
        const today = todayIn(now, "UTC");
        const last = lastCompleteMonth(today);
        expect(isMonth(last)).toBe(true);
        expect(shiftMonth(last, 1)).toBe(today.slice(0, 7));
      }),
    );
  });
});
