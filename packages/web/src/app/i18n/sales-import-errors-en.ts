/**
 * English wording of the sales import's userError reasons (`serverError.<reason>`), which
 * POST /import/monthly-sales reports for each bad line of the file.
 */
export const salesImportErrorsEn = {
  "serverError.SALES_NO_ROWS": "There are no sales rows to import: the file needs the header line and at least one line.",
  "serverError.SALES_MONTH_FUTURE": "{value} has not begun: sales can be imported up to the current month {latest}.",
  "serverError.SALES_MONTH_TOO_OLD": "{value} is before the earliest sales month {earliest}.",
  "serverError.CSV_MISSING_COLUMNS": "Missing column(s) in the header: {columns}.",
  "serverError.CSV_COLUMN_COUNT": "Expected {expected} values, found {found}.",
  "serverError.CSV_UNCLOSED_QUOTE": "A quoted value is not closed.",
  "serverError.SALES_CUSTOMER_CODE_EMPTY": "customerCode is required.",
  "serverError.SALES_MONTH": "month must be YYYY-MM with a month 01..12, got \"{value}\".",
  "serverError.SALES_NUMBER": "{column} must be a non-negative number with at most {decimals} decimals, got \"{value}\".",
  "serverError.SALES_INTEGER_DIGITS": "{column} may have at most {digits} digits before the point, got \"{value}\".",
  "serverError.SALES_SHARE": "ourShare must be a number from 0 to 1 with at most 4 decimals, or empty, got \"{value}\".",
  "serverError.SALES_REPEATED_ROW": "Customer {code} already has a row for {month} in line {first}.",
  "serverError.UNKNOWN_CUSTOMER_CODE": "No customer has the code \"{code}\".",
  "serverError.TOO_MANY_ROWS": "A file may hold at most {max, plural, one {# line} other {# lines}}; this one has {count, plural, one {# line} other {# lines}}.",
} as const satisfies Record<string, string>;
