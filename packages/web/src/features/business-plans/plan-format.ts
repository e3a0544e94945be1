import type { BusinessPlanStatus } from "../../gql/graphql.ts";

/** Every plan status in lifecycle order (filters and chips). */
export const planStatuses: readonly BusinessPlanStatus[] = [
  "DRAFT",
  "PROPOSED",
  "REVISION_REQUESTED",
  "APPROVED",
  "REJECTED",
  "CONFIRMED",
  "TRACKING",
  "ADJUSTED",
  "CLOSED",
];

/** True when `value` is a plan status (e.g. from a hand-edited URL). */
export function isPlanStatus(value: string | undefined): value is BusinessPlanStatus {
  return planStatuses.some((status) => status === value);
}

/** The current month in China, where plan months begin and end, as "YYYY-MM". */
export function currentPlanMonth(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit" }).format(now).slice(0, 7);
}

/** Today in China as "YYYY-MM-DD" (plan weeks begin there). */
export function currentPlanDate(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** The plan weeks of `month` that have begun by `today` ("YYYY-MM-DD"): week w begins on day 7(w − 1) + 1. */
export function begunWeeks(month: string, weeks: number, today: string): number[] {
  return Array.from({ length: weeks }, (_, index) => index + 1).filter((week) => `${month}-${String(7 * (week - 1) + 1).padStart(2, "0")}` <= today);
}

/** True when the text is a month "YYYY-MM". */
export function isPlanMonth(value: string | undefined): value is string {
  return value !== undefined && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

/**
 * A fresh idempotency key for one user action. A retry of the same action (the same
 * form submission re-sent) reuses it, so the server writes it once.
 */
export function newIdempotencyKey(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** The last calendar date of a month "YYYY-MM", e.g. "2026-02-28". */
export function lastDateOfMonth(month: string): string {
  const [year, monthNumber] = month.split("-").map(Number);
  const day = new Date(Date.UTC(year ?? 1970, monthNumber ?? 1, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, "0")}`;
}
