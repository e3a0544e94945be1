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
export { addDays, checkCalendarDate, daysBetween, isCalendarDate, isClosedMonth, isDateInMonth, isoWeekday, lastCompleteMonth, monthIn, monthOfDate, parseInstant, todayIn } from "./dates.ts";
export { planWeekOfDay, weekEndDay, weeksInMonth } from "./plan-weeks.ts";
