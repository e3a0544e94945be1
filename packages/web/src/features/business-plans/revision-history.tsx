import { useState } from "react";
import { useQuery } from "urql";
import { useI18n, type I18n, type MessageKey } from "../../app/i18n/i18n.tsx";
import { Loading, QueryError } from "../../app/query-state.tsx";
import type { BusinessPlanAction, BusinessPlanStatus } from "../../gql/graphql.ts";
import { RevisionDiffQuery } from "./plan-operations.ts";
import { StatusChip } from "./plan-widgets.tsx";
import { diffFieldLabel, diffValue } from "./revision-diff-format.ts";

/** A step of the plan's history as the detail query returns it. */
export interface TimelineEvent {
  action: BusinessPlanAction;
  fromStatus?: BusinessPlanStatus | null;
  toStatus: BusinessPlanStatus;
  revisionNumber: number;
  note?: string | null;
  /** The figures of a progress step; its note is worded from them in the reader's language. */
  progress?: { week: number; amount: string; volume: string; correctionReason?: string | null } | null;
  createdAt: string;
  actor?: { name: string } | null;
}

/** The plan's history: every step, who took it and when, with the revision it concerned. */
export function RevisionTimeline({ events }: { events: readonly TimelineEvent[] }) {
  const i18n = useI18n();
  const { t, formatDateTime } = i18n;
  return (
    <ol className="timeline">
      {events.map((event, index) => (
        <li key={index} className={`timeline-item timeline-${event.action.toLowerCase()}`}>
          <span className="timeline-when">{formatDateTime(event.createdAt)}</span>{" "}
          <strong>{t(`plans.action.${event.action}` as MessageKey)}</strong>{" "}
          <span className="timeline-revision">{t("plans.revisionNumber", { number: event.revisionNumber })}</span> <StatusChip status={event.toStatus} />{" "}
          <span className="timeline-actor">{event.actor?.name ?? t("common.none")}</span>
          {event.progress ? <q className="timeline-note">{progressNote(i18n, event.progress)}</q> : event.note ? <q className="timeline-note">{event.note}</q> : null}
        </li>
      ))}
    </ol>
  );
}

/** "Week 1: amount to date 30,000.00, volume to date 30" in the reader's language, from the recorded figures. */
function progressNote({ t, formatAmount, formatNumber }: I18n, progress: NonNullable<TimelineEvent["progress"]>): string {
  const figures = { week: progress.week, amount: formatAmount(progress.amount), volume: formatNumber(progress.volume, 3) };
  return progress.correctionReason ? t("plans.tracking.correctionNote", { ...figures, reason: progress.correctionReason }) : t("plans.tracking.note", figures);
}

/** Side-by-side comparison of two revisions: only the fields that differ, earlier on the left. */
export function RevisionDiff({ planId, revisionCount }: { planId: string; revisionCount: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [from, setFrom] = useState(Math.max(1, revisionCount - 1));
  const [to, setTo] = useState(revisionCount);
  const [{ data, fetching, error }] = useQuery({ query: RevisionDiffQuery, variables: { id: planId, from, to }, pause: revisionCount < 2 });
  if (revisionCount < 2) return <p className="status-empty">{t("plans.diff.single")}</p>;
  const numbers = Array.from({ length: revisionCount }, (_, index) => index + 1);
  const changes = data?.businessPlan?.revisionDiff ?? [];
  return (
    <div className="revision-diff">
      <div className="diff-pickers">
        <label>
          {t("plans.diff.from")}{" "}
          <select value={from} onChange={(event) => setFrom(Number(event.target.value))}>
            {numbers.map((number) => (
              <option key={number} value={number}>
                {t("plans.revisionNumber", { number })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("plans.diff.to")}{" "}
          <select value={to} onChange={(event) => setTo(Number(event.target.value))}>
            {numbers.map((number) => (
              <option key={number} value={number}>
                {t("plans.revisionNumber", { number })}
              </option>
            ))}
          </select>
        </label>
      </div>
      {fetching && !data ? <Loading /> : null}
      {error ? <QueryError error={error} /> : null}
      {data && changes.length === 0 ? <p className="status-empty">{t("plans.diff.none")}</p> : null}
      {changes.length > 0 ? (
        <table className="diff-table">
          <thead>
            <tr>
              <th scope="col">{t("plans.diff.field")}</th>
              <th scope="col">{t("plans.revisionNumber", { number: from })}</th>
              <th scope="col">{t("plans.revisionNumber", { number: to })}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.field} className={`diff-${change.kind.toLowerCase()}`}>
                <th scope="row" title={change.field}>
                  {diffFieldLabel(t, change.field)}
                </th>
                <td className="diff-before numeric">{diffValue(i18n, change.field, change.before)}</td>
                <td className="diff-after numeric">{diffValue(i18n, change.field, change.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
