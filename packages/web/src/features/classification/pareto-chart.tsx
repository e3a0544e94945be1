import { useI18n } from "../../app/i18n/i18n.tsx";

/** The classes a bar can be coloured by. */
export type ChartClass = "A" | "B" | "C" | "D";

/** One customer on the chart. */
export interface ParetoChartPoint {
  rank: number;
  code: string;
  name: string;
  volume: string;
  cumulativeShare: number;
  currentClass: ChartClass | null;
}

/** Consecutive customers of the tail drawn as one bar (all of one Pareto class). */
export interface ParetoChartBucket {
  firstRank: number;
  lastRank: number;
  customerCount: number;
  volume: string;
  cumulativeShare: number;
  paretoClass: ChartClass;
}

/** Where a class ends. */
export interface ParetoChartBoundary {
  class: ChartClass;
  cumulativeShare: number;
  lastRank: number | null;
}

/** Bar colours per class; the same as the class badges. */
export const classColours: Record<ChartClass | "none", string> = {
  A: "#0b6b3a",
  B: "#1d4ed8",
  C: "#b45309",
  D: "#6b7280",
  none: "#cbd2d9",
};

const width = 760;
const height = 280;
const margin = { top: 16, right: 48, bottom: 28, left: 64 };
const plotWidth = width - margin.left - margin.right;
const plotHeight = height - margin.top - margin.bottom;

function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

interface Bar {
  key: string;
  lastRank: number;
  /** Average monthly volume per customer of the bar. */
  height: number;
  cumulativeShare: number;
  colourClass: ChartClass | null;
  title: string;
}

/**
 * The chart managers draw by hand (DOMAIN.md §2), as plain SVG: one bar per customer by rank,
 * height = average monthly volume, coloured by the customer's class; the cumulative share as a
 * line on the right-hand 0–100% axis; dashed markers at the class boundaries (40% and 80% by default).
 * A large territory's tail comes in buckets of consecutive customers: one bar each, as tall as
 * their average and coloured by their Pareto class.
 */
export function ParetoChart({
  points,
  buckets = [],
  boundaries,
  customerCount = points.length,
}: {
  points: readonly ParetoChartPoint[];
  buckets?: readonly ParetoChartBucket[];
  boundaries: readonly ParetoChartBoundary[];
  customerCount?: number;
}) {
  const { t, formatNumber } = useI18n();
  // Average monthly volumes: grouped by the locale, one decimal is precise enough to read.
  const volume = (value: number | string) => formatNumber(value, 1);
  if (points.length === 0) return <p className="status-empty">{t("classification.chart.empty")}</p>;
  const bars: Bar[] = [
    ...points.map((point) => ({
      key: point.code,
      lastRank: point.rank,
      height: Number(point.volume),
      cumulativeShare: point.cumulativeShare,
      colourClass: point.currentClass,
      title: `#${point.rank} ${point.code} ${point.name}: ${volume(point.volume)} (${percent(point.cumulativeShare)})`,
    })),
    ...buckets.map((bucket) => ({
      key: `${bucket.firstRank}-${bucket.lastRank}`,
      lastRank: bucket.lastRank,
      height: Number(bucket.volume) / bucket.customerCount,
      cumulativeShare: bucket.cumulativeShare,
      colourClass: bucket.paretoClass,
      title: t("classification.chart.bucket", { first: bucket.firstRank, last: bucket.lastRank, count: bucket.customerCount, volume: volume(bucket.volume), percent: percent(bucket.cumulativeShare) }),
    })),
  ];
  const maxVolume = Math.max(...bars.map((bar) => bar.height), 0) || 1;
  const step = plotWidth / bars.length;
  const barWidth = Math.max(step * 0.8, 0.5);
  const x = (index: number) => margin.left + index * step;
  const yShare = (share: number) => margin.top + plotHeight * (1 - share);
  const line = bars.map((bar, index) => `${(x(index) + step / 2).toFixed(2)},${yShare(bar.cumulativeShare).toFixed(2)}`).join(" ");
  // A class ends at the right edge of the bar holding its last rank.
  const barEnd = new Map(bars.map((bar, index) => [bar.lastRank, index + 1]));
  // The last class always ends at 100%: only the inner boundaries are drawn.
  const markers = boundaries.filter((boundary) => boundary.cumulativeShare < 1);

  return (
    <figure className="pareto-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t("classification.chart.label", { count: customerCount })} width="100%">
        <line x1={margin.left} x2={margin.left + plotWidth} y1={margin.top + plotHeight} y2={margin.top + plotHeight} stroke="#52606d" />
        {bars.map((bar, index) => {
          const barHeight = (bar.height / maxVolume) * plotHeight;
          return (
            <rect
              key={bar.key}
              data-class={bar.colourClass ?? "none"}
              x={x(index) + (step - barWidth) / 2}
              y={margin.top + plotHeight - barHeight}
              width={barWidth}
              height={barHeight}
              fill={classColours[bar.colourClass ?? "none"]}
            >
              <title>{bar.title}</title>
            </rect>
          );
        })}
        {markers.map((boundary) => (
          <g key={boundary.class} className="pareto-marker">
            <line x1={margin.left} x2={margin.left + plotWidth} y1={yShare(boundary.cumulativeShare)} y2={yShare(boundary.cumulativeShare)} stroke="#1f2933" strokeDasharray="6 4" />
            {/* Labelled at the right end, where the tail's bars are low. */}
            <text x={margin.left + plotWidth - 4} y={yShare(boundary.cumulativeShare) - 4} fontSize="12" fill="#1f2933" textAnchor="end">
              {t("classification.chart.boundary", { class: boundary.class, percent: percent(boundary.cumulativeShare) })}
            </text>
            {boundary.lastRank !== null && barEnd.has(boundary.lastRank) ? (
              <line x1={x(barEnd.get(boundary.lastRank)!)} x2={x(barEnd.get(boundary.lastRank)!)} y1={margin.top} y2={margin.top + plotHeight} stroke="#9aa5b1" strokeDasharray="2 3" />
            ) : null}
          </g>
        ))}
        <polyline points={line} fill="none" stroke="#c81e1e" strokeWidth="2" className="pareto-cumulative" />
        <g className="volume-axis">
          <line x1={margin.left} x2={margin.left} y1={margin.top} y2={margin.top + plotHeight} stroke="#52606d" />
          {[0, 0.5, 1].map((fraction) => (
            <text key={fraction} x={margin.left - 6} y={margin.top + plotHeight * (1 - fraction) + 4} fontSize="11" fill="#52606d" textAnchor="end">
              {volume(maxVolume * fraction)}
            </text>
          ))}
          <text x={14} y={margin.top + plotHeight / 2} fontSize="11" fill="#52606d" textAnchor="middle" transform={`rotate(-90 14 ${margin.top + plotHeight / 2})`}>
            {t("classification.chart.volumeAxis")}
          </text>
        </g>
        {[0, 0.2, 0.4, 0.6, 0.8, 1].map((share) => (
          <text key={share} x={width - margin.right + 6} y={yShare(share) + 4} fontSize="11" fill="#52606d">
            {percent(share)}
          </text>
        ))}
      </svg>
      <figcaption className="chart-legend">
        {(["A", "B", "C", "D"] as const).map((customerClass) => (
          <span key={customerClass} className="legend-item">
            <span className="legend-swatch" style={{ background: classColours[customerClass] }} /> {customerClass}
          </span>
        ))}
        <span className="legend-item">
          <span className="legend-swatch" style={{ background: classColours.none }} /> {t("classification.chart.unclassified")}
        </span>
        <span className="legend-item">
          <span className="legend-line" /> {t("classification.chart.cumulative")}
        </span>
      </figcaption>
    </figure>
  );
}
