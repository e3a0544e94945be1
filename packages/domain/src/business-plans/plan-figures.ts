import type { PlanContent } from "./plan-content.ts";
import { formatPlanDecimal, planDecimalUnits, unitsRatio } from "./plan-decimal.ts";
import { daysInMonth, weekEndDay } from "../calendar/index.ts";

/** Total promotion budget of a revision, with 2 decimals. */
export function promotionBudgetTotal(content: PlanContent): string {
  const units = content.promotions.reduce((sum, promotion) => sum + planDecimalUnits(promotion.budget, "promotion budget"), 0n);
  return formatPlanDecimal(units, 2);
}

/**
 * True when a revision's total promotion budget exceeds the authority limit of the rep who owns
 * the plan, so that a manager must approve it before it can be confirmed. Equal to the limit is within it.
 */
export function exceedsAuthority(content: PlanContent, authorityLimit: string): boolean {
  return planDecimalUnits(promotionBudgetTotal(content)) > planDecimalUnits(authorityLimit, "authority limit");
}

/**
 * Completion of a plan: actual to date ÷ target, on amounts (volumes when the amount target is
 * zero); null when there is no target to measure against.
 */
export function completionRatio(target: { volume: string; amount: string }, actual: { volume: string; amount: string }): number | null {
  const targetAmount = planDecimalUnits(target.amount);
  if (targetAmount > 0n) return unitsRatio(planDecimalUnits(actual.amount), targetAmount);
  return unitsRatio(planDecimalUnits(actual.volume), planDecimalUnits(target.volume));
}

/** The share of the monthly target due by the end of plan week `week`, assuming even sales over the days of the month. */
export function targetShareByWeek(month: string, week: number): number {
  return weekEndDay(month, week) / daysInMonth(month);
}

/** The target due by the end of `week` (the straight target line of the tracking chart), with `decimals` decimals. */
export function targetToDate(target: string, month: string, week: number, decimals: number): string {
  const units = planDecimalUnits(target);
  const scaled = (units * BigInt(weekEndDay(month, week))) / BigInt(daysInMonth(month));
  return formatPlanDecimal(scaled, decimals);
}

/** Sums decimal strings exactly, with `decimals` decimals. */
export function sumDecimals(values: readonly string[], decimals: number): string {
  return formatPlanDecimal(values.reduce((sum, value) => sum + planDecimalUnits(value), 0n), decimals);
}
