import { parseScaledDecimal, validateParetoThresholds, type ParetoThresholds } from "@beatplan/domain";
import { ClassificationMethod } from "./classification-enums.ts";
import type { ClassificationPeriod } from "./classification-period.ts";
import { nextClass } from "./classification-sql.ts";
import type { EffectivePolicy } from "./effective-policy.ts";

/** The figures a rule-set reason quotes. */
export interface ReasonFigures {
  volume: string;
  monthsAveraged: number;
  shortHistory: boolean;
}

/** Extra facts a reason may need: the matched rule, an override that holds. */
export interface ReasonContext {
  ruleReason: string | undefined;
  override: { until: string | null; reason: string } | undefined;
}

/** "40/40/20" */
export function thresholdsLabel(thresholds: ParetoThresholds): string {
  return [thresholds.A, thresholds.B, thresholds.C, ...(thresholds.D === undefined ? [] : [thresholds.D])].join("/");
}

/** Per class, the band of the running share that gives it, in percent (`belowPercent` null for the last class). */
function paretoBandBounds(thresholds: ParetoThresholds): Map<string, { fromPercent: string; belowPercent: string | null }> {
  const bounds = validateParetoThresholds(thresholds);
  return new Map(
    bounds.map((bound, index) => {
      const lower = index > 0 ? Number(bounds[index - 1]!.cumulativeBasisPoints) / 100 : 0;
      const upper = Number(bound.cumulativeBasisPoints) / 100;
      return [bound.customerClass, { fromPercent: String(lower), belowPercent: index === bounds.length - 1 ? null : String(upper) }];
    }),
  );
}

/** Per class, the band of the running share that gives it, e.g. "0% to below 40% → A". */
function paretoBands(thresholds: ParetoThresholds): Map<string, string> {
  return new Map(
    [...paretoBandBounds(thresholds)].map(([customerClass, band]) => [
      customerClass,
      band.belowPercent === null ? `${band.fromPercent}% or more → ${customerClass}` : `${band.fromPercent}% to below ${band.belowPercent}% → ${customerClass}`,
    ]),
  );
}

/**
 * What the reasons of one Pareto or threshold-amount run share: the method and period line, and
 * the band or cut each class stands for. Stored with the run (class_change_run.reason_template),
 * so each history row keeps only its own figures and its reason reads the same however the
 * policy changes later.
 */
export interface ReasonTemplate {
  /** "Pareto 40/40/20 over 2026-08..2026-10: " or "Threshold amounts over 2026-08..2026-10: ". */
  prefix: string;
  method: ClassificationMethod.PARETO | ClassificationMethod.THRESHOLD_AMOUNTS;
  /** Months of the period; fewer months averaged means a customer younger than the period. */
  periodMonths: number;
  /** Per class, e.g. "0% to below 40% → A" or "reaches 10000 → A". */
  outcomes: Record<string, string>;
  /** The period, for the structured reason; absent in templates stored before it (as are the fields below). */
  firstMonth?: string;
  lastMonth?: string;
  /** Pareto: "40/40/20". */
  thresholds?: string;
  /** Pareto: per class, the band of the running share in percent; `belowPercent` null for the last class. */
  bands?: Record<string, { fromPercent: string; belowPercent: string | null }>;
  /** Threshold amounts: per class, the average it needs; null for the class below every amount. */
  cuts?: Record<string, string | null>;
}

/** The figures one customer's computed reason quotes. */
export interface ComputedReasonFigures {
  rank: number;
  customerCount: number;
  /** Average monthly volume, as a decimal string without trailing zeros. */
  average: string;
  monthsAveraged: number;
  /** Share of the total held by the customers ranked above, in percent with up to two decimals. */
  heldPercent: string;
  computedClass: string;
  /** A manual override that holds: the reason then leads with it. */
  override?: { until: string | null; reason: string } | undefined;
}

/** The reason template of a policy's run; undefined for rule sets, whose reasons quote the matched rule. */
export function reasonTemplate(policy: EffectivePolicy, period: ClassificationPeriod): ReasonTemplate | undefined {
  const parameters = policy.parameters;
  const window = `${period.firstMonth}..${period.lastMonth}`;
  switch (parameters.method) {
    case ClassificationMethod.PARETO:
      return {
        prefix: `Pareto ${thresholdsLabel(parameters.thresholds)} over ${window}: `,
        method: ClassificationMethod.PARETO,
        periodMonths: period.months,
        outcomes: Object.fromEntries(paretoBands(parameters.thresholds)),
        firstMonth: period.firstMonth,
        lastMonth: period.lastMonth,
        thresholds: thresholdsLabel(parameters.thresholds),
        bands: Object.fromEntries(paretoBandBounds(parameters.thresholds)),
      };
    case ClassificationMethod.THRESHOLD_AMOUNTS: {
      const lowest = parameters.lowestClass ?? nextClass(parameters.cuts[parameters.cuts.length - 1]!.class);
      const outcomes: Record<string, string> = { [lowest]: `below every amount → ${lowest}` };
      const cuts: Record<string, string | null> = { [lowest]: null };
      for (const cut of parameters.cuts) {
        outcomes[cut.class] = `reaches ${String(cut.minimumAverage)} → ${cut.class}`;
        cuts[cut.class] = String(cut.minimumAverage);
      }
      return { prefix: `Threshold amounts over ${window}: `, method: ClassificationMethod.THRESHOLD_AMOUNTS, periodMonths: period.months, outcomes, firstMonth: period.firstMonth, lastMonth: period.lastMonth, cuts };
    }
    case ClassificationMethod.RULES:
      return undefined;
  }
}

/**
 * The reason of one customer in a Pareto or threshold-amount run, one line quoting the figures, e.g.
 * "Pareto 40/40/20 over 2026-08..2026-10: rank 5 of 20, average 170 over 3 months; customers ranked above hold 39.5% (0% to below 40% → A)".
 */
export function computedReason(template: ReasonTemplate, figures: ComputedReasonFigures): string {
  const months = figures.monthsAveraged;
  const average = `average ${figures.average} over ${months} month${months === 1 ? "" : "s"}${months < template.periodMonths ? " (customer younger than the period)" : ""}`;
  const outcome = template.outcomes[figures.computedClass] ?? figures.computedClass;
  const computed =
    template.method === ClassificationMethod.PARETO
      ? `${template.prefix}rank ${figures.rank} of ${figures.customerCount}, ${average}; customers ranked above hold ${figures.heldPercent}% (${outcome})`
      : `${template.prefix}${average}; ${outcome}`;
  return figures.override ? overrideReason(figures.override, computed) : computed;
}

/** "manual override until 2026-12-31: <reason> (computed: <what the method gave>)". */
function overrideReason(override: { until: string | null; reason: string }, computed: string): string {
  return `manual override${override.until ? ` until ${override.until}` : ""}: ${override.reason} (computed: ${computed})`;
}

/**
 * The share of the total held by the customers ranked above, in percent rounded half away from
 * zero to two decimals, trailing zeros dropped ("39.5", "0", "100"): what
 * {@link ComputedReasonFigures.heldPercent} quotes. Exact: both figures are decimal strings.
 */
export function heldPercent(runningBefore: string, total: string): string {
  const before = parseScaledDecimal(runningBefore, "running total before the customer");
  const whole = parseScaledDecimal(total, "total volume");
  if (whole === 0n) return "0";
  // In hundredths of a percent: before / whole × 100 × 100.
  const numerator = before * 10_000n;
  const negative = numerator < 0n !== whole < 0n;
  const magnitude = numerator < 0n ? -numerator : numerator;
  const divisor = whole < 0n ? -whole : whole;
  const hundredths = (2n * magnitude + divisor) / (2n * divisor);
  const fraction = (hundredths % 100n).toString().padStart(2, "0").replace(/0+$/, "");
  const text = fraction === "" ? (hundredths / 100n).toString() : `${hundredths / 100n}.${fraction}`;
  return negative && hundredths !== 0n ? `-${text}` : text;
}

/** Says why a rule set gives a customer its class, quoting the matched rule and the average. */
export function explainRuleClass(item: ReasonFigures, policy: EffectivePolicy, context: ReasonContext): string {
  const average = `average ${item.volume} over ${item.monthsAveraged} month${item.monthsAveraged === 1 ? "" : "s"}${item.shortHistory ? " (customer younger than the period)" : ""}`;
  const name = policy.parameters.method === ClassificationMethod.RULES ? policy.parameters.ruleSet.definition.name : policy.parameters.method;
  const computed = `Rule set "${name}": ${context.ruleReason ?? "no rule matched: default class"} (${average})`;
  return context.override ? overrideReason(context.override, computed) : computed;
}
