import type { I18n } from "../../app/i18n/i18n.tsx";
import { graphql } from "../../gql/index.ts";
import type { ClassificationMethod } from "../../gql/graphql.ts";

/** The figures of a class reason the classification screens ask for. */
export const ClassReasonFields = graphql(`
  fragment ClassReasonFields on ClassReason {
    method
    firstMonth
    lastMonth
    average
    monthsAveraged
    shortHistory
    computedClass
    thresholds
    rank
    customerCount
    heldPercent
    bandFromPercent
    bandBelowPercent
    minimumAverage
    ruleSetName
    ruleReason
    overridden
    overrideUntil
    overrideReason
  }
`);

/** The figures of a class reason as the API's `ClassReason` gives them. */
export interface ClassReasonFigures {
  method: ClassificationMethod;
  firstMonth: string;
  lastMonth: string;
  average: string;
  monthsAveraged: number;
  shortHistory: boolean;
  computedClass: string;
  thresholds?: string | null;
  rank?: number | null;
  customerCount?: number | null;
  heldPercent?: string | null;
  bandFromPercent?: string | null;
  bandBelowPercent?: string | null;
  minimumAverage?: string | null;
  ruleSetName?: string | null;
  ruleReason?: string | null;
  overridden: boolean;
  overrideUntil?: string | null;
  overrideReason?: string | null;
}

/**
 * Words why a customer gets its class in the reader's language, from the reason's figures; falls
 * back to the server's English text when the figures are missing (history of older runs).
 */
export function classReasonText(i18n: I18n, detail: ClassReasonFigures | null | undefined, fallback: string): string {
  if (!detail) return fallback;
  const { t, formatNumber } = i18n;
  const average = t(detail.shortHistory ? "classReason.averageShort" : "classReason.average", { average: formatNumber(detail.average, 1), months: detail.monthsAveraged });
  const window = { firstMonth: detail.firstMonth, lastMonth: detail.lastMonth };
  const computedClass = detail.computedClass;
  let computed: string;
  switch (detail.method) {
    case "PARETO": {
      const band =
        detail.bandBelowPercent === null || detail.bandBelowPercent === undefined
          ? t("classReason.bandLast", { from: formatNumber(detail.bandFromPercent ?? "0"), class: computedClass })
          : t("classReason.band", { from: formatNumber(detail.bandFromPercent ?? "0"), below: formatNumber(detail.bandBelowPercent), class: computedClass });
      computed = t("classReason.pareto", { ...window, thresholds: detail.thresholds ?? "", rank: detail.rank ?? 0, count: detail.customerCount ?? 0, average, held: formatNumber(detail.heldPercent ?? "0"), band });
      break;
    }
    case "THRESHOLD_AMOUNTS": {
      const cut =
        detail.minimumAverage === null || detail.minimumAverage === undefined
          ? t("classReason.belowEveryAmount", { class: computedClass })
          : t("classReason.reaches", { minimum: formatNumber(detail.minimumAverage), class: computedClass });
      computed = t("classReason.threshold", { ...window, average, cut });
      break;
    }
    case "RULES":
      computed = t("classReason.rules", { name: detail.ruleSetName ?? "", rule: detail.ruleReason ?? t("classReason.defaultClass"), average });
      break;
  }
  if (!detail.overridden) return computed;
  return detail.overrideUntil
    ? t("classReason.override", { until: detail.overrideUntil, reason: detail.overrideReason ?? "", computed })
    : t("classReason.overrideOpenEnded", { reason: detail.overrideReason ?? "", computed });
}
