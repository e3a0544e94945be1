import { useState } from "react";
import { useI18n } from "../../app/i18n/i18n.tsx";

/** One week of the chart: the target due by its end and the actual to date (null when not recorded). */
export interface ChartWeek {
  week: number;
  target: number;
  actual: number | null;
}

/** Tracking data of a plan as the detail query returns it. */
export interface TrackingData {
  targetAmount: string;
  storeTargets: readonly { storeCode: string; amount: string }[];
  tracking: readonly { week: number; targetAmountToDate: string; actualAmountToDate?: string | null }[];
  progress: readonly { week: number; stores: readonly { storeCode: string; actualAmount: string }[] }[];
}

/**
 * The chart series for the whole customer or one store. A store's target line is its share of
 * the month's target spread like the total (the API's target-to-date is linear in the days).
 */
export function chartWeeks(data: TrackingData, storeCode: string | null): ChartWeek[] {
  const total = Number(data.targetAmount) || 0;
  const storeTarget = storeCode === null ? total : Number(data.storeTargets.find((line) => line.storeCode === storeCode)?.amount ?? 0);
  return data.tracking.map((week) => {
    const share = total === 0 ? 0 : Number(week.targetAmountToDate) / total;
    const entry = data.progress.find((progress) => progress.week === week.week);
    const actual = storeCode === null ? (week.actualAmountToDate == null ? null : Number(week.actualAmountToDate)) : entry ? Number(entry.stores.find((line) => line.storeCode === storeCode)?.actualAmount ?? 0) : null;
    return { week: week.week, target: storeTarget * share, actual };
  });
}

const width = 640;
const height = 260;
const margin = { top: 16, right: 16, bottom: 36, left: 72 };

/** Target line against cumulative actual per plan week, for the customer or one of its stores (plain SVG). */
export function TrackingChart({ data }: { data: TrackingData }) {
  const { t, formatAmount } = useI18n();
  const [storeCode, setStoreCode] = useState<string | null>(null);
  const weeks = chartWeeks(data, storeCode);
  const maximum = Math.max(1, ...weeks.map((week) => week.target), ...weeks.map((week) => week.actual ?? 0));
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const x = (week: number) => margin.left + (plotWidth * week) / Math.max(1, weeks.length);
  const y = (value: number) => margin.top + plotHeight - (plotHeight * value) / maximum;
  const targetPoints = [`${x(0)},${y(0)}`, ...weeks.map((week) => `${x(week.week)},${y(week.target)}`)].join(" ");
  const recorded = weeks.filter((week) => week.actual !== null);
  const actualPoints = [`${x(0)},${y(0)}`, ...recorded.map((week) => `${x(week.week)},${y(week.actual ?? 0)}`)].join(" ");
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((share) => share * maximum);

  return (
    <div className="tracking">
      <label className="month-picker">
        {t("plans.tracking.store")}{" "}
        <select value={storeCode ?? ""} onChange={(event) => setStoreCode(event.target.value || null)}>
          <option value="">{t("plans.tracking.allStores")}</option>
          {data.storeTargets.map((line) => (
            <option key={line.storeCode} value={line.storeCode}>
              {line.storeCode}
            </option>
          ))}
        </select>
      </label>
      <svg className="tracking-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t("plans.tracking.chartLabel")}>
        {ticks.map((value) => (
          <g key={value} className="tick">
            <line x1={margin.left} x2={width - margin.right} y1={y(value)} y2={y(value)} />
            <text x={margin.left - 6} y={y(value) + 4} textAnchor="end">
              {formatAmount(value)}
            </text>
          </g>
        ))}
        <line className="axis" x1={margin.left} x2={width - margin.right} y1={y(0)} y2={y(0)} />
        {weeks.map((week) => (
          <text key={week.week} x={x(week.week)} y={height - margin.bottom + 16} textAnchor="middle">
            {t("plans.tracking.weekShort", { week: week.week })}
          </text>
        ))}
        <polyline className="target-line" points={targetPoints} fill="none" />
        <polyline className="actual-line" points={actualPoints} fill="none" />
        {recorded.map((week) => (
          <circle key={week.week} className="actual-point" cx={x(week.week)} cy={y(week.actual ?? 0)} r={4}>
            <title>{`${t("plans.tracking.weekShort", { week: week.week })}: ${formatAmount(week.actual ?? 0)} / ${formatAmount(week.target)}`}</title>
          </circle>
        ))}
      </svg>
      <p className="chart-legend">
        <span className="legend-target">{t("plans.tracking.target")}</span> <span className="legend-actual">{t("plans.tracking.actual")}</span>
      </p>
    </div>
  );
}
