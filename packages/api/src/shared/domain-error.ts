/**
 * Error codes shared by GraphQL errors (`extensions.code`) and mutation `userErrors[].code`.
 * VALIDATION maps to BAD_USER_INPUT when raised outside a mutation payload.
 */
export type DomainErrorCode = "VALIDATION" | "NOT_FOUND" | "CONFLICT" | "DUPLICATE" | "UNAUTHENTICATED" | "FORBIDDEN" | "IDEMPOTENCY_KEY_REUSED" | "LOCKED" | "INVALID_TRANSITION";

/** Which rule a failure breaks and the values its message names, so clients can word it in their language. */
export interface ErrorDetail {
  /** The rule, e.g. "WEEK_NOT_BEGUN"; stable across releases. */
  readonly reason: string;
  /** The values the message names, by placeholder name. */
  readonly params: Readonly<Record<string, string>>;
}

/** A failure the caller can act on: it carries a code, a message and optionally the input field path and a detail. */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly field: string[] | undefined;
  readonly detail: ErrorDetail | undefined;

  constructor(code: DomainErrorCode, message: string, field?: string[], detail?: ErrorDetail) {
    super(message);
    this.name = "DomainError";
    this.code = code;
    this.field = field;
    this.detail = detail;
  }
}

/** Several domain errors at once, e.g. every bad row of an import batch. */
export class DomainErrors extends Error {
  readonly errors: readonly DomainError[];

  constructor(errors: readonly DomainError[]) {
    super(errors.map((error) => error.message).join("; "));
    this.name = "DomainErrors";
    this.errors = errors;
  }
}
