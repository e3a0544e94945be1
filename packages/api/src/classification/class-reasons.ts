import { validateParetoThresholds, type ParetoThresholds } from "@beatplan/domain";
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

/** Per class, the band of the running share that gives it, e.g. "0% to below 40% → A". */
function paretoBands(thresholds: ParetoThresholds): Map<string, string> {
  const bounds = validateParetoThresholds(thresholds);
  return new Map(
    bounds.map((bound, index) => {
      const lower = index > 0 ? Number(bounds[index - 1]!.cumulativeBasisPoints) / 100 : 0;
      const upper = Number(bound.cumulativeBasisPoints) / 100;
      const text = index === bounds.length - 1 ? `${lower}% or more → ${bound.customerClass}` : `${lower}% to below ${upper}% → ${bound.customerClass}`;
      return [bound.customerClass, text];
    }),
  );
}

/** A SQL `case` on `column` that picks the text of each class (texts passed as bind parameters). */
function caseByClass(column: string, texts: Map<string, string>, param: (value: unknown) => string): string {
  const branches = [...texts.entries()].map(([customerClass, text]) => `when '${customerClass}' then ${param(text)}::text`);
  return `case ${column} ${branches.join(" ")} end`;
}

function overrideWrapped(alias: string, computed: string): string {
  return `case when ${alias}.override_class is null then ${computed}
    else 'manual override' || coalesce(' until ' || ${alias}.override_until::text, '') || ': ' || ${alias}.override_reason || ' (computed: ' || ${computed} || ')' end`;
}

/**
 * The SQL expression of the reason of a row `alias` of `classified` (see classification-sql.ts)
 * for the Pareto and threshold-amount methods, one line quoting the figures, e.g.
 * "Pareto 40/40/20 over 2026-08..2026-10: rank 5 of 20, average 170 over 3 months; customers ranked above hold 39.5% (0% to below 40% → A)".
 * Written by the database so an apply of 100,000 changes formats its history in the same
 * statement that writes it. Null for rule sets (see {@link explainRuleClass}).
 */
export function reasonSql(alias: string, policy: EffectivePolicy, period: ClassificationPeriod, param: (value: unknown) => string): string {
  // Every placeholder must appear in the statement, so rule sets add none.
  if (policy.parameters.method === ClassificationMethod.RULES) return "null::text";
  const parameters = policy.parameters;
  const window = `${period.firstMonth}..${period.lastMonth}`;
  const average = `'average ' || trim_scale(${alias}.average)::text || ' over ' || ${alias}.months_averaged
    || case when ${alias}.months_averaged = 1 then ' month' else ' months' end
    || case when ${alias}.months_averaged < ${param(period.months)}::int then ' (customer younger than the period)' else '' end`;
  switch (parameters.method) {
    case ClassificationMethod.PARETO: {
      // Percent with up to two decimals, as the running share before this customer.
      const held = `trim_scale(case when ${alias}.total = 0 then 0 else round(${alias}.running_before * 100 / ${alias}.total, 2) end)::text`;
      const computed = `${param(`Pareto ${thresholdsLabel(parameters.thresholds)} over ${window}: rank `)}::text || ${alias}.rank || ' of ' || ${alias}.customer_count || ', ' || ${average}
        || '; customers ranked above hold ' || ${held} || '% (' || ${caseByClass(`${alias}.computed_class`, paretoBands(parameters.thresholds), param)} || ')'`;
      return overrideWrapped(alias, computed);
    }
    case ClassificationMethod.THRESHOLD_AMOUNTS: {
      const lowest = parameters.lowestClass ?? nextClass(parameters.cuts[parameters.cuts.length - 1]!.class);
      const outcomes = new Map<string, string>([[lowest, `below every amount → ${lowest}`]]);
      for (const cut of parameters.cuts) outcomes.set(cut.class, `reaches ${String(cut.minimumAverage)} → ${cut.class}`);
      const computed = `${param(`Threshold amounts over ${window}: `)}::text || ${average} || '; ' || ${caseByClass(`${alias}.computed_class`, outcomes, param)}`;
      return overrideWrapped(alias, computed);
    }
  }
}

/** Says why a rule set gives a customer its class, quoting the matched rule and the average. */
export function explainRuleClass(item: ReasonFigures, policy: EffectivePolicy, context: ReasonContext): string {
  const average = `average ${item.volume} over ${item.monthsAveraged} month${item.monthsAveraged === 1 ? "" : "s"}${item.shortHistory ? " (customer younger than the period)" : ""}`;
  const name = policy.parameters.method === ClassificationMethod.RULES ? policy.parameters.ruleSet.definition.name : policy.parameters.method;
  const computed = `Rule set "${name}": ${context.ruleReason ?? "no rule matched: default class"} (${average})`;
  if (!context.override) return computed;
  return `manual override${context.override.until ? ` until ${context.override.until}` : ""}: ${context.override.reason} (computed: ${computed})`;
}
