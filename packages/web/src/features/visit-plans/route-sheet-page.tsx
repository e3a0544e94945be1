import { useQuery } from "urql";
import { useI18n } from "../../app/i18n/i18n.tsx";
import { Loading, QueryError } from "../../app/query-state.tsx";
import { Link, type RouteSheetParams } from "../../app/router.tsx";
import { dayDate, minutesText, type PlanDay } from "./plan-days.ts";
import { VisitPlanQuery } from "./visit-plan-operations.ts";
import "./visit-plans.css";

/** A print-friendly route sheet of one rep's day: the stops in order with times, and room for notes. */
export function RouteSheetPage({ params }: { params: RouteSheetParams }) {
  const { t, formatNumber } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: VisitPlanQuery, variables: { id: params.plan } });
  if (fetching && !data) return <Loading />;
  if (error) return <QueryError error={error} />;
  const plan = data?.visitPlan;
  const day = (plan?.days as PlanDay[] | undefined)?.find((candidate) => candidate.rep.id === params.rep && String(candidate.week) === params.week && String(candidate.weekday) === params.day);
  const back = (
    <Link to={{ name: "visitPlans", params: { plan: params.plan } }} className="no-print">
      {t("visitPlans.sheet.back")}
    </Link>
  );
  if (!plan || !day) {
    return (
      <section>
        <p role="status">{t(plan ? "visitPlans.sheet.missing" : "visitPlans.plan.missing")}</p>
        {back}
      </section>
    );
  }
  return (
    <section className="route-sheet">
      {back}{" "}
      <button type="button" className="no-print" onClick={() => window.print()}>
        {t("visitPlans.sheet.print")}
      </button>
      <h1>{t("visitPlans.sheet.title", { rep: day.rep.name, weekday: t(`visitPlans.weekday.${day.weekday}` as "visitPlans.weekday.1"), date: dayDate(plan.startsOn, day.week, day.weekday) })}</h1>
      <p>{t("visitPlans.sheet.totals", { work: formatNumber(day.workMinutes, 0), available: formatNumber(day.availableMinutes, 0), travel: formatNumber(day.travelMinutes, 0) })}</p>
      <table className="route-sheet-table">
        <thead>
          <tr>
            <th scope="col">{t("visitPlans.sheet.sequence")}</th>
            <th scope="col">{t("visitPlans.sheet.customer")}</th>
            <th scope="col">{t("visitPlans.sheet.class")}</th>
            <th scope="col">{t("visitPlans.sheet.arrival")}</th>
            <th scope="col">{t("visitPlans.sheet.departure")}</th>
            <th scope="col">{t("visitPlans.sheet.travel")}</th>
            <th scope="col">{t("visitPlans.sheet.notes")}</th>
          </tr>
        </thead>
        <tbody>
          {day.stops.map((stop) => (
            <tr key={stop.sequence}>
              <td>{stop.sequence}</td>
              <td>
                {stop.customer.code} {stop.customer.name}
              </td>
              <td>{stop.customer.class ?? "–"}</td>
              <td>{minutesText(stop.arrival)}</td>
              <td>{minutesText(stop.departure)}</td>
              <td>{formatNumber(stop.travelMinutes, 0)}</td>
              <td className="route-sheet-notes" />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
