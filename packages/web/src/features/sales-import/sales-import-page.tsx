import { useState, type ChangeEvent } from "react";
import { useMutation } from "urql";
import { useI18n, type I18n } from "../../app/i18n/i18n.tsx";
import { QueryError } from "../../app/query-state.tsx";
import { graphql } from "../../gql/index.ts";
import { parseSalesCsv, type ParsedSalesRow, type SalesCsvError } from "./parse-sales-csv.ts";

/** Writes a batch of monthly sales; any bad row rejects the whole batch. */
export const ImportMonthlySalesMutation = graphql(`
  mutation ImportMonthlySales($input: ImportMonthlySalesInput!) {
    importMonthlySales(input: $input) {
      inserted
      updated
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/** A row error reported by the API, translated to the file's line number. */
export interface ServerRowError {
  line: number | null;
  message: string;
}

/** The parts of a `UserError` the import page reads. */
interface ImportUserError {
  field?: readonly string[] | null;
  message: string;
  code: string;
}

/**
 * The API names a bad row by its 1-based position in `rows` as the second
 * element of `field` (["rows", "3", "month"]); the user needs the file's line instead.
 */
export function lineOfServerError(field: readonly string[] | null | undefined, rows: readonly ParsedSalesRow[]): number | null {
  const position = field?.[0] === "rows" ? field[1] : undefined;
  if (position === undefined || !/^\d+$/.test(position)) return null;
  return rows[Number(position) - 1]?.line ?? null;
}

/**
 * Turns the API's row errors into messages at file lines. An unknown customer
 * code (the one problem only the API can see) is translated; other messages
 * are shown as sent, without their "row N:" prefix, which would contradict the line.
 */
export function describeServerErrors(
  userErrors: readonly ImportUserError[],
  rows: readonly ParsedSalesRow[],
  t: I18n["t"],
): ServerRowError[] {
  return userErrors.map((userError) => {
    const line = lineOfServerError(userError.field, rows);
    const row = line === null ? undefined : rows.find((candidate) => candidate.line === line)?.row;
    if (row && userError.code === "NOT_FOUND" && userError.field?.[2] === "customerCode") {
      return { line, message: t("import.error.unknownCustomer", { code: row.customerCode }) };
    }
    return { line, message: line === null ? userError.message : userError.message.replace(/^row \d+:\s*/, "") };
  });
}

// FileReader rather than Blob.text(): it is what every browser (and jsdom) supports.
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ""));
    reader.onerror = () => reject(reader.error ?? new Error(`could not read ${file.name}`));
    reader.readAsText(file);
  });
}

type State =
  | { step: "empty" }
  | { step: "invalid"; fileName: string; errors: SalesCsvError[] }
  | { step: "ready"; fileName: string; rows: ParsedSalesRow[] }
  | { step: "rejected"; fileName: string; rows: ParsedSalesRow[]; errors: ServerRowError[] }
  | { step: "unreadable"; error: Error }
  | { step: "done"; inserted: number; updated: number };

/** Lets a manager upload a monthly sales CSV, checked in the browser before sending. */
export function SalesImportPage() {
  const { t } = useI18n();
  const [state, setState] = useState<State>({ step: "empty" });
  const [{ fetching, error }, importSales] = useMutation(ImportMonthlySalesMutation);

  async function pickFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return setState({ step: "empty" });
    let text: string;
    try {
      text = await readText(file);
    } catch (readError) {
      return setState({ step: "unreadable", error: readError instanceof Error ? readError : new Error(String(readError)) });
    }
    const parsed = parseSalesCsv(text);
    setState(
      parsed.errors.length > 0
        ? { step: "invalid", fileName: file.name, errors: parsed.errors }
        : { step: "ready", fileName: file.name, rows: parsed.rows },
    );
  }

  async function submit(fileName: string, rows: ParsedSalesRow[]) {
    const result = await importSales({ input: { rows: rows.map(({ row }) => row) } });
    const payload = result.data?.importMonthlySales;
    if (!payload) return;
    if (payload.userErrors.length > 0) {
      setState({ step: "rejected", fileName, rows, errors: describeServerErrors(payload.userErrors, rows, t) });
    } else {
      setState({ step: "done", inserted: payload.inserted, updated: payload.updated });
    }
  }

  const lineLabel = (line: number | null) => (line === null ? t("import.fileLevel") : t("import.line", { line }));

  return (
    <section className="sales-import">
      <h1>{t("import.title")}</h1>
      <p>{t("import.intro")}</p>
      <label className="file-picker">
        {t("import.file")}{" "}
        <input type="file" accept=".csv,text/csv" onChange={pickFile} disabled={fetching} />
      </label>

      {state.step === "invalid" || state.step === "rejected" ? (
        <div className="import-errors" role="alert">
          <p>{t("import.rejected")}</p>
          <ul>
            {state.step === "invalid"
              ? state.errors.map((problem, index) => (
                  <li key={index}>
                    <strong>{lineLabel(problem.line)}</strong>: {t(problem.message, problem.params)}
                  </li>
                ))
              : state.errors.map((problem, index) => (
                  <li key={index}>
                    <strong>{lineLabel(problem.line)}</strong>: {problem.message}
                  </li>
                ))}
          </ul>
        </div>
      ) : null}

      {state.step === "ready" ? (
        <div className="import-ready">
          <p>{t("import.ready", { count: state.rows.length, file: state.fileName })}</p>
          <button type="button" disabled={fetching} onClick={() => submit(state.fileName, state.rows)}>
            {fetching ? t("import.submitting") : t("import.submit", { count: state.rows.length })}
          </button>
        </div>
      ) : null}

      {error ? <QueryError error={error} /> : null}
      {state.step === "unreadable" ? <QueryError error={state.error} /> : null}

      {state.step === "done" ? (
        <p className="notice" role="status">
          {t("import.success", { inserted: state.inserted, updated: state.updated })}
        </p>
      ) : null}
    </section>
  );
}
