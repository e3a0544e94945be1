import type { DemoMonthlySales } from "./demo-records.ts";
import { money } from "./demo-customer.ts";
import type { SeededRandom } from "./seeded-random.ts";

/**
 * Demand for consumer electronics in China by calendar month: Spring Festival
 * (Jan–Feb), the "618" sale (Jun), Golden Week (Oct) and "Double 11" (Nov) are
 * peaks; March and the summer are slow.
 */
export const SEASONALITY_BY_CALENDAR_MONTH: readonly number[] = [
  1.25, 1.1, 0.8, 0.9, 1.0, 1.2, 0.85, 0.9, 1.0, 1.1, 1.3, 1.1,
];

/** How one customer's monthly sales behave over the data set's months. */
export interface SalesProfile {
  readonly customerCode: string;
  /** Volume of an average month, in units. */
  readonly monthlyVolume: number;
  /** Average price per unit, in CNY. */
  readonly unitPrice: number;
  /** Relative change over twelve months, e.g. 0.1 for +10% a year. */
  readonly yearlyTrend: number;
  /** Relative month-to-month noise (standard deviation). */
  readonly noise: number;
  /** Index in `months` of the first month with sales: 0 unless the customer is young. */
  readonly firstMonthIndex: number;
  /** Index in `months` after which the customer stopped buying (lapsed); months.length − 1 for active ones. */
  readonly lastMonthIndex: number;
  /** Indexes of months without sales; no row is written for them. */
  readonly zeroMonthIndexes: ReadonlySet<number>;
  /** Our share of the customer's purchases (0..1), null when the rep does not know it. */
  readonly ourShare: number | null;
  /**
   * The last this many months get no noise, only seasonality, so that the average
   * of the last 3 months is exactly predictable (used for the worked example).
   */
  readonly steadyLastMonths: number;
}

/**
 * Monthly sales rows for one customer: volume in whole units (with 2 decimals,
 * as the database stores it), amount = volume × a price that varies a little,
 * our share drifting around its base. Months without sales have no row.
 */
export function buildMonthlySales(random: SeededRandom, profile: SalesProfile, months: readonly string[]): DemoMonthlySales[] {
  const rows: DemoMonthlySales[] = [];
  months.forEach((month, index) => {
    if (index < profile.firstMonthIndex || index > profile.lastMonthIndex || profile.zeroMonthIndexes.has(index)) return;
    const calendarMonth = Number(month.slice(5, 7));
    const season = SEASONALITY_BY_CALENDAR_MONTH[calendarMonth - 1] ?? 1;
    const steady = index >= months.length - profile.steadyLastMonths;
    const trend = 1 + profile.yearlyTrend * ((index - (months.length - 1)) / 12);
    // A new customer orders cautiously in its first month.
    const rampUp = index === profile.firstMonthIndex && profile.firstMonthIndex > 0 ? 0.5 : 1;
    const noise = steady ? 1 : Math.max(0.2, 1 + profile.noise * random.normal());
    const volume = Math.max(1, Math.round(profile.monthlyVolume * season * (steady ? 1 : trend * rampUp * noise)));
    const price = profile.unitPrice * random.between(0.97, 1.03);
    rows.push({
      customerCode: profile.customerCode,
      month,
      volume: money(volume),
      amount: money(Math.round(volume * price * 100) / 100),
      ourShare: profile.ourShare === null ? null : share(profile.ourShare + random.between(-0.03, 0.03)),
    });
  });
  return rows;
}

function share(value: number): string {
  return Math.min(1, Math.max(0.01, value)).toFixed(4);
}
