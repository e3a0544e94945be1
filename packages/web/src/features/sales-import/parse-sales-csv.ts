import type { MessageKey, MessageParams } from "../../app/i18n/i18n.tsx";
import { isMonth } from "../customers/month.ts";

/** One month of sales for one customer, as `importMonthlySales` takes it. */
export interface SalesRow {
  customerCode: string;
  month: string;
  volume: string;
  amount: string;
  ourShare: string | null;
}

/** A data row and the 1-based line of the file it came from. */
export interface ParsedSalesRow {
  line: number;
  row: SalesRow;
}

/** A problem found in the file; `line` is null for whole-file problems. */
export interface SalesCsvError {
  line: number | null;
  message: MessageKey;
  params?: MessageParams;
}

/** Rows ready to send, or the reasons the file cannot be sent. */
export interface ParsedSalesCsv {
  rows: ParsedSalesRow[];
  errors: SalesCsvError[];
}

const requiredColumns = ["customerCode", "month", "volume", "amount"] as const;
const optionalColumns = ["ourShare"] as const;
type Column = (typeof requiredColumns)[number] | (typeof optionalColumns)[number];
const allColumns: readonly Column[] = [...requiredColumns, ...optionalColumns];

// The same precision the API stores (numeric columns): checking it here gives
// translated messages for every row before anything is sent.
const decimalPlaces = { volume: 3, amount: 2, ourShare: 4 } as const;

function isDecimal(value: string, maximumDecimals: number): boolean {
  return new RegExp(`^\\d+(\\.\\d{1,${maximumDecimals}})?$`).test(value);
}

interface Record {
  line: number;
  values: string[];
}

/**
 * Splits CSV text into records (RFC 4180: quoted values may hold commas,
 * doubled quotes and line breaks), remembering the line each record starts on.
 */
function splitRecords(text: string): { records: Record[]; unclosedQuoteLine: number | null } {
  const records: Record[] = [];
  let values: string[] = [];
  let value = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;

  const endRecord = () => {
    values.push(value);
    // A blank line is not a row; it must not produce "expected 5 values, found 1".
    if (!(values.length === 1 && values[0]?.trim() === "")) records.push({ line: recordLine, values });
    values = [];
    value = "";
  };

  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        value += '"';
        index++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === "\n") line++;
        value += char;
      }
    } else if (char === '"') {
      quoted = true;
      quoteLine = line;
    } else if (char === ",") {
      values.push(value);
      value = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[index + 1] === "\n") index++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      value += char;
    }
  }
  if (quoted) return { records, unclosedQuoteLine: quoteLine };
  if (value !== "" || values.length > 0) endRecord();
  return { records, unclosedQuoteLine: null };
}

function checkRow(line: number, get: (column: Column) => string, errors: SalesCsvError[]): SalesRow | null {
  const before = errors.length;
  const customerCode = get("customerCode");
  const month = get("month");
  const volume = get("volume");
  const amount = get("amount");
  const share = get("ourShare");

  if (customerCode === "") errors.push({ line, message: "import.error.customerCode" });
  if (!isMonth(month)) errors.push({ line, message: "import.error.month", params: { value: month } });
  for (const [column, value] of [["volume", volume], ["amount", amount]] as const) {
    const decimals = decimalPlaces[column];
    if (!isDecimal(value, decimals)) errors.push({ line, message: "import.error.number", params: { column, value, decimals } });
  }
  if (share !== "" && !(isDecimal(share, decimalPlaces.ourShare) && Number(share) <= 1)) {
    errors.push({ line, message: "import.error.share", params: { value: share } });
  }
  if (errors.length > before) return null;
  return { customerCode, month, volume, amount, ourShare: share === "" ? null : share };
}

/**
 * Parses a monthly sales CSV with the header
 * `customerCode,month,volume,amount,ourShare` (any order; ourShare optional).
 * Every row is checked so the user sees all problems at once, each with the
 * line number their spreadsheet shows.
 */
export function parseSalesCsv(text: string): ParsedSalesCsv {
  const errors: SalesCsvError[] = [];
  // Spreadsheets often save UTF-8 with a byte order mark, which would glue onto "customerCode".
  const { records, unclosedQuoteLine } = splitRecords(text.replace(/^\uFEFF/, ""));
  if (unclosedQuoteLine !== null) return { rows: [], errors: [{ line: unclosedQuoteLine, message: "import.error.unclosedQuote" }] };

  const [header, ...data] = records;
  if (!header) return { rows: [], errors: [{ line: null, message: "import.error.emptyFile" }] };

  const names = header.values.map((name) => name.trim());
  const columnIndex = new Map<Column, number>();
  const unknown: string[] = [];
  names.forEach((name, index) => {
    const column = allColumns.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
    if (column) columnIndex.set(column, index);
    else unknown.push(name || `#${index + 1}`);
  });
  const missing = requiredColumns.filter((column) => !columnIndex.has(column));
  if (missing.length > 0) errors.push({ line: header.line, message: "import.error.missingColumns", params: { columns: missing.join(", ") } });
  if (unknown.length > 0) errors.push({ line: header.line, message: "import.error.unknownColumns", params: { columns: unknown.join(", ") } });
  if (errors.length > 0) return { rows: [], errors };
  if (data.length === 0) return { rows: [], errors: [{ line: null, message: "import.error.noRows" }] };

  const rows: ParsedSalesRow[] = [];
  for (const record of data) {
    if (record.values.length !== names.length) {
      errors.push({ line: record.line, message: "import.error.columnCount", params: { expected: names.length, found: record.values.length } });
      continue;
    }
    const get = (column: Column) => {
      const index = columnIndex.get(column);
      return index === undefined ? "" : (record.values[index] ?? "").trim();
    };
    const row = checkRow(record.line, get, errors);
    if (row) rows.push({ line: record.line, row });
  }
  return { rows: errors.length > 0 ? [] : rows, errors };
}
