/** Months, calendar dates, today in a time zone and plan weeks: the one calendar of every package. */
export { CalendarError } from "./calendar-error.ts";
export {
  checkMonth,
  daysInMonth,
  firstDateOfMonth,
  isMonth,
  lastDateOfMonth,
  monthAt,
  monthIndex,
  monthsBetween,
  monthsEndingAt,
  nextMonth,
  previousMonth,
  shiftMonth,
} from "./months.ts";
export { checkCalendarDate, isCalendarDate, isClosedMonth, isDateInMonth, lastCompleteMonth, monthIn, monthOfDate, todayIn } from "./dates.ts";
export { planWeekOfDay, weekEndDay, weeksInMonth } from "./plan-weeks.ts";
