import { Field, Int, ObjectType } from "type-graphql";
import { DateScalar, DecimalScalar, MonthScalar } from "../shared/scalars.ts";
import { ClassificationMethod } from "./classification-enums.ts";
import type { ClassificationPeriod } from "./classification-period.ts";
import type { ComputedReasonFigures, ReasonContext, ReasonFigures, ReasonTemplate } from "./class-reasons.ts";
import type { EffectivePolicy } from "./effective-policy.ts";

/**
 * The figures a class reason quotes, for a client that words the reason in its reader's language;
 * the `reason` string next to it says the same in English.
 */
@ObjectType("ClassReason", { description: "The figures behind a class reason, for wording it in the reader's language (`reason` says the same in English)." })
export class ClassReason {
  @Field(() => ClassificationMethod, { description: "How the class was computed." })
  method!: ClassificationMethod;

  @Field(() => MonthScalar, { description: "First month of the period averaged." })
  firstMonth!: string;

  @Field(() => MonthScalar, { description: "Last month of the period averaged." })
  lastMonth!: string;

  @Field(() => DecimalScalar, { description: "Average monthly volume over the months averaged." })
  average!: string;

  @Field(() => Int, { description: "Months averaged." })
  monthsAveraged!: number;

  @Field(() => Boolean, { description: "The customer is younger than the period: fewer months were averaged." })
  shortHistory!: boolean;

  @Field(() => String, { description: "The class the method gives (an override may hold instead)." })
  computedClass!: string;

  @Field(() => String, { nullable: true, description: 'PARETO: the shares, e.g. "40/40/20"; null otherwise.' })
  thresholds: string | null = null;

  @Field(() => Int, { nullable: true, description: "PARETO: rank by volume, 1 = largest; null otherwise." })
  rank: number | null = null;

  @Field(() => Int, { nullable: true, description: "PARETO: customers ranked; null otherwise." })
  customerCount: number | null = null;

  @Field(() => DecimalScalar, { nullable: true, description: "PARETO: percent of the total held by the customers ranked above; null otherwise." })
  heldPercent: string | null = null;

  @Field(() => DecimalScalar, { nullable: true, description: "PARETO: the running share (percent) from which the computed class is given; null otherwise." })
  bandFromPercent: string | null = null;

  @Field(() => DecimalScalar, { nullable: true, description: "PARETO: the running share (percent) below which the computed class is given; null for the last class, or another method." })
  bandBelowPercent: string | null = null;

  @Field(() => DecimalScalar, { nullable: true, description: "THRESHOLD_AMOUNTS: the average the computed class needs; null below every amount, or another method." })
  minimumAverage: string | null = null;

  @Field(() => String, { nullable: true, description: "RULES: the rule set's name; null otherwise." })
  ruleSetName: string | null = null;

  @Field(() => String, { nullable: true, description: "RULES: the matched rule's own reason; null when no rule matched (default class) or another method." })
  ruleReason: string | null = null;

  @Field(() => Boolean, { description: "A manual override holds: the proposed class is the override's." })
  overridden!: boolean;

  @Field(() => DateScalar, { nullable: true, description: "Last day of the override; null when open-ended or none." })
  overrideUntil: string | null = null;

  @Field(() => String, { nullable: true, description: "The reason given for the override; null when none." })
  overrideReason: string | null = null;
}

function withOverride(detail: ClassReason, override: { until: string | null; reason: string } | undefined): ClassReason {
  return Object.assign(detail, { overridden: override !== undefined, overrideUntil: override?.until ?? null, overrideReason: override?.reason ?? null });
}

/**
 * The structured reason of one customer in a Pareto or threshold-amount run; null for a run whose
 * stored template predates the structured fields (its `reason` text still says why).
 */
export function computedReasonDetail(template: ReasonTemplate, figures: ComputedReasonFigures): ClassReason | null {
  if (template.firstMonth === undefined || template.lastMonth === undefined) return null;
  const detail = Object.assign(new ClassReason(), {
    method: template.method,
    firstMonth: template.firstMonth,
    lastMonth: template.lastMonth,
    average: figures.average,
    monthsAveraged: figures.monthsAveraged,
    shortHistory: figures.monthsAveraged < template.periodMonths,
    computedClass: figures.computedClass,
  });
  if (template.method === ClassificationMethod.PARETO) {
    const band = template.bands?.[figures.computedClass];
    Object.assign(detail, {
      thresholds: template.thresholds ?? null,
      rank: figures.rank,
      customerCount: figures.customerCount,
      heldPercent: figures.heldPercent,
      bandFromPercent: band?.fromPercent ?? null,
      bandBelowPercent: band?.belowPercent ?? null,
    });
  } else {
    detail.minimumAverage = template.cuts?.[figures.computedClass] ?? null;
  }
  return withOverride(detail, figures.override);
}

/** The structured reason of a rule-set class: the rule set, the matched rule and the average. */
export function ruleReasonDetail(item: ReasonFigures & { computedClass: string }, policy: EffectivePolicy, period: ClassificationPeriod, context: ReasonContext): ClassReason {
  const detail = Object.assign(new ClassReason(), {
    method: policy.parameters.method,
    firstMonth: period.firstMonth,
    lastMonth: period.lastMonth,
    average: item.volume,
    monthsAveraged: item.monthsAveraged,
    shortHistory: item.shortHistory,
    computedClass: item.computedClass,
    ruleSetName: policy.parameters.method === ClassificationMethod.RULES ? policy.parameters.ruleSet.definition.name : null,
    ruleReason: context.ruleReason ?? null,
  });
  return withOverride(detail, context.override);
}
