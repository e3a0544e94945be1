import { useI18n } from "../../app/i18n/i18n.tsx";
import { isOverCapacity, type PlanDay } from "./plan-days.ts";

/** A day's work (visits, travel, fixed time) against its working time; red when over. */
export function LoadBar({ day }: { day: Pick<PlanDay, "workMinutes" | "availableMinutes"> }) {
  const { t, formatNumber } = useI18n();
  const over = isOverCapacity(day);
  const share = day.availableMinutes > 0 ? Math.min(1, day.workMinutes / day.availableMinutes) : 1;
  const label = `${t("visitPlans.load.label", { work: formatNumber(day.workMinutes, 0), available: formatNumber(day.availableMinutes, 0) })}${over ? `, ${t("visitPlans.load.over", { minutes: formatNumber(day.workMinutes - day.availableMinutes, 0) })}` : ""}`;
  return (
    <div className={`load-bar${over ? " load-bar-over" : ""}`} role="img" aria-label={label} title={label} data-over={over ? "true" : "false"}>
      <div className="load-bar-fill" style={{ width: `${Math.round(share * 100)}%` }} />
      <span className="load-bar-text">{label}</span>
    </div>
  );
}
