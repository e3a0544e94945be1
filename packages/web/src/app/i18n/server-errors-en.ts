/**
 * English wording of the API's userError reasons (`serverError.<reason>`) and, for errors
 * without one, of their codes; the browser's own checks use the same reasons, so both read alike.
 */
export const serverErrorsEn = {
  "serverError.TARGET_REQUIRED": "A plan needs a target: enter a target amount above 0.",
  "serverError.UNKNOWN_STORE": "This store does not belong to the customer.",
  "serverError.INVALID_DECIMAL": "Enter a number such as 1234.50 (got \"{value}\").",
  "serverError.NEGATIVE_DECIMAL": "Must not be negative (got {value}).",
  "serverError.TOO_MANY_DECIMALS": "At most {decimals} decimals (got {value}).",
  "serverError.STORE_VOLUMES_SUM": "The stores' volumes must add up to the target volume {total} (they add up to {sum}).",
  "serverError.STORE_AMOUNTS_SUM": "The stores' amounts must add up to the target amount {total} (they add up to {sum}).",
  "serverError.REPEATED_STORE": "Store {store} is given twice.",
  "serverError.UNKNOWN_PRODUCT": "Choose a product from the catalogue.",
  "serverError.REPEATED_PRODUCT": "Product {product} is launched twice; plan each launch once.",
  "serverError.DATE_OUTSIDE_MONTH": "The date must lie in the plan month {month} (got {value}).",
  "serverError.WHOLE_NUMBER": "Enter a whole number of 0 or more (got {value}).",
  "serverError.TEXT_LENGTH": "Use {min} to {max} characters (got {length}).",
  "serverError.END_BEFORE_START": "The end date must not be before the start date {start}.",
  "serverError.MONTH_CLOSED": "{month} is closed; plan {current} or a later month.",
  "serverError.DUPLICATE_MONTH": "Customer {customer} already has a business plan for {month}.",
  "serverError.WEEK_NOT_BEGUN": "Week {week} begins on {firstDay}; only weeks that have begun can be recorded.",
  "serverError.ACTUAL_BELOW_EARLIER_WEEK": "{value} to date for week {week} is below week {otherWeek}'s {otherValue}. Actuals to date do not fall: mark the entry as a correction and give a reason.",
  "serverError.ACTUAL_ABOVE_LATER_WEEK": "{value} to date for week {week} is above week {otherWeek}'s {otherValue}. Actuals to date do not fall: mark the entry as a correction and give a reason.",
  "serverError.code.VALIDATION": "This value is not valid.",
  "serverError.code.NOT_FOUND": "This no longer exists or is not visible to you.",
  "serverError.code.CONFLICT": "Someone changed this meanwhile; reload the page and try again.",
  "serverError.code.DUPLICATE": "This already exists.",
  "serverError.code.FORBIDDEN": "You are not allowed to do this.",
  "serverError.code.INVALID_TRANSITION": "This step is not possible in the plan's current status.",
  "serverError.code.IDEMPOTENCY_KEY_REUSED": "This request was already sent with other data; reload the page.",
  "serverError.code.UNAUTHENTICATED": "Please sign in again.",
  "serverError.code.LOCKED": "Too many failed attempts; wait and try again.",
} as const satisfies Record<string, string>;
