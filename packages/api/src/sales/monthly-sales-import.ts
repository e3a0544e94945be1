import { monthIn, planTimeZone } from "@beatplan/domain";
import { isMonth } from "@beatplan/domain";
import type { EntityManager } from "@mikro-orm/postgresql";
import { recordBulkAudit } from "../audit/audit-subscriber.ts";
import type { Scope } from "../auth/scope.ts";
import { executeSql } from "../shared/sql.ts";
import { DomainError, DomainErrors, type ErrorDetail } from "../shared/domain-error.ts";
import { monthStart } from "./sales.loaders.ts";
import { databaseNow } from "../shared/entity-clock.ts";

/** One sales row as received (strings), with the number used to report problems. */
export interface SalesRow {
  /** 1-based row number (GraphQL) or line number (CSV). */
  lineNumber: number;
  customerCode: string;
  month: string;
  volume: string;
  amount: string;
  ourShare: string | null;
}

/** How many (customer, month) figures were created and replaced. */
export interface SalesImportResult {
  inserted: number;
  updated: number;
}

/** Most rows accepted in one batch. */
export const maxImportRows = 200_000;

interface DecimalRule {
  integerDigits: number;
  fractionDigits: number;
}

// Mirrors the numeric(p, s) columns so that nothing is rounded or overflows silently.
const volumeRule: DecimalRule = { integerDigits: 13, fractionDigits: 3 };
const amountRule: DecimalRule = { integerDigits: 14, fractionDigits: 2 };
const shareRule: DecimalRule = { integerDigits: 1, fractionDigits: 4 };
const decimalPattern = /^(\d+)(?:\.(\d+))?$/;

/** What is wrong with a decimal, and the rule (reason) it breaks. */
interface DecimalProblem {
  message: string;
  reason: "SALES_NUMBER" | "SALES_INTEGER_DIGITS";
}

function decimalProblem(value: string, rule: DecimalRule): DecimalProblem | undefined {
  const match = decimalPattern.exec(value);
  if (!match) return { message: "must be a non-negative decimal number like 1234.50", reason: "SALES_NUMBER" };
  const integerPart = (match[1] ?? "").replace(/^0+(?=\d)/, "");
  if (integerPart.length > rule.integerDigits) return { message: `must have at most ${rule.integerDigits} digits before the point`, reason: "SALES_INTEGER_DIGITS" };
  if ((match[2] ?? "").length > rule.fractionDigits) return { message: `must have at most ${rule.fractionDigits} decimals`, reason: "SALES_NUMBER" };
  return undefined;
}

function rowError(label: string, row: SalesRow, column: string, message: string, detail: ErrorDetail, code: DomainError["code"] = "VALIDATION"): DomainError {
  return new DomainError(code, `${label} ${row.lineNumber}: ${message}`, ["rows", String(row.lineNumber), column], detail);
}

/** The months sales may be imported for: from a configured earliest month up to the current month. */
export interface SalesMonthBounds {
  /** "YYYY-MM"; earlier months are implausibly old (BEATPLAN_EARLIEST_SALES_MONTH). */
  earliest: string;
  /** "YYYY-MM", the current month: later months have no actuals yet. */
  latest: string;
}

/** The earliest sales month accepted unless configured otherwise. */
export const defaultEarliestSalesMonth = "2000-01";

/** The bounds for a request: the configured earliest month and the current month in China, by the server clock. */
export function salesMonthBounds(context: { now: () => Date; earliestSalesMonth?: string }): SalesMonthBounds {
  const latest = monthIn(context.now(), planTimeZone);
  return { earliest: context.earliestSalesMonth ?? defaultEarliestSalesMonth, latest };
}

/** The error for an import without rows, the same for `rows: []`, a header-only CSV and an empty file. */
export function noSalesRowsError(): DomainError {
  return new DomainError("VALIDATION", "there are no sales rows to import: give at least one row (a CSV file needs the header line customerCode,month,volume,amount,ourShare and one line per row)", ["rows"], { reason: "SALES_NO_ROWS", params: {} });
}

/** Checks the shape of every row (no database): month format and range, decimals, share range, duplicates in the batch. */
export function validateSalesRows(rows: readonly SalesRow[], label = "row", bounds?: SalesMonthBounds): DomainError[] {
  const errors: DomainError[] = [];
  if (rows.length === 0) return [noSalesRowsError()];
  if (rows.length > maxImportRows) {
    return [new DomainError("VALIDATION", `a batch may hold at most ${maxImportRows} rows, got ${rows.length}`, ["rows"], { reason: "TOO_MANY_ROWS", params: { max: String(maxImportRows), count: String(rows.length) } })];
  }
  const firstSeen = new Map<string, number>();
  for (const row of rows) {
    const code = row.customerCode.trim();
    if (code === "") errors.push(rowError(label, row, "customerCode", "customerCode is empty", { reason: "SALES_CUSTOMER_CODE_EMPTY", params: {} }));
    const month = row.month.trim();
    if (!isMonth(month)) errors.push(rowError(label, row, "month", `month must be "YYYY-MM", got "${row.month}"`, { reason: "SALES_MONTH", params: { value: row.month } }));
    else if (bounds && month > bounds.latest) {
      errors.push(rowError(label, row, "month", `month ${month} has not begun: sales can be imported up to the current month ${bounds.latest}`, { reason: "SALES_MONTH_FUTURE", params: { value: month, latest: bounds.latest } }));
    } else if (bounds && month < bounds.earliest) {
      errors.push(rowError(label, row, "month", `month ${month} is before the earliest sales month ${bounds.earliest}`, { reason: "SALES_MONTH_TOO_OLD", params: { value: month, earliest: bounds.earliest } }));
    }
    for (const [column, value, rule] of [["volume", row.volume, volumeRule], ["amount", row.amount, amountRule]] as const) {
      const problem = decimalProblem(value.trim(), rule);
      if (problem) {
        const params = { column, value, decimals: String(rule.fractionDigits), digits: String(rule.integerDigits) };
        errors.push(rowError(label, row, column, `${column} ${problem.message}, got "${value}"`, { reason: problem.reason, params }));
      }
    }
    if (row.ourShare != null && row.ourShare.trim() !== "") {
      const share = row.ourShare.trim();
      const problem = decimalProblem(share, shareRule)?.message ?? (Number(share) > 1 ? "must be 0..1" : undefined);
      if (problem) errors.push(rowError(label, row, "ourShare", `ourShare ${problem}, got "${row.ourShare}"`, { reason: "SALES_SHARE", params: { value: row.ourShare } }));
    }
    const key = `${code}|${row.month.trim()}`;
    const earlier = firstSeen.get(key);
    if (earlier !== undefined) {
      const params = { code, month: row.month.trim(), first: String(earlier) };
      errors.push(rowError(label, row, "month", `customer ${code} month ${params.month} already appears in ${label} ${earlier}`, { reason: "SALES_REPEATED_ROW", params }, "DUPLICATE"));
    }
    else firstSeen.set(key, row.lineNumber);
  }
  return errors;
}

/**
 * Upserts monthly sales by (customer code, month): every row is validated first (shape, then
 * that the customer exists and is visible); any bad row means nothing is written. The write is
 * one set-based statement (`INSERT … SELECT FROM unnest(…) ON CONFLICT DO UPDATE`) in one transaction.
 * @throws DomainErrors listing every bad row.
 */
export async function importMonthlySales(em: EntityManager, scope: Scope, rows: readonly SalesRow[], label = "row", bounds?: SalesMonthBounds): Promise<SalesImportResult> {
  if (!scope.mayImportSales()) throw new DomainError("FORBIDDEN", "you may not import sales figures");
  const shapeErrors = validateSalesRows(rows, label, bounds);
  if (rows.length > maxImportRows || rows.length === 0) throw new DomainErrors(shapeErrors);
  const codes = rows.map((row) => row.customerCode.trim());
  return em.transactional(async (transaction) => {
    const scoped = scope.customerCondition("c", 2);
    // Key-share locks keep the customers from disappearing between the check and the write.
    const found = await executeSql<{ code: string; territory_id: string }>(
      transaction,
      `select c.code, c.territory_id from customer c where c.code = any($1::text[]) and ${scoped.sql} for key share`,
      [[...new Set(codes)], ...scoped.params],
    );
    const known = new Set(found.map((row) => row.code));
    const unknownErrors = rows
      .filter((row) => row.customerCode.trim() !== "" && !known.has(row.customerCode.trim()))
      .map((row) => {
        const code = row.customerCode.trim();
        return rowError(label, row, "customerCode", `no customer with code "${code}"`, { reason: "UNKNOWN_CUSTOMER_CODE", params: { code } }, "NOT_FOUND");
      });
    if (shapeErrors.length + unknownErrors.length > 0) {
      // Reported in row order, so that a long list reads like the file.
      const byRow = (error: DomainError) => Number(error.field?.[1] ?? 0);
      throw new DomainErrors([...unknownErrors, ...shapeErrors].sort((left, right) => byRow(left) - byRow(right)));
    }
    const [counts] = await executeSql<{ inserted: number; updated: number }>(
      transaction,
      `with upserted as (
         insert into monthly_sales (customer_id, month, volume, amount, our_share, updated_at)
         select c.id, r.month, r.volume, r.amount, r.our_share, $6::timestamptz
         from unnest($1::text[], $2::date[], $3::numeric[], $4::numeric[], $5::numeric[]) as r(code, month, volume, amount, our_share)
         join customer c on c.code = r.code
         on conflict (customer_id, month) do update
           set volume = excluded.volume, amount = excluded.amount, our_share = excluded.our_share, updated_at = excluded.updated_at
         returning (xmax = 0) as inserted)
       select (count(*) filter (where inserted))::int as inserted, (count(*) filter (where not inserted))::int as updated from upserted`,
      [
        codes,
        rows.map((row) => monthStart(row.month.trim())),
        rows.map((row) => row.volume.trim()),
        rows.map((row) => row.amount.trim()),
        rows.map((row) => (row.ourShare == null || row.ourShare.trim() === "" ? null : row.ourShare.trim())),
        databaseNow(transaction).toISOString(),
      ],
    );
    const result = { inserted: counts?.inserted ?? 0, updated: counts?.updated ?? 0 };
    // The set-based upsert bypasses the ORM's flush hook, so the import is audited once, explicitly.
    const territories = [...new Set(found.map((row) => row.territory_id))];
    const months = rows.map((row) => row.month.trim()).sort();
    await recordBulkAudit(transaction, {
      entityType: "MonthlySales",
      entityId: `import:${months[0]}..${months.at(-1)}`,
      territoryId: territories.length === 1 ? territories[0] : null,
      changes: {
        rows: { from: null, to: rows.length },
        customers: { from: null, to: known.size },
        inserted: { from: null, to: result.inserted },
        updated: { from: null, to: result.updated },
      },
    });
    return result;
  });
}
