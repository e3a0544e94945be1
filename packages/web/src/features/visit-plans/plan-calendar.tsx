import { useI18n } from "../../app/i18n/i18n.tsx";
import { Link } from "../../app/router.tsx";
import { ClassBadge } from "../customers/class-badge.tsx";
import { LoadBar } from "./load-bar.tsx";
import { planCalendar, type PlanDay } from "./plan-days.ts";

/** The label of a rep's day, e.g. "Wed, week 2 (Rep Demo)". */
export function useDayLabel(): (day: Pick<PlanDay, "week" | "weekday" | "rep">) => string {
  const { t } = useI18n();
  return (day) => t("visitPlans.day", { weekday: t(`visitPlans.weekday.${day.weekday}` as "visitPlans.weekday.1"), week: day.week, rep: day.rep.name });
}

/**
 * The cycle as a calendar like the domain brief's worked example B: weekday rows × week
 * columns, each cell one rep's day with its stops in route order (class badges) and its load.
 */
export function PlanCalendar({ planId, days, cycleWeeks, repId, onShowMap }: { planId: string; days: readonly PlanDay[]; cycleWeeks: number; repId: string | null; onShowMap(day: PlanDay): void }) {
  const { t } = useI18n();
  const dayLabel = useDayLabel();
  const calendar = planCalendar(days, cycleWeeks, repId);
  const showRep = repId === null && new Set(days.map((day) => day.rep.id)).size > 1;
  return (
    <div className="visit-calendar-scroll">
      <table className="visit-calendar">
        <caption>{t("visitPlans.calendar.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("visitPlans.calendar.weekday")}</th>
            {calendar.weeks.map((week) => (
              <th scope="col" key={week}>
                {t("visitPlans.calendar.week", { week })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {calendar.weekdays.map((weekday) => (
            <tr key={weekday} data-weekday={weekday}>
              <th scope="row">{t(`visitPlans.weekday.${weekday}` as "visitPlans.weekday.1")}</th>
              {calendar.weeks.map((week) => (
                <td key={week} data-week={week} data-weekday={weekday}>
                  {calendar.cell(week, weekday).map((day) => (
                    <div className="visit-day" key={day.rep.id} data-rep={day.rep.id}>
                      {showRep ? <div className="visit-day-rep">{day.rep.name}</div> : null}
                      {day.stops.length === 0 ? (
                        <p className="visit-day-empty">{t("visitPlans.calendar.noVisits")}</p>
                      ) : (
                        <ol className="visit-stops" aria-label={dayLabel(day)}>
                          {day.stops.map((stop) => (
                            <li key={stop.sequence} data-customer={stop.customer.code} title={t("visitPlans.calendar.stop", { sequence: stop.sequence, code: stop.customer.code, name: stop.customer.name, class: stop.customer.class ?? "–" })}>
                              <ClassBadge value={stop.customer.class} /> <span className="visit-stop-code">{stop.customer.code}</span>
                            </li>
                          ))}
                        </ol>
                      )}
                      <LoadBar day={day} />
                      <div className="visit-day-actions">
                        <button type="button" onClick={() => onShowMap(day)} aria-label={t("visitPlans.calendar.showMapOf", { day: dayLabel(day) })}>
                          {t("visitPlans.calendar.showMap")}
                        </button>
                        <Link
                          to={{ name: "routeSheet", params: { plan: planId, rep: day.rep.id, week: String(day.week), day: String(day.weekday) } }}
                          aria-label={t("visitPlans.calendar.sheetOf", { day: dayLabel(day) })}
                        >
                          {t("visitPlans.calendar.sheet")}
                        </Link>
                      </div>
                    </div>
                  ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
