import { CsvError, parse } from "csv-parse/sync";
import { DomainError } from "../shared/domain-error.ts";
import { noSalesRowsError, type SalesRow } from "./monthly-sales-import.ts";

/** Rows read from a sales CSV, and problems with its structure (header, field counts, quoting). */
export interface SalesCsv {
  rows: SalesRow[];
  errors: DomainError[];
}

type Column = keyof Omit<SalesRow, "lineNumber">;

// Accepted header names per column, compared without case, spaces, dashes and underscores.
const columnAliases: Record<Column, string[]> = {
  customerCode: ["customercode", "code", "customer"],
  month: ["month"],
  volume: ["volume", "qty", "quantity"],
  amount: ["amount", "value", "revenue"],
  ourShare: ["ourshare", "share"],
};

const requiredColumns: readonly Column[] = ["customerCode", "month", "volume", "amount"];

function canonical(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_-]/g, "");
}

function lineBreaksIn(value: string): number {
  return value.match(/\r\n|\n|\r/g)?.length ?? 0;
}

interface CsvRecord {
  /** The file line the record starts on. */
  line: number;
  fields: string[];
}

/** A record whose opening quote is never closed: the file is read up to there. */
interface UnclosedQuote {
  line: number;
}

/**
 * Reads the records of CSV text with csv-parse (RFC 4180: quotes, doubled quotes, line breaks
 * inside quotes; \n, \r\n or \r between records; a leading byte order mark is dropped), each
 * with the line it starts on. Blank records are left out.
 */
function readRecords(text: string, delimiter: string): { records: CsvRecord[]; unclosed: UnclosedQuote | undefined } {
  const records: CsvRecord[] = [];
  let lastLine = 0;
  const collect = (fields: string[], lines: number): void => {
    lastLine = lines;
    if (fields.some((value) => value.trim() !== "")) records.push({ line: lines - fields.reduce((sum, value) => sum + lineBreaksIn(value), 0), fields });
  };
  try {
    parse(text, {
      bom: true,
      delimiter,
      record_delimiter: ["\r\n", "\n", "\r"],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      on_record: (record: string[], context) => {
        collect(record, context.lines);
        return null;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError) || error.code !== "CSV_QUOTE_NOT_CLOSED") throw error;
    // The unclosed record starts on the first non-blank line after the last complete one.
    const lines = text.split(/\r\n|\n|\r/);
    let line = lastLine + 1;
    while (line < lines.length && (lines[line - 1] ?? "").trim() === "") line++;
    return { records, unclosed: { line } };
  }
  return { records, unclosed: undefined };
}

function structureError(line: number | undefined, message: string, reason: string, params: Record<string, string> = {}): DomainError {
  return new DomainError("VALIDATION", line === undefined ? message : `line ${line}: ${message}`, line === undefined ? ["rows"] : ["rows", String(line)], { reason, params });
}

/**
 * Parses a monthly sales CSV: a header row naming the columns customerCode, month, volume,
 * amount and optionally ourShare (any order; comma or semicolon separated), then one row per
 * (customer, month). Row numbers in problems are the file's line numbers.
 */
export function parseSalesCsv(text: string): SalesCsv {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = firstLine.includes(";") && !firstLine.includes(",") ? ";" : ",";
  const { records, unclosed } = readRecords(text, delimiter);
  const [header, ...data] = unclosed && records.length === 0 ? [{ line: unclosed.line, fields: [] }] : records;
  if (!header) return { rows: [], errors: [noSalesRowsError()] };
  const positions = new Map<Column, number>();
  header.fields.forEach((name, index) => {
    for (const [column, aliases] of Object.entries(columnAliases) as [Column, string[]][]) {
      if (aliases.includes(canonical(name)) && !positions.has(column)) positions.set(column, index);
    }
  });
  const missing = requiredColumns.filter((column) => !positions.has(column));
  if (missing.length > 0) {
    const message = `the header must name the columns customerCode, month, volume, amount (ourShare optional); missing ${missing.join(", ")}, got "${header.fields.join(delimiter)}"`;
    return { rows: [], errors: [structureError(header.line, message, "CSV_MISSING_COLUMNS", { columns: missing.join(", ") })] };
  }
  const rows: SalesRow[] = [];
  const errors: DomainError[] = [];
  for (const record of data) {
    if (record.fields.length !== header.fields.length) {
      const [expected, found] = [String(header.fields.length), String(record.fields.length)];
      errors.push(structureError(record.line, `expected ${expected} fields like the header, got ${found}`, "CSV_COLUMN_COUNT", { expected, found }));
      continue;
    }
    const value = (column: Column): string => record.fields[positions.get(column) ?? -1] ?? "";
    rows.push({
      lineNumber: record.line,
      customerCode: value("customerCode"),
      month: value("month"),
      volume: value("volume"),
      amount: value("amount"),
      ourShare: positions.has("ourShare") && value("ourShare").trim() !== "" ? value("ourShare") : null,
    });
  }
  if (unclosed) errors.push(structureError(unclosed.line, "a quoted field is not closed", "CSV_UNCLOSED_QUOTE"));
  return { rows, errors };
}
