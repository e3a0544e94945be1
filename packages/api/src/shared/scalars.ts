import { isCalendarDate, isMonth, parseInstant } from "@beatplan/domain";
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from "graphql";

const decimalPattern = /^-?\d+(\.\d+)?$/;

function literalString(ast: ValueNode, scalar: string): string {
  if (ast.kind === Kind.STRING) return ast.value;
  if (scalar === "Decimal" && (ast.kind === Kind.INT || ast.kind === Kind.FLOAT)) return ast.value;
  throw new GraphQLError(`${scalar} must be given as a string, got a ${ast.kind} literal`);
}

/** Parses a Decimal input; exported so that CSV imports apply the same rule. */
export function parseDecimal(value: unknown): string {
  const text = typeof value === "number" && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== "string" || !decimalPattern.test(text.trim())) {
    throw new GraphQLError(`Decimal must be a plain decimal number like "1234.50", got ${JSON.stringify(typeof value === "string" ? value.slice(0, 64) : value)}`);
  }
  return text.trim();
}

/** Exact decimal numbers (PostgreSQL `numeric`) serialised as strings so that no precision is lost. */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: "Decimal",
  description: 'An exact decimal number serialised as a string, e.g. "1234.50". Inputs also accept JSON numbers.',
  serialize: (value) => (typeof value === "number" ? String(value) : parseDecimal(value)),
  parseValue: parseDecimal,
  parseLiteral: (ast) => parseDecimal(literalString(ast, "Decimal")),
});

function parseMonth(value: unknown): string {
  if (typeof value !== "string" || !isMonth(value)) throw new GraphQLError(`Month must be "YYYY-MM", got ${JSON.stringify(value)}`);
  return value;
}

/** A calendar month "YYYY-MM"; stored as the month's first day. */
export const MonthScalar = new GraphQLScalarType<string, string>({
  name: "Month",
  description: 'A calendar month, "YYYY-MM".',
  serialize: (value) => {
    const text = value instanceof Date ? value.toISOString() : String(value);
    return parseMonth(text.slice(0, 7));
  },
  parseValue: parseMonth,
  parseLiteral: (ast) => parseMonth(literalString(ast, "Month")),
});

function parseDate(value: unknown): string {
  if (typeof value !== "string" || !isCalendarDate(value)) throw new GraphQLError(`Date must be a calendar date "YYYY-MM-DD", got ${JSON.stringify(value)}`);
  return value;
}

/** A calendar date without time zone, "YYYY-MM-DD". */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: 'A calendar date without time zone, "YYYY-MM-DD".',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseDate(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(literalString(ast, "Date")),
});

function parseDateTime(value: unknown): Date {
  const date = typeof value === "string" ? parseInstant(value) : undefined;
  if (!date) throw new GraphQLError(`DateTime must be an ISO 8601 timestamp with a real date and an offset, e.g. "2026-03-01T08:30:00Z", got ${JSON.stringify(typeof value === "string" ? value.slice(0, 64) : value)}`);
  return date;
}

/** A point in time, ISO 8601 in UTC, e.g. "2026-03-01T08:30:00.000Z". */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: "DateTime",
  description: 'A point in time as an ISO 8601 string in UTC, e.g. "2026-03-01T08:30:00.000Z".',
  serialize: (value) => {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new GraphQLError(`DateTime cannot represent ${JSON.stringify(String(value).slice(0, 64))}`);
    return date.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(literalString(ast, "DateTime")),
});
