import { validateParetoThresholds, type CustomerClass, type RuleSubject } from "@beatplan/domain";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Scope } from "../auth/scope.ts";
import { executeSql } from "../db/sql.ts";
import { ClassificationMethod } from "./classification-enums.ts";
import { monthNumber, type ClassificationPeriod } from "./classification-period.ts";
import type { EffectivePolicy } from "./effective-policy.ts";
import { explainClass } from "./class-reasons.ts";

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

/** The SQL `case` that gives the class of a ranked row, or null when the rules are evaluated in JavaScript. */
function classExpression(policy: EffectivePolicy, param: (value: unknown) => string): string {
  const parameters = policy.parameters;
  switch (parameters.method) {
    case ClassificationMethod.PARETO: {
      // Exactly the domain's test: running share before < cumulative threshold ⇔ before × 10000 < total × basis points.
      const bounds = validateParetoThresholds(parameters.thresholds);
      const last = bounds[bounds.length - 1]!.customerClass;
      const branches = bounds.map((bound) => `when (r.running_after - r.average) * 10000 < r.total * ${param(bound.cumulativeBasisPoints.toString())}::numeric then '${bound.customerClass}'`);
      return `case ${branches.join(" ")} else '${last}' end`;
    }
    case ClassificationMethod.THRESHOLD_AMOUNTS: {
      const lowest = parameters.lowestClass ?? nextClass(parameters.cuts[parameters.cuts.length - 1]!.class);
      const branches = parameters.cuts.map((cut) => `when r.average >= ${param(String(cut.minimumAverage))}::numeric then '${cut.class}'`);
      return `case ${branches.join(" ")} else '${lowest}' end`;
    }
    case ClassificationMethod.RULES:
      return "null";
  }
}

function nextClass(customerClass: CustomerClass): CustomerClass {
  return (["A", "B", "C", "D"] as const)[["A", "B", "C", "D"].indexOf(customerClass) + 1] ?? "D";
}

/**
 * Classifies a territory's active customers in one SQL statement: averages per customer over
 * the period's complete months (months without sales count as 0; a customer whose first sale
 * falls inside the period is averaged from that month on), ranks by average descending then
 * code (byte order, like the domain), running totals with a window sum, and the Pareto or
 * threshold class in SQL with exact numeric comparisons. Rule sets are evaluated by the
 * domain on the fetched attributes. Only customers the scope lets the viewer see take part.
 */
export async function classifyTerritory(
  em: EntityManager,
  scope: Scope,
  territoryId: string,
  policy: EffectivePolicy,
  period: ClassificationPeriod,
  options: ClassifyOptions = {},
): Promise<ClassificationRun> {
  const params: unknown[] = [territoryId, `${period.firstMonth}-01`, `${period.lastMonth}-01`, period.months, monthNumber(period.lastMonth), period.asOf];
  const param = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const computedClass = classExpression(policy, param);
  const scoped = scope.customerCondition("c", params.length + 1);
  params.push(...scoped.params);
  const needsAttributes = policy.parameters.method === ClassificationMethod.RULES;
  // Rows stay narrow (id, code, average) through aggregation, sorting and windows; names and
  // attributes are joined once at the end. Sales are aggregated before they meet the customers.
  const sql = `with scoped as (
       select c.id, c.code from customer c
       where c.territory_id = $1::uuid and c.status = 'ACTIVE' and (${scoped.sql})
     ),
     sales as (
       select s.customer_id,
              sum(s.volume) filter (where s.month >= $2::date) as window_volume,
              min(s.month) as first_sale
              ${needsAttributes ? ", avg(s.our_share) filter (where s.month >= $2::date) as our_share" : ""}
       from monthly_sales s
       where s.month <= $3::date and s.customer_id in (select id from scoped)
       group by s.customer_id
     ),
     averaged as (
       select scoped.id, scoped.code, months.averaged as months_averaged,
              round(coalesce(sales.window_volume, 0) / months.averaged, 6) as average
       from scoped
       left join sales on sales.customer_id = scoped.id
       cross join lateral (select case when sales.first_sale is null or sales.first_sale <= $2::date then $4::int
         else $5::int - (extract(year from sales.first_sale)::int * 12 + extract(month from sales.first_sale)::int - 1) + 1 end as averaged) months
     ),
     ranked as (
       select a.*, row_number() over w as rank,
              sum(a.average) over (w rows between unbounded preceding and current row) as running_after,
              sum(a.average) over () as total
       from averaged a
       window w as (order by a.average desc, a.code collate "C")
     )
     select r.id, r.code, c.name, c.type, c.class as current_class, trim_scale(r.average)::text as average, r.months_averaged, r.rank::text as rank,
            (r.running_after - r.average)::text as running_before, r.running_after::text as running_after, trim_scale(r.total)::text as total,
            count(*) over ()::text as customer_count,
            ${computedClass} as computed_class,
            o.class as override_class, o.until::text as override_until, o.reason as override_reason,
            ${needsAttributes ? "cp.years_in_business, cp.bad_credit, (select sales.our_share from sales where sales.customer_id = r.id)::text as our_share" : "null::int as years_in_business, null::boolean as bad_credit, null::text as our_share"}
     from ranked r
     join customer c on c.id = r.id
     left join customer_class_override o on o.customer_id = r.id and (o.until is null or o.until >= $6::date)
     ${needsAttributes ? "left join credit_profile cp on cp.customer_id = r.id" : ""}`;
  // Rules are evaluated in JavaScript, so only the SQL methods can filter in the database; rank 1 always comes along to carry the totals.
  const filterInSql = options.changesOnly === true && !needsAttributes;
  const statement = filterInSql
    ? `select * from (${sql}) run where run.rank = '1' or coalesce(run.override_class, run.computed_class) is distinct from run.current_class order by run.rank::bigint`
    : `${sql} order by r.rank`;
  // Sorting and the window over a large territory need more than the default 4 MB of work memory.
  const run = async (tx: EntityManager) => {
    await executeSql(tx, "set local work_mem = '64MB'");
    return executeSql<Row>(tx, statement, params);
  };
  const rows = em.isInTransaction() ? await run(em) : await em.transactional((tx) => run(tx as EntityManager));
  const total = rows[0]?.total ?? "0";
  const customerCount = Number(rows[0]?.customer_count ?? 0);
  const totalNumber = Number(total);
  const ruleSet = policy.parameters.method === ClassificationMethod.RULES ? policy.parameters.ruleSet : undefined;
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
    const context = {
      ruleReason: ruleResult ? ruleResult.reason : undefined,
      override: row.override_class ? { until: row.override_until, reason: row.override_reason ?? "" } : undefined,
    };
    // Reasons are written on first use: a large run needs them only for the changes and the items shown.
    let reason: string | undefined;
    const item = Object.defineProperty(figures, "reason", {
      enumerable: true,
      get: () => (reason ??= explainClass(figures, customerCount, policy, period, context)),
    }) as ClassifiedCustomer;
    return item;
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
