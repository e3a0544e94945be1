/**
 * Shared vocabulary of customer classification (DOMAIN.md §2).
 *
 * Everything here is plain data so that results can be stored, compared and
 * sent over GraphQL without conversion.
 */

/** A sales class: A (most important) to C, optionally split into C and D. */
export type CustomerClass = "A" | "B" | "C" | "D";

/** All sales classes from the most to the least important. */
export const CUSTOMER_CLASSES: readonly CustomerClass[] = ["A", "B", "C", "D"];

/** A sales volume as the database hands it over: a decimal string (PostgreSQL numeric) or a number. */
export type VolumeInput = string | number;

/** Error codes of classification input validation, for the API's error mapper. */
export type ClassificationErrorCode =
  | "INVALID_VOLUME"
  | "INVALID_THRESHOLDS"
  | "INVALID_CUSTOMER_KEY"
  | "DUPLICATE_CUSTOMER"
  | "INVALID_MONTH"
  | "INVALID_WINDOW"
  | "INVALID_RULE_SET"
  | "INVALID_VISIT_STANDARD"
  | "INVALID_CORE_GRADE";

/**
 * Thrown when classification input breaks its contract. The message states
 * the contract and the value received; `code` lets the API map it to a user error.
 */
export class ClassificationValidationError extends Error {
  readonly code: ClassificationErrorCode;

  constructor(code: ClassificationErrorCode, message: string) {
    super(message);
    this.name = "ClassificationValidationError";
    this.code = code;
  }
}

/** True when `value` is one of the four sales classes. */
export function isCustomerClass(value: unknown): value is CustomerClass {
  return typeof value === "string" && (CUSTOMER_CLASSES as readonly string[]).includes(value);
}
