import { describe, expect, it } from "vitest";
import { parseSalesCsv } from "./sales-csv.ts";

describe("sales CSV parser", () => {
  it("reads rows by header name in any column order, with their line numbers", () => {
    const csv = "month,amount,customerCode,volume,ourShare\r\n2026-01,100.50,C-1,3,0.25\r\n\r\n2026-02,200,C-2,4,\r\n";
    expect(parseSalesCsv(csv)).toEqual({
      errors: [],
      rows: [
        { lineNumber: 2, customerCode: "C-1", month: "2026-01", volume: "3", amount: "100.50", ourShare: "0.25" },
        { lineNumber: 4, customerCode: "C-2", month: "2026-02", volume: "4", amount: "200", ourShare: null },
      ],
    });
  });

  it("keeps delimiters and doubled quotes inside quoted fields", () => {
    const csv = 'customer_code;month;volume;amount\n"A;""1""";2026-03;1;2\n';
    expect(parseSalesCsv(csv).rows[0]).toMatchObject({ customerCode: 'A;"1"', month: "2026-03" });
  });

  it("ignores a byte order mark before the header", () => {
    expect(parseSalesCsv("\uFEFFcustomerCode,month,volume,amount\nC-1,2026-01,1,1\n").rows).toHaveLength(1);
  });

  it("names the missing columns of a bad header", () => {
    const { errors } = parseSalesCsv("code,month,qty\nC-1,2026-01,1\n");
    expect(errors.map((error) => error.message)).toEqual(['line 1: the header must name the columns customerCode, month, volume, amount (ourShare optional); missing amount, got "code,month,qty"']);
  });

  it("reports a row with the wrong number of fields by its line", () => {
    const { rows, errors } = parseSalesCsv("customerCode,month,volume,amount\nC-1,2026-01,1\nC-2,2026-01,1,1\n");
    expect(rows.map((row) => row.customerCode)).toEqual(["C-2"]);
    expect(errors.map((error) => error.field)).toEqual([["rows", "2"]]);
  });

  it("numbers rows after a quoted line break and mixed line endings by the line they start on", () => {
    const csv = 'customerCode,month,volume,amount\r\n"C-1\nsecond line",2026-01,1,1\n\nC-2,2026-02,2,2\rC-3,2026-03,3,3';
    expect(parseSalesCsv(csv).rows.map((row) => [row.lineNumber, row.customerCode])).toEqual([
      [2, "C-1\nsecond line"],
      [5, "C-2"],
      [6, "C-3"],
    ]);
  });

  it("reports a quoted field that is never closed at the line it opens, keeping the rows before it", () => {
    const { rows, errors } = parseSalesCsv('customerCode,month,volume,amount\nC-1,2026-01,1,1\n\n"C-2,2026-01,1,1\nC-3,2026-01,1,1\n');
    expect(rows.map((row) => row.customerCode)).toEqual(["C-1"]);
    expect(errors.map((error) => [error.message, error.detail?.reason])).toEqual([["line 4: a quoted field is not closed", "CSV_UNCLOSED_QUOTE"]]);
  });

  it("names the rule each structural problem breaks, with the values a client needs to word it", () => {
    expect(parseSalesCsv("").errors.map((error) => error.detail)).toEqual([{ reason: "SALES_NO_ROWS", params: {} }]);
    expect(parseSalesCsv("code;month\n").errors.map((error) => error.detail)).toEqual([{ reason: "CSV_MISSING_COLUMNS", params: { columns: "volume, amount" } }]);
    expect(parseSalesCsv("code,month,qty,value\nC-1,2026-01\n").errors.map((error) => error.detail)).toEqual([{ reason: "CSV_COLUMN_COUNT", params: { expected: "4", found: "2" } }]);
  });
});
