import { useI18n } from "../../app/i18n/i18n.tsx";
import { Link } from "../../app/router.tsx";
import { ClassBadge } from "../customers/class-badge.tsx";
import { LoadBar } from "./load-bar.tsx";
import { planCalendar, type PlanDay, type PlanStop } from "./plan-days.ts";

/** A stop picked up to move, by drag or with its Move button. */
export interface PickedStop {
  customerId: string;
  code: string;
  week: number;
  weekday: number;
  repId: string;
}

/** Moving stops between days: what is picked, where the last move was refused, and the actions. */
export interface MoveControls {
  picked: PickedStop | null;
  /** The refused target day (`week-weekday-repId`) and why. */
  refusal: { key: string; text: string } | null;
  pick(picked: PickedStop | null): void;
  moveTo(picked: PickedStop, day: PlanDay): void;
}

const dragType = "application/x-beatplan-stop";

/** The key of a rep's day, as refusals name it. */
export function dayKey(day: Pick<PlanDay, "week" | "weekday"> & { rep: { id: string } }): string {
  return `${day.week}-${day.weekday}-${day.rep.id}`;
}

function pickedOf(stop: PlanStop, day: PlanDay): PickedStop {
  return { customerId: stop.customer.id, code: stop.customer.code, week: day.week, weekday: day.weekday, repId: day.rep.id };
}

/** The label of a rep's day, e.g. "Wed, week 2 (Rep Demo)". */
export function useDayLabel(): (day: Pick<PlanDay, "week" | "weekday" | "rep">) => string {
  const { t } = useI18n();
  return (day) => t("visitPlans.day", { weekday: t(`visitPlans.weekday.${day.weekday}` as "visitPlans.weekday.1"), week: day.week, rep: day.rep.name });
}

/**
 * The cycle as a calendar like the domain brief's worked example B: weekday rows × week
 * columns, each cell one rep's day with its stops in route order (class badges) and its load.
 */
export function PlanCalendar({
  planId,
  days,
  cycleWeeks,
  repId,
  onShowMap,
  move,
}: {
  planId: string;
  days: readonly PlanDay[];
  cycleWeeks: number;
  repId: string | null;
  onShowMap(day: PlanDay): void;
  /** Absent: the plan is read-only for the viewer. */
  move?: MoveControls;
}) {
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
                    <div
                      className="visit-day"
                      key={day.rep.id}
                      data-rep={day.rep.id}
                      onDragOver={move ? (event) => event.preventDefault() : undefined}
                      onDrop={
                        move
                          ? (event) => {
                              event.preventDefault();
                              const data = event.dataTransfer.getData(dragType);
                              if (data) move.moveTo(JSON.parse(data) as PickedStop, day);
                            }
                          : undefined
                      }
                    >
                      {showRep ? <div className="visit-day-rep">{day.rep.name}</div> : null}
                      {day.stops.length === 0 ? (
                        <p className="visit-day-empty">{t("visitPlans.calendar.noVisits")}</p>
                      ) : (
                        <ol className="visit-stops" aria-label={dayLabel(day)}>
                          {day.stops.map((stop) => (
                            <li
                              key={stop.sequence}
                              data-customer={stop.customer.code}
                              title={t("visitPlans.calendar.stop", { sequence: stop.sequence, code: stop.customer.code, name: stop.customer.name, class: stop.customer.class ?? "–" })}
                              draggable={move ? true : undefined}
                              onDragStart={
                                move
                                  ? (event) => {
                                      event.dataTransfer.setData(dragType, JSON.stringify(pickedOf(stop, day)));
                                      event.dataTransfer.effectAllowed = "move";
                                    }
                                  : undefined
                              }
                            >
                              <ClassBadge value={stop.customer.class} />{" "}
                              {move ? (
                                <button
                                  type="button"
                                  className="visit-stop-code visit-stop-pick"
                                  aria-pressed={move.picked?.customerId === stop.customer.id && move.picked.week === day.week && move.picked.weekday === day.weekday}
                                  aria-label={t("visitPlans.move.pickLabel", { code: stop.customer.code, day: dayLabel(day) })}
                                  onClick={() => move.pick(pickedOf(stop, day))}
                                >
                                  {stop.customer.code}
                                </button>
                              ) : (
                                <span className="visit-stop-code">{stop.customer.code}</span>
                              )}
                              {stop.locked ? (
                                <span className="visit-stop-locked" title={t("visitPlans.move.locked")} aria-label={t("visitPlans.move.locked")}>
                                  ◆
                                </span>
                              ) : null}
                            </li>
                          ))}
                        </ol>
                      )}
                      <LoadBar day={day} />
                      {move?.picked && move.picked.repId === day.rep.id ? (
                        move.picked.week === day.week && move.picked.weekday === day.weekday ? (
                          <button type="button" className="visit-move-target" onClick={() => move.pick(null)}>
                            {t("visitPlans.move.cancel", { code: move.picked.code })}
                          </button>
                        ) : (
                          <button type="button" className="visit-move-target" onClick={() => move.moveTo(move.picked!, day)}>
                            {t("visitPlans.move.here", { code: move.picked.code })}
                          </button>
                        )
                      ) : null}
                      {move?.refusal?.key === dayKey(day) ? (
                        <p role="alert" className="visit-move-refusal">
                          {move.refusal.text}
                        </p>
                      ) : null}
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
