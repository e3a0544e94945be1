import { DomainError } from "../shared/domain-error.ts";
import type { SalesRow } from "./monthly-sales-import.ts";

/** Rows read from a sales CSV, and problems with its structure (header, field counts, quoting). */
export interface SalesCsv {
  rows: SalesRow[];
  errors: DomainError[];
}

// Accepted header names per column, compared without case, spaces, dashes and underscores.
const columnAliases: Record<keyof Omit<SalesRow, "lineNumber">, string[]> = {
  customerCode: ["customercode", "code", "customer"],
  month: ["month"],
  volume: ["volume", "qty", "quantity"],
  amount: ["amount", "value", "revenue"],
  ourShare: ["ourshare", "share"],
};

function canonical(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_-]/g, "");
}

/** Splits CSV text (RFC 4180: quotes, doubled quotes, newlines inside quotes) into records with their first line number. */
export function splitCsvRecords(text: string, delimiter: string): { line: number; fields: string[]; unterminated: boolean }[] {
  const records: { line: number; fields: string[]; unterminated: boolean }[] = [];
  let fields: string[] = [];
  let field = "";
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  for (let index = 0; index < source.length; index++) {
    const character = source[index];
    if (inQuotes) {
      if (character === '"' && source[index + 1] === '"') {
        field += '"';
        index++;
      } else if (character === '"') {
        inQuotes = false;
      } else {
        if (character === "\n") line++;
        field += character;
      }
    } else if (character === '"' && field === "") {
      inQuotes = true;
    } else if (character === delimiter) {
      fields.push(field);
      field = "";
    } else if (character === "\n" || character === "\r") {
      if (character === "\r" && source[index + 1] === "\n") index++;
      fields.push(field);
      records.push({ line: recordLine, fields, unterminated: false });
      fields = [];
      field = "";
      line++;
      recordLine = line;
    } else {
      field += character;
    }
  }
  if (field !== "" || fields.length > 0 || inQuotes) {
    fields.push(field);
    records.push({ line: recordLine, fields, unterminated: inQuotes });
  }
  return records.filter((record) => record.unterminated || record.fields.some((value) => value.trim() !== ""));
}

/**
 * Parses a monthly sales CSV: a header row naming the columns customerCode, month, volume,
 * amount and optionally ourShare (any order; comma or semicolon separated), then one row per
 * (customer, month). Row numbers in problems are the file's line numbers.
 */
export function parseSalesCsv(text: string): SalesCsv {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = firstLine.includes(";") && !firstLine.includes(",") ? ";" : ",";
  const [header, ...records] = splitCsvRecords(text, delimiter);
  if (!header) return { rows: [], errors: [new DomainError("VALIDATION", "the file is empty; expected a header line customerCode,month,volume,amount,ourShare", ["rows"])] };
  const positions = new Map<string, number>();
  header.fields.forEach((name, index) => {
    for (const [column, aliases] of Object.entries(columnAliases)) {
      if (aliases.includes(canonical(name)) && !positions.has(column)) positions.set(column, index);
    }
  });
  const missing = ["customerCode", "month", "volume", "amount"].filter((column) => !positions.has(column));
  if (missing.length > 0) {
    return { rows: [], errors: [new DomainError("VALIDATION", `line ${header.line}: the header must name the columns customerCode, month, volume, amount (ourShare optional); missing ${missing.join(", ")}, got "${header.fields.join(delimiter)}"`, ["rows", String(header.line)])] };
  }
  const rows: SalesRow[] = [];
  const errors: DomainError[] = [];
  for (const record of records) {
    if (record.unterminated) {
      errors.push(new DomainError("VALIDATION", `line ${record.line}: a quoted field is not closed`, ["rows", String(record.line)]));
      continue;
    }
    if (record.fields.length !== header.fields.length) {
      errors.push(new DomainError("VALIDATION", `line ${record.line}: expected ${header.fields.length} fields like the header, got ${record.fields.length}`, ["rows", String(record.line)]));
      continue;
    }
    const value = (column: string): string => record.fields[positions.get(column) ?? -1] ?? "";
    rows.push({
      lineNumber: record.line,
      customerCode: value("customerCode"),
      month: value("month"),
      volume: value("volume"),
      amount: value("amount"),
      ourShare: positions.has("ourShare") && value("ourShare").trim() !== "" ? value("ourShare") : null,
    });
  }
  return { rows, errors };
}
