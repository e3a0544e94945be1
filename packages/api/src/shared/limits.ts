import { DomainError } from "./domain-error.ts";

/** Page size bounds of every connection. */
export const pageSize = { default: 50, min: 1, max: 500 } as const;

/** Deepest field nesting a query may have. */
export const maxQueryDepth = 12;

/**
 * Checks a connection's `first` argument.
 * @throws DomainError VALIDATION (BAD_USER_INPUT) stating the bounds and the value received.
 */
export function checkPageSize(first: number): number {
  if (!Number.isInteger(first) || first < pageSize.min || first > pageSize.max) {
    throw new DomainError("VALIDATION", `first must be ${pageSize.min}..${pageSize.max}, got ${first}`, ["first"]);
  }
  return first;
}
