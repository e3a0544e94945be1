import { useState } from "react";
import { useMutation } from "urql";
import { useI18n } from "../../app/i18n/i18n.tsx";
import { errorText } from "../../app/query-state.tsx";
import type { VisitPlanQuery as VisitPlanQueryResult } from "../../gql/graphql.ts";
import { userErrorText } from "../../shared/user-errors.tsx";
import { dayKey, type MoveControls, type PickedStop } from "./plan-calendar.tsx";
import type { PlanDay } from "./plan-days.ts";
import { ActivateVisitPlanMutation, MoveVisitMutation } from "./visit-plan-operations.ts";

type Plan = NonNullable<VisitPlanQueryResult["visitPlan"]>;

/**
 * Moving a plan's stops between days with moveVisit: after a move the plan is read again; a
 * refusal (over the day's time, spacing) is kept for the target day, which shows it in place.
 */
export function useMoveControls(plan: Pick<Plan, "id" | "version">, onChanged: () => void): MoveControls {
  const i18n = useI18n();
  const [picked, setPicked] = useState<PickedStop | null>(null);
  const [refusal, setRefusal] = useState<MoveControls["refusal"]>(null);
  const [, moveVisit] = useMutation(MoveVisitMutation);
  return {
    picked,
    refusal,
    pick: (next) => {
      setRefusal(null);
      setPicked(next);
    },
    moveTo: (stop: PickedStop, day: PlanDay) => {
      setRefusal(null);
      if (stop.week === day.week && stop.weekday === day.weekday) return setPicked(null);
      void moveVisit({
        input: { planId: plan.id, expectedVersion: plan.version, customerId: stop.customerId, fromWeek: stop.week, fromWeekday: stop.weekday, toWeek: day.week, toWeekday: day.weekday },
      }).then((result) => {
        const errors = result.data?.moveVisit.userErrors ?? [];
        const problem = result.error ? errorText(result.error) : errors.length > 0 ? errors.map((error) => userErrorText(i18n, error)).join("; ") : null;
        if (problem !== null) {
          setRefusal({ key: dayKey(day), text: i18n.t("visitPlans.move.refused", { message: problem }) });
          return;
        }
        setPicked(null);
        onChanged();
      });
    },
  };
}

/** Activates a DRAFT plan (managers and admins) and says how many planned visits it wrote. */
export function ActivatePlan({ plan, onChanged }: { plan: Pick<Plan, "id" | "version" | "status">; onChanged: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [{ fetching }, activate] = useMutation(ActivateVisitPlanMutation);
  // One key per plan version: a double click or a retried request activates once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [outcome, setOutcome] = useState<{ kind: "ok" | "error"; text: string } | null>(null);

  const onActivate = async () => {
    setOutcome(null);
    const result = await activate({ input: { planId: plan.id, expectedVersion: plan.version, idempotencyKey: `${idempotencyKey}-${plan.version}` } });
    const payload = result.data?.activateVisitPlan;
    if (result.error || !payload?.plan || payload.userErrors.length > 0) {
      const message = result.error ? errorText(result.error) : (payload?.userErrors ?? []).map((error) => userErrorText(i18n, error)).join("; ");
      setOutcome({ kind: "error", text: t("visitPlans.activateFailed", { message }) });
      return;
    }
    setOutcome({ kind: "ok", text: t("visitPlans.activated", { count: payload.plannedVisitCount ?? 0 }) });
    onChanged();
  };

  return (
    <div className="visit-activate">
      {plan.status === "DRAFT" ? (
        <button type="button" onClick={() => void onActivate()} disabled={fetching}>
          {t("visitPlans.activate")}
        </button>
      ) : null}
      {outcome ? (
        <p role={outcome.kind === "error" ? "alert" : "status"} className={outcome.kind === "error" ? "status-error" : "notice"}>
          {outcome.text}
        </p>
      ) : null}
    </div>
  );
}

/** Why an infeasible plan does not fit, in the server's words, with the days over their time. */
export function PlanDiagnosis({ diagnosis, dayLabel }: { diagnosis: NonNullable<Plan["diagnosis"]>; dayLabel(day: { week: number; weekday: number; rep: { name: string } }): string }) {
  const { t, formatNumber } = useI18n();
  return (
    <section className="visit-diagnosis" aria-labelledby="visit-diagnosis-title">
      <h3 id="visit-diagnosis-title">{t("visitPlans.diagnosis.title")}</h3>
      <p>{diagnosis.summary}</p>
      {diagnosis.availableMinutes === null || diagnosis.availableMinutes === undefined ? null : (
        <p>{t("visitPlans.diagnosis.minutes", { required: formatNumber(diagnosis.requiredMinutes, 0), available: formatNumber(diagnosis.availableMinutes, 0) })}</p>
      )}
      <ul>
        {diagnosis.overloadedDays.map((day) => (
          <li key={`${day.week}-${day.weekday}-${day.rep?.id ?? ""}`}>{t("visitPlans.diagnosis.overloaded", { day: dayLabel({ ...day, rep: { name: day.rep?.name ?? "" } }), minutes: formatNumber(day.overMinutes, 0) })}</li>
        ))}
        {diagnosis.unplacedVisits.map((visit) => (
          <li key={`${visit.week}-${visit.weekday}-${visit.customer?.id ?? ""}`}>{t("visitPlans.diagnosis.unplaced", { customer: visit.customer?.code ?? "", day: dayLabel({ ...visit, rep: { name: "" } }) })}</li>
        ))}
        {diagnosis.suggestions.map((suggestion) => (
          <li key={suggestion}>{suggestion}</li>
        ))}
      </ul>
    </section>
  );
}
