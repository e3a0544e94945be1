import { useMemo, useState } from "react";
import { useQuery } from "urql";
import { useI18n } from "../../app/i18n/i18n.tsx";
import { Loading, QueryError } from "../../app/query-state.tsx";
import { ClassBadge } from "../customers/class-badge.tsx";
import { useSession } from "../../app/session.tsx";
import { PlanCalendar, useDayLabel } from "./plan-calendar.tsx";
import { ActivatePlan, PlanDiagnosis, useMoveControls } from "./plan-changes.tsx";
import { planCsv, planReps, visitCounts, type PlanDay } from "./plan-days.ts";
import { RouteMap } from "./route-map.tsx";
import { VisitPlanQuery } from "./visit-plan-operations.ts";

type MapChoice = { kind: "day"; week: number; weekday: number; repId: string } | { kind: "rep"; repId: string };

function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/** A stored plan: summary, the cycle calendar, visits per customer, CSV export and the route map. */
export function PlanView({ planId, territory }: { planId: string; territory?: string | undefined }) {
  const { t, formatNumber } = useI18n();
  const dayLabel = useDayLabel();
  const { session } = useSession();
  const mayPlan = session?.user.role === "ADMIN" || session?.user.role === "MANAGER";
  const [{ data, fetching, error }, refetch] = useQuery({ query: VisitPlanQuery, variables: { id: planId } });
  const reload = () => refetch({ requestPolicy: "network-only" });
  const move = useMoveControls({ id: data?.visitPlan?.id ?? planId, version: data?.visitPlan?.version ?? 0 }, reload);
  const [repId, setRepId] = useState<string | null>(null);
  const [mapChoice, setMapChoice] = useState<MapChoice | null>(null);
  const plan = data?.visitPlan;
  const days: PlanDay[] = useMemo(() => (plan?.days ?? []) as PlanDay[], [plan]);
  const reps = useMemo(() => planReps(days), [days]);
  const counts = useMemo(() => visitCounts(days), [days]);
  const customers = useMemo(() => {
    const byCode = new Map<string, PlanDay["stops"][number]["customer"]>();
    for (const day of days) for (const stop of day.stops) byCode.set(stop.customer.code, stop.customer);
    return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
  }, [days]);
  const mapDays = useMemo(() => {
    if (!mapChoice) return [];
    return days.filter((day) => day.rep.id === mapChoice.repId && (mapChoice.kind === "rep" || (day.week === mapChoice.week && day.weekday === mapChoice.weekday)));
  }, [days, mapChoice]);

  if (fetching && !data) return <Loading />;
  if (error) return <QueryError error={error} onRetry={reload} />;
  if (!plan) return <p role="status">{t("visitPlans.plan.missing")}</p>;
  const visits = days.reduce((sum, day) => sum + day.stops.length, 0);
  const mapStart = mapDays[0]?.rep.workProfile?.startLocation ?? null;
  const mapLabel = mapChoice?.kind === "day" && mapDays[0] ? dayLabel(mapDays[0]) : t("visitPlans.map.repDays", { rep: reps.find((rep) => rep.id === mapChoice?.repId)?.name ?? "" });

  return (
    <section className="visit-plan" aria-labelledby="visit-plan-title">
      <h2 id="visit-plan-title">
        {t("visitPlans.plan.title", { weeks: plan.cycleWeeks, startsOn: plan.startsOn })} <span className="visit-plan-status">{t(`visitPlans.plan.status.${plan.status}`)}</span>
      </h2>
      <p className={plan.feasible ? "visit-plan-feasible" : "visit-plan-infeasible"}>{t(plan.feasible ? "visitPlans.plan.feasible" : "visitPlans.plan.infeasible")}</p>
      <p>{t("visitPlans.plan.summary", { visits, travel: formatNumber(plan.totalTravelMinutes, 0) })}</p>
      {plan.movedVisits === null || plan.movedVisits === undefined ? null : <p className="visit-plan-moved">{t("visitPlans.moved", { count: plan.movedVisits })}</p>}
      {plan.diagnosis ? <PlanDiagnosis diagnosis={plan.diagnosis} dayLabel={dayLabel} /> : null}
      {mayPlan ? <ActivatePlan plan={plan} onChanged={reload} /> : null}
      <div className="visit-plan-toolbar">
        {reps.length > 1 ? (
          <label>
            {t("visitPlans.calendar.rep")}{" "}
            <select value={repId ?? ""} onChange={(event) => setRepId(event.target.value === "" ? null : event.target.value)}>
              <option value="">{t("visitPlans.calendar.allReps")}</option>
              {reps.map((rep) => (
                <option key={rep.id} value={rep.id}>
                  {rep.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {reps.map((rep) => (repId === null || repId === rep.id ? (
          <button key={rep.id} type="button" onClick={() => setMapChoice({ kind: "rep", repId: rep.id })}>
            {t("visitPlans.map.showRep")}{reps.length > 1 ? ` (${rep.name})` : ""}
          </button>
        ) : null))}
        <button type="button" onClick={() => downloadCsv(`visit-plan-${territory ?? "plan"}-${plan.startsOn}.csv`, planCsv(plan.startsOn, days))}>
          {t("visitPlans.export.csv")}
        </button>
      </div>
      <PlanCalendar planId={plan.id} days={days} cycleWeeks={plan.cycleWeeks} repId={repId} onShowMap={(day) => setMapChoice({ kind: "day", week: day.week, weekday: day.weekday, repId: day.rep.id })}
        {...(mayPlan && plan.status !== "SUPERSEDED" ? { move } : {})}
      />
      {mapChoice ? (
        <section className="visit-map" aria-labelledby="visit-map-title">
          <h3 id="visit-map-title">
            {t("visitPlans.map.title")}: {mapLabel}
          </h3>
          <button type="button" onClick={() => setMapChoice(null)}>
            {t("visitPlans.map.close")}
          </button>
          <RouteMap days={mapDays} start={mapStart} label={mapLabel} />
        </section>
      ) : null}
      <table className="visit-counts">
        <caption>{t("visitPlans.counts.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("visitPlans.counts.customer")}</th>
            <th scope="col">{t("visitPlans.counts.class")}</th>
            <th scope="col">{t("visitPlans.counts.visits")}</th>
          </tr>
        </thead>
        <tbody>
          {customers.map((customer) => (
            <tr key={customer.code} data-customer={customer.code}>
              <td>
                {customer.code} {customer.name}
              </td>
              <td>
                <ClassBadge value={customer.class} />
              </td>
              <td>{counts.get(customer.code) ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
