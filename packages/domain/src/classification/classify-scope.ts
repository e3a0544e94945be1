import { classifyByPareto, PARETO_40_40_20, type ParetoItemResult, type ParetoResult, type ParetoThresholds } from "./pareto.ts";
import { averageMonthlyVolumes, DEFAULT_AVERAGE_MONTHS, type AverageWindow, type CustomerSalesHistory, type MonthlyAverage } from "./threshold-amounts.ts";

/** A Pareto class together with how the customer's average was taken. */
export interface ScopeItemResult extends ParetoItemResult {
  readonly monthsAveraged: number;
  readonly shortHistory: boolean;
}

/** The Pareto classification of a scope on average monthly volumes. */
export interface ScopeResult extends Omit<ParetoResult, "items"> {
  readonly windowMonths: number;
  readonly lastMonth: string;
  readonly items: readonly ScopeItemResult[];
}

/** Options of {@link classifyScopeByPareto}: the averaging window and the class shares. */
export interface ScopeOptions extends AverageWindow {
  readonly thresholds?: ParetoThresholds;
}

/**
 * DOMAIN.md §2 end to end for one scope (a rep's customers, a territory …):
 * average each customer's monthly volume over the last N months, then classify
 * the averages by cumulative share. Young customers keep their `shortHistory` flag.
 */
export function classifyScopeByPareto(histories: readonly CustomerSalesHistory[], options: ScopeOptions): ScopeResult {
  const averages = averageMonthlyVolumes(histories, options);
  const byKey = new Map<string, MonthlyAverage>(averages.map((average) => [average.customerKey, average]));
  const pareto = classifyByPareto(
    averages.map((average) => ({ customerKey: average.customerKey, volume: average.average })),
    options.thresholds ?? PARETO_40_40_20,
  );
  return {
    ...pareto,
    lastMonth: options.lastMonth,
    windowMonths: averages[0]?.windowMonths ?? options.months ?? DEFAULT_AVERAGE_MONTHS,
    items: pareto.items.map((item) => {
      const average = byKey.get(item.customerKey);
      return { ...item, monthsAveraged: average?.monthsAveraged ?? 0, shortHistory: average?.shortHistory ?? false };
    }),
  };
}
