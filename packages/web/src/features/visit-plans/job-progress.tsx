import { useEffect, useState } from "react";
import { useMutation, useQuery, useSubscription } from "urql";
import { useI18n } from "../../app/i18n/i18n.tsx";
import { errorText, QueryError } from "../../app/query-state.tsx";
import type { VisitPlanJobFieldsFragment } from "../../gql/graphql.ts";
import { userErrorText } from "../../shared/user-errors.tsx";
import { CancelVisitPlanJobMutation, VisitPlanJobQuery, VisitPlanJobUpdatesSubscription } from "./visit-plan-operations.ts";

const finished = new Set(["SUCCEEDED", "FAILED", "CANCELLED"]);
const pollMilliseconds = 1000;

/**
 * A job's state as the subscription pushes it; when the subscription fails (no WebSocket on
 * the way), the job is polled instead.
 */
export function useVisitPlanJob(jobId: string): { job: VisitPlanJobFieldsFragment | null | undefined; error: Error | undefined } {
  const [{ data: pushed, error: pushError }] = useSubscription({ query: VisitPlanJobUpdatesSubscription, variables: { id: jobId } });
  const [{ data: polled, error: pollError }, refetch] = useQuery({ query: VisitPlanJobQuery, variables: { id: jobId }, requestPolicy: "network-only" });
  const job = pushed ? pushed.visitPlanJobUpdates : polled?.visitPlanJob;
  const polling = pushError !== undefined && !(job && finished.has(job.status));
  useEffect(() => {
    if (!polling) return;
    const timer = setInterval(() => refetch({ requestPolicy: "network-only" }), pollMilliseconds);
    return () => clearInterval(timer);
  }, [polling, refetch]);
  return { job: pushed || polled ? job : undefined, error: polled ? undefined : pollError };
}

/** Progress of a plan-generation job: a bar (share of the time budget), best cost, and cancel. */
export function JobProgress({ job, mayCancel }: { job: VisitPlanJobFieldsFragment; mayCancel: boolean }) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const [{ fetching: cancelling }, cancel] = useMutation(CancelVisitPlanJobMutation);
  const [cancelError, setCancelError] = useState<string | null>(null);
  const { progress } = job;
  const percent = `${Math.round(progress.fraction * 100)}%`;
  const running = !finished.has(job.status);

  const onCancel = async () => {
    setCancelError(null);
    const result = await cancel({ input: { jobId: job.id } });
    const errors = result.data?.cancelVisitPlanJob.userErrors ?? [];
    if (result.error) setCancelError(errorText(result.error));
    else if (errors.length > 0) setCancelError(errors.map((error) => userErrorText(i18n, error)).join("; "));
  };

  return (
    <section className="visit-job" aria-labelledby="visit-job-title">
      <h2 id="visit-job-title">
        {t("visitPlans.job.title")}: <span className={`visit-job-status visit-job-status-${job.status.toLowerCase()}`}>{t(`visitPlans.job.status.${job.status}`)}</span>
      </h2>
      <div className="visit-job-bar">
        <progress value={progress.fraction} max={1} aria-label={t("visitPlans.job.progress")} aria-valuetext={percent} />
        <span>{t("visitPlans.job.fraction", { percent, seconds: formatNumber(job.timeLimitSeconds, 1) })}</span>
      </div>
      <p className="visit-job-figures" aria-live="polite">
        {progress.bestCost === null || progress.bestCost === undefined ? t("visitPlans.job.noCost") : t("visitPlans.job.bestCost", { cost: formatNumber(progress.bestCost, 1) })}
        {" · "}
        {t("visitPlans.job.iterations", { count: progress.iterations })}
        {progress.bestCost === null || progress.bestCost === undefined ? null : <> · {t(progress.feasible ? "visitPlans.job.feasible" : "visitPlans.job.infeasible")}</>}
      </p>
      {job.status === "FAILED" ? <p role="alert">{t("visitPlans.job.failed", { message: job.error?.message ?? "" })}</p> : null}
      {job.status === "CANCELLED" ? <p role="status">{t("visitPlans.job.cancelled")}</p> : null}
      {running && mayCancel ? (
        <button type="button" onClick={() => void onCancel()} disabled={cancelling}>
          {t("visitPlans.job.cancel")}
        </button>
      ) : null}
      {cancelError ? <p role="alert">{cancelError}</p> : null}
    </section>
  );
}

/** Shown while the job has not answered yet or could not be read. */
export function JobUnavailable({ error }: { error: Error | undefined }) {
  const { t } = useI18n();
  return error ? <QueryError error={error} /> : <p role="status">{t("visitPlans.job.missing")}</p>;
}
