import { useId, useState } from "react";
import { useQuery } from "urql";
import { useI18n } from "../../app/i18n/i18n.tsx";
import { Loading, QueryError } from "../../app/query-state.tsx";
import { graphql } from "../../gql/index.ts";
import { isMonth, monthIn, monthsBetween, shiftMonth } from "@beatplan/domain";

/** A customer's monthly sales for a range of months. */
export const CustomerSalesQuery = graphql(`
  query CustomerSales($id: ID!, $from: Month!, $to: Month!) {
    node(id: $id) {
      __typename
      id
      ... on Customer {
        monthlySales(from: $from, to: $to) {
          month
          volume
          amount
          ourShare
        }
      }
    }
  }
`);

/** Months shown in the chart. */
export const chartMonths = 12;

/** One bar of the chart; a month without a record has null values. */
export interface SalesBar {
  month: string;
  amount: number | null;
  volume: number | null;
}

const width = 720;
const height = 280;
const margin = { top: 16, right: 16, bottom: 56, left: 80 };

/** The smallest 1, 2, 2.5 or 5 × 10^k that is at least `value`, so ticks read well. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * magnitude >= value) ?? 10;
  return step * magnitude;
}

/** A plain SVG bar chart of sales amounts, one bar per month. */
export function SalesBarChart({ bars, title, description }: { bars: readonly SalesBar[]; title: string; description: string }) {
  const { t, formatNumber, formatAmount } = useI18n();
  const titleId = useId();
  const descriptionId = useId();
  const maximum = niceCeiling(Math.max(0, ...bars.map((bar) => bar.amount ?? 0)));
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const slot = plotWidth / Math.max(bars.length, 1);
  const y = (amount: number) => margin.top + plotHeight - (amount / maximum) * plotHeight;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((fraction) => fraction * maximum);

  return (
    <svg
      className="sales-chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${titleId} ${descriptionId}`}
    >
      <title id={titleId}>{title}</title>
      <desc id={descriptionId}>{description}</desc>
      {ticks.map((tick) => (
        <g key={tick} className="tick">
          <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} />
          <text x={margin.left - 8} y={y(tick)} textAnchor="end" dominantBaseline="middle">
            {formatNumber(tick, 0)}
          </text>
        </g>
      ))}
      {bars.map((bar, index) => {
        const x = margin.left + index * slot;
        return (
          <g key={bar.month} className="bar">
            {bar.amount !== null ? (
              <rect x={x + slot * 0.15} width={slot * 0.7} y={y(bar.amount)} height={plotHeight - (y(bar.amount) - margin.top)}>
                <title>
                  {t("sales.barLabel", {
                    month: bar.month,
                    amount: formatAmount(bar.amount),
                    volume: formatNumber(bar.volume ?? 0, 3),
                  })}
                </title>
              </rect>
            ) : null}
            <text x={x + slot / 2} y={height - margin.bottom + 16} textAnchor="middle" className="month-label">
              {/* The year is only repeated where it changes, to keep the axis readable. */}
              {index === 0 || bar.month.endsWith("-01") ? bar.month : bar.month.slice(5)}
            </text>
          </g>
        );
      })}
      <line className="axis" x1={margin.left} x2={width - margin.right} y1={y(0)} y2={y(0)} />
      <line className="axis" x1={margin.left} x2={margin.left} y1={margin.top} y2={y(0)} />
      <text className="axis-label" x={margin.left + plotWidth / 2} y={height - 8} textAnchor="middle">
        {t("sales.xAxis")}
      </text>
      <text
        className="axis-label"
        transform={`translate(16 ${margin.top + plotHeight / 2}) rotate(-90)`}
        textAnchor="middle"
        dominantBaseline="middle"
      >
        {t("sales.yAxis")}
      </text>
    </svg>
  );
}

/** The 12 complete months of a customer's sales before today, with a picker for the last month. */
export function CustomerSalesChart({ customerId, customerName, today = new Date() }: { customerId: string; customerName: string; today?: Date }) {
  const { t, formatNumber, formatAmount } = useI18n();
  // The running month is still incomplete; a chart ending there would always dip.
  const [to, setTo] = useState(() => shiftMonth(monthIn(today, undefined), -1));
  const from = shiftMonth(to, -(chartMonths - 1));
  const [{ data, fetching, error }, refetch] = useQuery({ query: CustomerSalesQuery, variables: { id: customerId, from, to } });

  let body;
  if (fetching && !data) body = <Loading />;
  else if (error) body = <QueryError error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  else {
    const sales = data?.node?.__typename === "Customer" ? data.node.monthlySales : [];
    const byMonth = new Map(sales.map((record) => [record.month, record]));
    const bars = monthsBetween(from, to).map((month): SalesBar => {
      const record = byMonth.get(month);
      return { month, amount: record ? Number(record.amount) : null, volume: record ? Number(record.volume) : null };
    });
    const totalAmount = sales.reduce((sum, record) => sum + Number(record.amount), 0);
    const totalVolume = sales.reduce((sum, record) => sum + Number(record.volume), 0);
    const total = t("sales.total", { amount: formatAmount(totalAmount), volume: formatNumber(totalVolume, 3) });
    body =
      sales.length === 0 ? (
        <p className="status-empty">{t("sales.noData", { from, to })}</p>
      ) : (
        <>
          <SalesBarChart
            bars={bars}
            title={t("sales.chartTitle", { name: customerName, from, to })}
            description={`${t("sales.chartDescription")} ${total}`}
          />
          <p className="sales-total">{total}</p>
        </>
      );
  }

  return (
    <section className="detail-section" aria-labelledby="section-sales">
      <h2 id="section-sales">{t("sales.title")}</h2>
      <label className="month-picker">
        {t("sales.endMonth")}{" "}
        <input
          type="month"
          value={to}
          onChange={(event) => {
            // Browsers emit "" while the field is being edited; keep the last valid month.
            if (isMonth(event.target.value)) setTo(event.target.value);
          }}
        />
      </label>
      {body}
    </section>
  );
}
