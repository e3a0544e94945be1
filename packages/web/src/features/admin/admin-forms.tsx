import { useState, type FormEvent, type ReactNode } from "react";
import type { AnyVariables, DocumentInput, OperationResult } from "urql";
import { useMutation } from "urql";
import { useI18n } from "../../app/i18n/i18n.tsx";
import { errorText } from "../../app/query-state.tsx";
import { UserErrorList, type UserErrorData } from "../../shared/user-errors.tsx";

/** What a submitted admin form shows: nothing yet, the server's problems, a failure, or success. */
export type FormOutcome = { kind: "idle" } | { kind: "problems"; errors: readonly UserErrorData[] } | { kind: "failed"; message: string } | { kind: "done" };

/** The outcome of a mutation whose payload carries userErrors. */
export function outcomeOf(result: OperationResult, payload: { userErrors: readonly UserErrorData[] } | null | undefined): FormOutcome {
  if (result.error) return { kind: "failed", message: errorText(result.error) };
  if (payload && payload.userErrors.length > 0) return { kind: "problems", errors: payload.userErrors };
  return { kind: "done" };
}

/** Shows an outcome under a form, announced to screen readers. */
export function OutcomeNotice({ outcome }: { outcome: FormOutcome }) {
  const { t } = useI18n();
  if (outcome.kind === "problems") return <UserErrorList errors={outcome.errors} title={t("admin.problems")} />;
  if (outcome.kind === "failed")
    return (
      <p className="status-error" role="alert">
        {outcome.message}
      </p>
    );
  if (outcome.kind === "done")
    return (
      <p className="notice" role="status">
        {t("admin.done")}
      </p>
    );
  return null;
}

/** A labelled form that runs one mutation and shows its outcome; `onDone` refreshes the lists. */
export function AdminForm<Data, Variables extends AnyVariables>({
  title,
  document,
  variables,
  payload,
  onDone,
  children,
}: {
  title: string;
  document: DocumentInput<Data, Variables>;
  variables: () => Variables;
  payload: (data: Data | undefined) => { userErrors: readonly UserErrorData[] } | null | undefined;
  onDone: (data: Data | undefined) => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const [{ fetching }, run] = useMutation(document);
  const [outcome, setOutcome] = useState<FormOutcome>({ kind: "idle" });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await run(variables());
    const next = outcomeOf(result, payload(result.data));
    setOutcome(next);
    if (next.kind === "done") onDone(result.data);
  }

  return (
    <form className="admin-form" onSubmit={submit} aria-label={title}>
      <h3>{title}</h3>
      {children}
      <button type="submit" disabled={fetching}>
        {fetching ? t("admin.saving") : t("admin.create")}
      </button>
      <OutcomeNotice outcome={outcome} />
    </form>
  );
}
