/** English weekday names by ISO weekday (index 1 = Monday). */
export const WEEKDAY_NAMES: readonly string[] = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** A day of a plan's cycle in words: "week 1 Tuesday". */
export function dayName(week: number, weekday: number): string {
  return `week ${week} ${WEEKDAY_NAMES[weekday] ?? `weekday ${weekday}`}`;
}
