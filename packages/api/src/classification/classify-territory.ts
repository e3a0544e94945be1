import type { CustomerClass, RuleSubject } from "@beatplan/domain";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Scope } from "../auth/scope.ts";
import { ClassificationMethod } from "./classification-enums.ts";
import type { ClassificationPeriod } from "./classification-period.ts";
import { classificationSql, runClassificationStatement } from "./classification-sql.ts";
import type { EffectivePolicy } from "./effective-policy.ts";
import { computedReason, explainRuleClass, heldPercent, reasonTemplate } from "./class-reasons.ts";
import { computedReasonDetail, ruleReasonDetail, type ClassReason } from "./class-reason-detail.ts";

/** One customer of a classification run: its figures, its current class and the class the run gives it. */
export interface ClassifiedCustomer {
  customerId: string;
  code: string;
  name: string;
  currentClass: CustomerClass | null;
  /** What the method computes. */
  computedClass: CustomerClass;
  /** What the customer gets: the computed class, or the class of a manual override that has not expired. */
  proposedClass: CustomerClass;
  overridden: boolean;
  /** Average monthly volume over the period, a decimal string with up to 6 decimals. */
  volume: string;
  monthsAveraged: number;
  shortHistory: boolean;
  /** 1 = largest volume; ties by customer code. */
  rank: number;
  share: number;
  cumulativeShareBefore: number;
  cumulativeShareAfter: number;
  reason: string;
  /** The figures `reason` quotes, for wording it in the reader's language. */
  reasonDetail: ClassReason | null;
}

/** A classification of one territory's active customers for one period; nothing is written. */
export interface ClassificationRun {
  period: ClassificationPeriod;
  policy: EffectivePolicy;
  totalVolume: string;
  /** Active customers in the scope. */
  customerCount: number;
  /** In rank order: every customer, or only those whose class changes when `changesOnly` was asked for. */
  items: ClassifiedCustomer[];
}

/** Options of {@link classifyTerritory}. */
export interface ClassifyOptions {
  /** Return only the customers whose class changes (the database filters, so an apply fetches no unchanged rows). */
  changesOnly?: boolean;
}

interface Row {
  id: string;
  code: string;
  name: string;
  type: string;
  current_class: CustomerClass | null;
  average: string;
  months_averaged: number;
  rank: string;
  running_before: string;
  running_after: string;
  total: string;
  customer_count: string;
  computed_class: CustomerClass | null;
  override_class: CustomerClass | null;
  override_until: string | null;
  override_reason: string | null;
  years_in_business: number | null;
  bad_credit: boolean | null;
  our_share: string | null;
}

/**
 * Classifies every active customer of a territory the scope lets the viewer see, in one SQL
 * statement (see classification-sql.ts), and returns them all in rank order. Rule sets are
 * evaluated by the domain on the fetched attributes. Large territories should use the paged
 * preview, the apply statement and the bucketed chart instead, which return only what they show.
 */
export async function classifyTerritory(
  em: EntityManager,
  scope: Scope,
  territoryId: string,
  policy: EffectivePolicy,
  period: ClassificationPeriod,
  options: ClassifyOptions = {},
): Promise<ClassificationRun> {
  const query = classificationSql(scope, territoryId, policy, period);
  const needsAttributes = query.evaluatedInJavaScript;
  const sql = `${query.ctes}
     select k.id, k.code, c.name, c.type, k.current_class, trim_scale(k.average)::text as average, k.months_averaged, k.rank::text as rank,
            k.running_before::text as running_before, k.running_after::text as running_after, trim_scale(k.total)::text as total,
            k.customer_count::text as customer_count, k.computed_class,
            k.override_class, k.override_until::text as override_until, k.override_reason,
            ${needsAttributes ? "cp.years_in_business, cp.bad_credit, k.our_share::text as our_share" : "null::int as years_in_business, null::boolean as bad_credit, null::text as our_share"}
     from classified k
     join customer c on c.id = k.id
     ${needsAttributes ? "left join credit_profile cp on cp.customer_id = k.id" : ""}`;
  // Rules are evaluated in JavaScript, so only the SQL methods can filter in the database; rank 1 always comes along to carry the totals.
  const filterInSql = options.changesOnly === true && !needsAttributes;
  const statement = filterInSql ? `${sql} where k.rank = 1 or k.proposed_class is distinct from k.current_class order by k.rank` : `${sql} order by k.rank`;
  const rows = await runClassificationStatement<Row>(em, statement, query.params);
  const total = rows[0]?.total ?? "0";
  const customerCount = Number(rows[0]?.customer_count ?? 0);
  const totalNumber = Number(total);
  const ruleSet = policy.parameters.method === ClassificationMethod.RULES ? policy.parameters.ruleSet : undefined;
  const template = reasonTemplate(policy, period);
  const items = rows.map((row): ClassifiedCustomer => {
    const ruleResult = ruleSet?.classify(ruleSubject(row));
    const computed = (ruleResult?.class ?? row.computed_class) as CustomerClass;
    const before = Number(row.running_before);
    const after = Number(row.running_after);
    const figures = {
      customerId: row.id,
      code: row.code,
      name: row.name,
      currentClass: row.current_class,
      computedClass: computed,
      proposedClass: row.override_class ?? computed,
      overridden: row.override_class !== null,
      volume: row.average,
      monthsAveraged: row.months_averaged,
      shortHistory: row.months_averaged < period.months,
      rank: Number(row.rank),
      share: totalNumber === 0 ? 0 : Number(row.average) / totalNumber,
      cumulativeShareBefore: totalNumber === 0 ? 0 : before / totalNumber,
      cumulativeShareAfter: totalNumber === 0 ? 0 : after / totalNumber,
    };
    const override = row.override_class ? { until: row.override_until, reason: row.override_reason ?? "" } : undefined;
    if (template) {
      const reasonFigures = { rank: figures.rank, customerCount, average: row.average, monthsAveraged: row.months_averaged, heldPercent: heldPercent(row.running_before, total), computedClass: computed, override };
      return { ...figures, reason: computedReason(template, reasonFigures), reasonDetail: computedReasonDetail(template, reasonFigures) };
    }
    const context = { ruleReason: ruleResult ? ruleResult.reason : undefined, override };
    return { ...figures, reason: explainRuleClass(figures, policy, context), reasonDetail: ruleReasonDetail(figures, policy, period, context) };
  });
  const wanted = options.changesOnly ? items.filter((item) => item.proposedClass !== item.currentClass) : items;
  return { period, policy, totalVolume: total, customerCount, items: wanted };
}

function ruleSubject(row: Row): RuleSubject {
  return {
    customerKey: row.code,
    type: row.type,
    monthlyVolume: row.average,
    yearsCooperating: row.years_in_business,
    badCredit: row.bad_credit,
    ourShareOfPurchases: row.our_share,
  };
}
