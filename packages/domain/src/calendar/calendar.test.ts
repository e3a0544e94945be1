import { describe, expect, it } from "vitest";
import {
  addDays,
  CalendarError,
  daysBetween,
  isoWeekday,
  daysInMonth,
  isCalendarDate,
  isClosedMonth,
  isDateInMonth,
  isMonth,
  lastCompleteMonth,
  lastDateOfMonth,
  monthIn,
  monthsBetween,
  parseInstant,
  monthsEndingAt,
  nextMonth,
  planWeekOfDay,
  previousMonth,
  shiftMonth,
  todayIn,
  weekEndDay,
  weeksInMonth,
} from "./index.ts";

describe("months", () => {
  it("accepts only YYYY-MM with a month 01..12", () => {
    expect(isMonth("2026-12")).toBe(true);
    expect(isMonth("2026-13")).toBe(false);
    expect(isMonth("2026-1")).toBe(false);
    expect(isMonth(202612)).toBe(false);
  });

  it("shifts across year boundaries", () => {
    expect(shiftMonth("2026-01", -13)).toBe("2024-12");
    expect(nextMonth("2026-12")).toBe("2027-01");
    expect(previousMonth("2026-01")).toBe("2025-12");
  });

  it("lists ranges and the months ending at a month", () => {
    expect(monthsBetween("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(monthsEndingAt("2026-02", 3)).toEqual(["2025-12", "2026-01", "2026-02"]);
    expect(() => monthsBetween("2026-02", "2026-01")).toThrow("month range must not be reversed, got 2026-02 to 2026-01");
  });

  it("knows leap years", () => {
    expect(daysInMonth("2028-02")).toBe(29);
    expect(daysInMonth("2100-02")).toBe(28);
    expect(daysInMonth("2000-02")).toBe(29);
    expect(lastDateOfMonth("2027-02")).toBe("2027-02-28");
    expect(lastDateOfMonth("2026-11")).toBe("2026-11-30");
  });

  it("names the value and the contract when a month is not one", () => {
    expect(() => shiftMonth("2026-13", 1)).toThrow(new CalendarError('month must be a month "YYYY-MM" with MM 01..12, got "2026-13"'));
    expect(() => monthsEndingAt("Oct 2026", 3)).toThrow('lastMonth must be a month "YYYY-MM" with MM 01..12, got "Oct 2026"');
    expect(() => shiftMonth("9999-12", 1)).toThrow("month index must be an integer 0..119999 (years 0000..9999), got 120000");
  });
});

describe("dates", () => {
  it("accepts only dates that exist", () => {
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2027-02-29")).toBe(false);
    expect(isCalendarDate("2026-11-31")).toBe(false);
    expect(isCalendarDate("2026-1-01")).toBe(false);
  });

  it("tells whether a date lies in a month and whether a month is closed", () => {
    expect(isDateInMonth("2026-11-30", "2026-11")).toBe(true);
    expect(isDateInMonth("2026-12-01", "2026-11")).toBe(false);
    expect(isClosedMonth("2026-10", "2026-11-01")).toBe(true);
    expect(isClosedMonth("2026-11", "2026-11-30")).toBe(false);
    expect(isClosedMonth("2026-12", "2026-11-30")).toBe(false);
  });

  it("takes the last complete month from today's date", () => {
    expect(lastCompleteMonth("2026-11-22")).toBe("2026-10");
    expect(lastCompleteMonth("2027-01-01")).toBe("2026-12");
  });

  it("reads today in the given time zone: a month end in UTC is already the next month in Shanghai", () => {
    const now = new Date("2027-02-28T23:30:00Z");
    expect(todayIn(now, "UTC")).toBe("2027-02-28");
    expect(todayIn(now, "Asia/Shanghai")).toBe("2027-03-01");
    expect(monthIn(now, "Asia/Shanghai")).toBe("2027-03");
  });

  it("reads today in the zone of the machine or browser when no zone is given", () => {
    expect(monthIn(new Date(2026, 10, 22), undefined)).toBe("2026-11");
    expect(todayIn(new Date(2026, 1, 28, 23, 59), undefined)).toBe("2026-02-28");
  });

  it("rejects an unknown time zone and an invalid instant with a clear error", () => {
    expect(() => todayIn(new Date(0), "Mars/Olympus")).toThrow('time zone must be an IANA zone such as "Asia/Shanghai" or "UTC", got "Mars/Olympus"');
    expect(() => todayIn(new Date(Number.NaN), "UTC")).toThrow("now must be a valid instant");
  });
});

describe("plan weeks", () => {
  it("splits a month by day: 4 weeks in a common February, else 5", () => {
    expect(weeksInMonth("2027-02")).toBe(4);
    expect(weeksInMonth("2028-02")).toBe(5);
    expect(weeksInMonth("2026-12")).toBe(5);
    expect([1, 2, 3, 4, 5].map((week) => weekEndDay("2026-11", week))).toEqual([7, 14, 21, 28, 30]);
    expect([1, 7, 8, 28, 29, 31].map(planWeekOfDay)).toEqual([1, 1, 2, 4, 5, 5]);
  });

  it("rejects a week the month does not have", () => {
    expect(() => weekEndDay("2027-02", 5)).toThrow("week must be 1..4 for 2027-02, got 5");
    expect(() => planWeekOfDay(32)).toThrow("day of month must be an integer 1..31, got 32");
  });
});

describe("day arithmetic", () => {
  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-11-23", 0)).toBe("2026-11-23");
    expect(() => addDays("2026-11-23", 0.5)).toThrow("days must be a whole number, got 0.5");
  });

  it("counts days between dates and names ISO weekdays", () => {
    expect(daysBetween("2026-11-23", "2026-12-07")).toBe(14);
    expect(daysBetween("2026-12-07", "2026-11-23")).toBe(-14);
    expect(daysBetween("2027-12-31", "2028-12-31")).toBe(366);
    expect(["2026-11-23", "2026-11-28", "2026-11-29"].map(isoWeekday)).toEqual([1, 6, 7]);
    expect(() => isoWeekday("2026-02-30")).toThrow('date must be a calendar date "YYYY-MM-DD", got "2026-02-30"');
  });
});

describe("parseInstant", () => {
  it("reads ISO instants with an explicit offset", () => {
    expect(parseInstant("2026-06-17T02:00:00Z")?.toISOString()).toBe("2026-06-17T02:00:00.000Z");
    expect(parseInstant("2026-06-17T10:00+08:00")?.toISOString()).toBe("2026-06-17T02:00:00.000Z");
    expect(parseInstant("2028-02-29T23:59:59.999Z")?.toISOString()).toBe("2028-02-29T23:59:59.999Z");
  });

  it("refuses impossible dates and times, missing offsets and other shapes", () => {
    for (const text of ["2027-02-30T00:00:00Z", "2027-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-06-17T24:00:00Z", "2026-06-17T02:00:00", "2026-06-17", "17/06/2026", "2026-06-17T02:00:00Z\u0000", ""]) {
      expect(parseInstant(text), text).toBeUndefined();
    }
  });
});
