import { describe, expect, it } from "vitest";
import { parseSalesCsv } from "./parse-sales-csv.ts";

const header = "customerCode,month,volume,amount,ourShare";

describe("parseSalesCsv", () => {
  it("reads rows with the line number each came from", () => {
    const parsed = parseSalesCsv(`${header}\nC-001,2026-01,10,1000.50,0.4\n\nC-002,2026-02,5,200,\n`);

    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toEqual([
      { line: 2, row: { customerCode: "C-001", month: "2026-01", volume: "10", amount: "1000.50", ourShare: "0.4" } },
      { line: 4, row: { customerCode: "C-002", month: "2026-02", volume: "5", amount: "200", ourShare: null } },
    ]);
  });

  it("accepts CRLF line ends, a byte order mark, quoted values and columns in any order", () => {
    const parsed = parseSalesCsv(`\uFEFFmonth,customerCode,amount,volume,ourShare\r\n2026-03,"C-""7"", Ltd",300,3,1\r\n`);

    expect(parsed.errors).toEqual([]);
    expect(parsed.rows[0]?.row).toEqual({ customerCode: 'C-"7", Ltd', month: "2026-03", volume: "3", amount: "300", ourShare: "1" });
  });

  it("reports every bad row with its line and writes none of them", () => {
    const parsed = parseSalesCsv(`${header}\nC-001,2026-13,10,100,0.2\nC-002,2026-01,-5,abc,1.5\n,2026-01,1,1,\nC-003,2026-01,1.2345,1.234,0.12345`);

    expect(parsed.rows).toEqual([]);
    expect(parsed.errors).toEqual([
      { line: 2, message: "import.error.month", params: { value: "2026-13" } },
      { line: 3, message: "import.error.number", params: { column: "volume", value: "-5", decimals: 3 } },
      { line: 3, message: "import.error.number", params: { column: "amount", value: "abc", decimals: 2 } },
      { line: 3, message: "import.error.share", params: { value: "1.5" } },
      { line: 4, message: "import.error.customerCode" },
      { line: 5, message: "import.error.number", params: { column: "volume", value: "1.2345", decimals: 3 } },
      { line: 5, message: "import.error.number", params: { column: "amount", value: "1.234", decimals: 2 } },
      { line: 5, message: "import.error.share", params: { value: "0.12345" } },
    ]);
  });

  it("names missing and unknown header columns", () => {
    const parsed = parseSalesCsv("customerCode,month,qty,amount\nC-1,2026-01,1,1");

    expect(parsed.errors).toEqual([
      { line: 1, message: "import.error.missingColumns", params: { columns: "volume" } },
      { line: 1, message: "import.error.unknownColumns", params: { columns: "qty" } },
    ]);
  });

  it("reports a row with the wrong number of values", () => {
    const parsed = parseSalesCsv(`${header}\nC-1,2026-01,1`);

    expect(parsed.errors).toEqual([{ line: 2, message: "import.error.columnCount", params: { expected: 5, found: 3 } }]);
  });

  it("reports an unclosed quote at the line where it opened", () => {
    const parsed = parseSalesCsv(`${header}\nC-1,2026-01,1,1,\n"C-2,2026-01,1,1,`);

    expect(parsed.errors).toEqual([{ line: 3, message: "import.error.unclosedQuote" }]);
  });

  it("rejects an empty file and a file with only a header", () => {
    expect(parseSalesCsv("").errors).toEqual([{ line: null, message: "import.error.emptyFile" }]);
    expect(parseSalesCsv(`${header}\n`).errors).toEqual([{ line: null, message: "import.error.noRows" }]);
  });
});
