/** What a database error means for the caller. */
export type DatabaseFault =
  /** The input does not fit its column (too large a number, too long a text, a NUL): the caller's to fix. */
  | "BAD_INPUT"
  /** The database is unreachable, restarting or timed out: retry later. */
  | "UNAVAILABLE";

// SQLSTATEs (https://www.postgresql.org/docs/current/errcodes-appendix.html).
const badInputStates: Record<string, string> = {
  "22001": "a text is longer than its field allows",
  "22003": "a number is too large for its field",
  "22007": "a date or time is not valid",
  "22008": "a date or time is out of range",
  "22021": "a text contains a character that cannot be stored (such as NUL)",
  "22P05": "a text contains a character that cannot be stored",
};
// 08: connection exceptions; 57P01-57P03: shut down or starting up; 53300: too many connections;
// 57014: statement timeout (query_canceled).
const unavailableStates = new Set(["57P01", "57P02", "57P03", "53300", "57014"]);
const unavailableSystemCodes = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND", "EHOSTUNREACH", "ECONNABORTED"]);
const unavailableMessages = [/Connection terminated/i, /timeout exceeded when trying to connect/i, /the database system is (starting up|shutting down|in recovery mode)/i, /Client has encountered a connection error/i, /terminating connection/i];

function codesOf(error: unknown, depth = 0): string[] {
  if (!error || typeof error !== "object" || depth > 4) return [];
  const record = error as { code?: unknown; sqlState?: unknown; cause?: unknown; errors?: unknown };
  const own = [record.code, record.sqlState].filter((code): code is string => typeof code === "string");
  const nested = Array.isArray(record.errors) ? record.errors.flatMap((inner) => codesOf(inner, depth + 1)) : [];
  return [...own, ...nested, ...codesOf(record.cause, depth + 1)];
}

function messagesOf(error: unknown, depth = 0): string[] {
  if (!error || typeof error !== "object" || depth > 4) return [];
  const record = error as { message?: unknown; cause?: unknown };
  return [...(typeof record.message === "string" ? [record.message] : []), ...messagesOf(record.cause, depth + 1)];
}

/**
 * Classifies an error thrown while talking to PostgreSQL (pg, Kysely or MikroORM, which keep
 * the SQLSTATE in `code`): bad input, the database unavailable, or neither (undefined: a bug).
 */
export function databaseFaultOf(error: unknown): { fault: DatabaseFault; message: string } | undefined {
  const codes = codesOf(error);
  for (const code of codes) {
    const badInput = badInputStates[code];
    if (badInput) return { fault: "BAD_INPUT", message: `${badInput}; nothing was changed` };
  }
  const messages = messagesOf(error);
  if (codes.some((code) => unavailableStates.has(code) || code.startsWith("08") || unavailableSystemCodes.has(code)) || messages.some((message) => unavailableMessages.some((pattern) => pattern.test(message)))) {
    return { fault: "UNAVAILABLE", message: "the database is unavailable; retry in a few seconds" };
  }
  return undefined;
}
