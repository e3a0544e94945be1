import { ClassificationValidationError } from "./types.ts";

/**
 * Core-customer grade (DOMAIN.md §2), a dimension of its own next to the sales
 * class: a customer can be sales class C today and still a target core customer.
 * Rule sets with dimension "CORE_GRADE" (see compileRuleSet) assign it.
 */
export type CoreGrade = "A" | "B" | "C";

/** The grades, best first. */
export const CORE_GRADES: readonly CoreGrade[] = ["A", "B", "C"];

/** What each grade means, in the brief's Chinese and in English. */
export const CORE_GRADE_LABELS: Readonly<Record<CoreGrade, { readonly zh: string; readonly en: string }>> = {
  A: { zh: "目标核心客户", en: "target core customer" },
  B: { zh: "潜在核心客户", en: "potential core customer" },
  C: { zh: "待发展客户", en: "customer to develop" },
};

/** True when `value` is a core-customer grade. */
export function isCoreGrade(value: unknown): value is CoreGrade {
  return typeof value === "string" && (CORE_GRADES as readonly string[]).includes(value);
}

/**
 * Reads a core-customer grade from untrusted input; `subject` names the value in
 * the error message (e.g. "core grade of customer C-17").
 */
export function parseCoreGrade(value: unknown, subject: string): CoreGrade {
  if (!isCoreGrade(value)) {
    throw new ClassificationValidationError(
      "INVALID_CORE_GRADE",
      `${subject} must be one of A (target), B (potential), C (to develop), got ${JSON.stringify(value) ?? String(value)}`,
    );
  }
  return value;
}

/** Negative when `left` is the better grade, 0 when equal: sorts target core customers first. */
export function compareCoreGrades(left: CoreGrade, right: CoreGrade): number {
  return CORE_GRADES.indexOf(left) - CORE_GRADES.indexOf(right);
}
