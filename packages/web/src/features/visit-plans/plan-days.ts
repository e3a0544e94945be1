/** One customer stop of a plan day, as the screens read it. */
export interface PlanStop {
  sequence: number;
  /** Placed by hand: re-plans keep it on its day. */
  locked?: boolean;
  arrival: number;
  departure: number;
  travelMinutes: number;
  customer: { id: string; code: string; name: string; class: "A" | "B" | "C" | "D" | null; latitude: number | null; longitude: number | null };
}

/** One rep's working day of a plan's cycle. */
export interface PlanDay {
  week: number;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  rep: { id: string; name: string; workProfile?: { startLocation: { latitude: number; longitude: number } | null } | null };
  stops: readonly PlanStop[];
  travelMinutes: number;
  workMinutes: number;
  availableMinutes: number;
}

/** The calendar of a cycle: weekday rows × week columns, each cell the days (one per rep) that fall on it. */
export interface PlanCalendar {
  weeks: number[];
  weekdays: number[];
  cell(week: number, weekday: number): PlanDay[];
}

/** The reps of a plan, by name, each once. */
export function planReps(days: readonly PlanDay[]): { id: string; name: string }[] {
  const reps = new Map<string, { id: string; name: string }>();
  for (const day of days) reps.set(day.rep.id, { id: day.rep.id, name: day.rep.name });
  return [...reps.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The cycle as a table like the domain brief's worked example B: one row per weekday any rep
 * works, one column per week of the cycle; `repId` keeps one rep's days (null: every rep).
 */
export function planCalendar(days: readonly PlanDay[], cycleWeeks: number, repId: string | null): PlanCalendar {
  const shown = repId === null ? days : days.filter((day) => day.rep.id === repId);
  const cells = new Map<string, PlanDay[]>();
  const weekdays = new Set<number>();
  for (const day of shown) {
    weekdays.add(day.weekday);
    const key = `${day.week}-${day.weekday}`;
    cells.set(key, [...(cells.get(key) ?? []), day]);
  }
  return {
    weeks: Array.from({ length: cycleWeeks }, (_, index) => index + 1),
    weekdays: [...weekdays].sort((a, b) => a - b),
    cell: (week, weekday) => cells.get(`${week}-${weekday}`) ?? [],
  };
}

/** Visits per customer code over the cycle. */
export function visitCounts(days: readonly PlanDay[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const day of days) for (const stop of day.stops) counts.set(stop.customer.code, (counts.get(stop.customer.code) ?? 0) + 1);
  return counts;
}

/** The calendar date (YYYY-MM-DD) of a cycle day, from the cycle's first Monday. */
export function dayDate(startsOn: string, week: number, weekday: number): string {
  const date = new Date(`${startsOn}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + (week - 1) * 7 + (weekday - 1));
  return date.toISOString().slice(0, 10);
}

/** Minutes after the start of the working day as h:mm. */
export function minutesText(minutes: number): string {
  const rounded = Math.round(minutes);
  return `${Math.floor(rounded / 60)}:${String(rounded % 60).padStart(2, "0")}`;
}

/** Whether the day's work does not fit its working time. */
export function isOverCapacity(day: Pick<PlanDay, "workMinutes" | "availableMinutes">): boolean {
  return day.workMinutes > day.availableMinutes + 1e-6;
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The plan as CSV, one row per stop in route order: for spreadsheets and other tools. */
export function planCsv(startsOn: string, days: readonly PlanDay[]): string {
  const header = ["date", "week", "weekday", "rep", "sequence", "customerCode", "customerName", "class", "arrivalMinute", "departureMinute", "travelMinutes", "dayWorkMinutes", "dayAvailableMinutes"];
  const rows = [header.join(",")];
  const ordered = [...days].sort((a, b) => a.week - b.week || a.weekday - b.weekday || a.rep.name.localeCompare(b.rep.name));
  for (const day of ordered) {
    for (const stop of [...day.stops].sort((a, b) => a.sequence - b.sequence)) {
      rows.push(
        [
          dayDate(startsOn, day.week, day.weekday),
          day.week,
          day.weekday,
          day.rep.name,
          stop.sequence,
          stop.customer.code,
          stop.customer.name,
          stop.customer.class ?? "",
          Math.round(stop.arrival),
          Math.round(stop.departure),
          Math.round(stop.travelMinutes * 10) / 10,
          Math.round(day.workMinutes),
          Math.round(day.availableMinutes),
        ]
          .map(csvField)
          .join(","),
      );
    }
  }
  return `${rows.join("\r\n")}\r\n`;
}
