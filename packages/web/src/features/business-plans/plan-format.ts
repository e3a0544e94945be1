import { monthIn, planTimeZone, todayIn } from "@beatplan/domain";
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
  return monthIn(now, planTimeZone);
}

/** Today in China as "YYYY-MM-DD" (plan weeks begin there). */
export function currentPlanDate(now: Date = new Date()): string {
  return todayIn(now, planTimeZone);
}

/** The plan weeks of `month` that have begun by `today` ("YYYY-MM-DD"): week w begins on day 7(w − 1) + 1. */
export function begunWeeks(month: string, weeks: number, today: string): number[] {
  return Array.from({ length: weeks }, (_, index) => index + 1).filter((week) => `${month}-${String(7 * (week - 1) + 1).padStart(2, "0")}` <= today);
}

/**
 * A fresh idempotency key for one user action. A retry of the same action (the same
 * form submission re-sent) reuses it, so the server writes it once.
 */
export function newIdempotencyKey(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}
