import { validateParetoThresholds, type ParetoThresholds } from "@beatplan/domain";
import { ClassificationMethod } from "./classification-enums.ts";
import type { ClassificationPeriod } from "./classification-period.ts";
import type { EffectivePolicy } from "./effective-policy.ts";

/** The figures a reason quotes. */
export interface ReasonFigures {
  computedClass: string;
  volume: string;
  monthsAveraged: number;
  shortHistory: boolean;
  rank: number;
  cumulativeShareBefore: number;
}

/** Extra facts a reason may need: the matched rule, an override that holds. */
export interface ReasonContext {
  ruleReason: string | undefined;
  override: { until: string | null; reason: string } | undefined;
}

function percent(share: number): string {
  return `${(Math.round(share * 10_000) / 100).toString()}%`;
}

/** "40/40/20" */
export function thresholdsLabel(thresholds: ParetoThresholds): string {
  return [thresholds.A, thresholds.B, thresholds.C, ...(thresholds.D === undefined ? [] : [thresholds.D])].join("/");
}

// Band texts per thresholds object, computed once per run rather than once per customer.
const bandCache = new WeakMap<ParetoThresholds, Map<string, string>>();

function paretoBand(thresholds: ParetoThresholds, customerClass: string): string {
  let bands = bandCache.get(thresholds);
  if (!bands) {
    const bounds = validateParetoThresholds(thresholds);
    bands = new Map(
      bounds.map((bound, index) => {
        const lower = index > 0 ? Number(bounds[index - 1]!.cumulativeBasisPoints) / 100 : 0;
        const upper = Number(bound.cumulativeBasisPoints) / 100;
        const text = index === bounds.length - 1 ? `${lower}% or more → ${bound.customerClass}` : `${lower}% to below ${upper}% → ${bound.customerClass}`;
        return [bound.customerClass, text];
      }),
    );
    bandCache.set(thresholds, bands);
  }
  return bands.get(customerClass) ?? customerClass;
}

/**
 * Says why a customer gets its class, in one line that quotes the figures, e.g.
 * "Pareto 40/40/20 over 2026-08..2026-10: rank 5 of 20, average 170 over 3 months; customers ranked above hold 39.5% (0% to below 40% → A)".
 */
export function explainClass(item: ReasonFigures, customerCount: number, policy: EffectivePolicy, period: ClassificationPeriod, context: ReasonContext): string {
  const window = `${period.firstMonth}..${period.lastMonth}`;
  const average = `average ${item.volume} over ${item.monthsAveraged} month${item.monthsAveraged === 1 ? "" : "s"}${item.shortHistory ? " (customer younger than the period)" : ""}`;
  let computed: string;
  const parameters = policy.parameters;
  switch (parameters.method) {
    case ClassificationMethod.PARETO:
      computed = `Pareto ${thresholdsLabel(parameters.thresholds)} over ${window}: rank ${item.rank} of ${customerCount}, ${average}; customers ranked above hold ${percent(item.cumulativeShareBefore)} (${paretoBand(parameters.thresholds, item.computedClass)})`;
      break;
    case ClassificationMethod.THRESHOLD_AMOUNTS: {
      const reached = parameters.cuts.find((cut) => cut.class === item.computedClass);
      computed = `Threshold amounts over ${window}: ${average}; ${reached ? `reaches ${String(reached.minimumAverage)} → ${item.computedClass}` : `below every amount → ${item.computedClass}`}`;
      break;
    }
    case ClassificationMethod.RULES:
      computed = `Rule set "${parameters.ruleSet.definition.name}": ${context.ruleReason ?? "no rule matched: default class"} (${average})`;
      break;
  }
  if (!context.override) return computed;
  return `manual override${context.override.until ? ` until ${context.override.until}` : ""}: ${context.override.reason} (computed: ${computed})`;
}
