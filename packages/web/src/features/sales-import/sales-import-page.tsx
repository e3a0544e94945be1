import { useState, type ChangeEvent } from "react";
import { useI18n } from "../../app/i18n/i18n.tsx";
import { QueryError } from "../../app/query-state.tsx";
import { useSession } from "../../app/session.tsx";
import { UserErrorList, type UserErrorData } from "../../shared/user-errors.tsx";
import { lineOfProblem, uploadSalesCsv } from "./upload-sales-csv.ts";

type State =
  | { step: "empty" }
  | { step: "ready"; file: File }
  | { step: "sending"; file: File }
  | { step: "rejected"; file: File; errors: UserErrorData[] }
  | { step: "failed"; file: File; error: Error }
  | { step: "done"; inserted: number; updated: number };

/**
 * Lets a manager upload a monthly sales CSV. The file goes to the API as it is; the API reads
 * it, checks every row and answers the counts or each problem by its line, in the user's language.
 */
export function SalesImportPage() {
  const { t } = useI18n();
  const { session, expire } = useSession();
  const [state, setState] = useState<State>({ step: "empty" });

  function pickFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setState(file ? { step: "ready", file } : { step: "empty" });
  }

  async function submit(file: File) {
    if (!session) return expire();
    setState({ step: "sending", file });
    const outcome = await uploadSalesCsv(file, session.token);
    if (outcome.kind === "unauthenticated") return expire();
    if (outcome.kind === "failed") return setState({ step: "failed", file, error: new Error(outcome.message) });
    const { answer } = outcome;
    setState(answer.userErrors.length > 0 ? { step: "rejected", file, errors: answer.userErrors } : { step: "done", inserted: answer.inserted, updated: answer.updated });
  }

  const lineLabel = (error: UserErrorData) => {
    const line = lineOfProblem(error.field);
    return line === null ? t("import.fileLevel") : t("import.line", { line });
  };
  const sending = state.step === "sending";

  return (
    <section className="sales-import">
      <h1>{t("import.title")}</h1>
      <p>{t("import.intro")}</p>
      <label className="file-picker">
        {t("import.file")}{" "}
        <input type="file" accept=".csv,text/csv" onChange={pickFile} disabled={sending} />
      </label>

      {state.step === "rejected" ? <UserErrorList errors={state.errors} title={t("import.rejected")} label={lineLabel} /> : null}

      {state.step === "ready" || state.step === "sending" || state.step === "failed" ? (
        <div className="import-ready">
          <p>{t("import.ready", { file: state.file.name })}</p>
          <button type="button" disabled={sending} onClick={() => submit(state.file)}>
            {sending ? t("import.submitting") : t("import.submit", { file: state.file.name })}
          </button>
        </div>
      ) : null}

      {state.step === "failed" ? <QueryError error={state.error} /> : null}

      {state.step === "done" ? (
        <p className="notice" role="status">
          {t("import.success", { inserted: state.inserted, updated: state.updated })}
        </p>
      ) : null}
    </section>
  );
}
