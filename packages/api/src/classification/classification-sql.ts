import { type CustomerClass, monthIndex, validateParetoThresholds } from "@beatplan/domain";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Scope } from "../auth/scope.ts";
import { executeSql } from "../shared/sql.ts";
import { ClassificationMethod } from "./classification-enums.ts";
import type { ClassificationPeriod } from "./classification-period.ts";
import type { EffectivePolicy } from "./effective-policy.ts";

/**
 * The classification of one territory as SQL common table expressions ending in `classified`,
 * for the statements that read it (full run, preview summary and page, apply, chart) to follow
 * with `select … from classified k`. Bind parameters are collected in `params`.
 *
 * Columns of `classified`: id, code, current_class, average (numeric, 6 decimals),
 * months_averaged, rank (1 = largest, ties by code in byte order), running_before,
 * running_after, total and customer_count (from the one-row `totals`, which statements may also
 * read), bound_0… (Pareto), computed_class and proposed_class (both null for rule
 * sets, which the domain evaluates in JavaScript), override_class, override_until,
 * override_reason, and our_share for rule sets.
 */
export interface ClassificationSql {
  ctes: string;
  params: unknown[];
  /** Adds a bind parameter and returns its placeholder. */
  param(value: unknown): string;
  /** True for rule sets: the class is evaluated in JavaScript on the fetched attributes. */
  evaluatedInJavaScript: boolean;
}

/**
 * The SQL `case` that gives the class of a ranked row `r` (null when the rules are evaluated in
 * JavaScript), and the columns of the one-row `totals` it compares with.
 */
function classExpression(policy: EffectivePolicy, param: (value: unknown) => string): { expression: string; totalsColumns: string } {
  const parameters = policy.parameters;
  switch (parameters.method) {
    case ClassificationMethod.PARETO: {
      // Exactly the domain's test: running share before < cumulative threshold ⇔ before < total × (basis points ÷ 10,000).
      // The fraction is an exact decimal, so each bound is an exact product, computed once per territory.
      const bounds = validateParetoThresholds(parameters.thresholds);
      const last = bounds[bounds.length - 1]!.customerClass;
      const columns = bounds.map((bound, index) => `, coalesce(sum(a.average), 0) * ${param(basisPointsFraction(bound.cumulativeBasisPoints))}::numeric as bound_${index}`);
      const branches = bounds.map((bound, index) => `when r.running_after - r.average < r.bound_${index} then '${bound.customerClass}'`);
      return { expression: `case ${branches.join(" ")} else '${last}' end`, totalsColumns: columns.join("") };
    }
    case ClassificationMethod.THRESHOLD_AMOUNTS: {
      const lowest = parameters.lowestClass ?? nextClass(parameters.cuts[parameters.cuts.length - 1]!.class);
      const branches = parameters.cuts.map((cut) => `when r.average >= ${param(String(cut.minimumAverage))}::numeric then '${cut.class}'`);
      return { expression: `case ${branches.join(" ")} else '${lowest}' end`, totalsColumns: "" };
    }
    case ClassificationMethod.RULES:
      return { expression: "null::text", totalsColumns: "" };
  }
}

/** Basis points as an exact decimal fraction: 4000 → "0.4000". */
function basisPointsFraction(basisPoints: bigint): string {
  return `${basisPoints / 10_000n}.${(basisPoints % 10_000n).toString().padStart(4, "0")}`;
}

/** The class below the given one (D stays D). */
export function nextClass(customerClass: CustomerClass): CustomerClass {
  return (["A", "B", "C", "D"] as const)[["A", "B", "C", "D"].indexOf(customerClass) + 1] ?? "D";
}

/**
 * Builds the CTEs: averages per customer over the period's complete months (months without
 * sales count as 0; a customer whose first sale falls inside the period is averaged from that
 * month on; only the period's sales rows are read), ranks by average descending then code (byte order, like the domain), running
 * totals with one window sort, and the Pareto or threshold class with exact numeric
 * comparisons. Only active customers the scope lets the viewer see take part. Rows stay
 * narrow (no names) so sorting and windows stay in memory; statements join names for the rows
 * they return.
 */
export function classificationSql(scope: Scope, territoryId: string, policy: EffectivePolicy, period: ClassificationPeriod): ClassificationSql {
  const params: unknown[] = [territoryId, `${period.firstMonth}-01`, `${period.lastMonth}-01`, period.months, monthIndex(period.lastMonth), period.asOf];
  const param = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const { expression: computedClass, totalsColumns } = classExpression(policy, param);
  const scoped = scope.customerCondition("c", params.length + 1);
  params.push(...scoped.params);
  const evaluatedInJavaScript = policy.parameters.method === ClassificationMethod.RULES;
  // Sales are aggregated before they meet the customers.
  const ctes = `with scoped as (
       select c.id, c.code, c.class as current_class from customer c
       where c.territory_id = $1::uuid and c.status = 'ACTIVE' and (${scoped.sql})
     ),
     sales as (
       select s.customer_id, sum(s.volume) as window_volume, min(s.month) as first_sale_in_period
              ${evaluatedInJavaScript ? ", avg(s.our_share) as our_share" : ""}
       from monthly_sales s
       where s.month between $2::date and $3::date and s.customer_id in (select id from scoped)
       group by s.customer_id
     ),
     months as (
       select scoped.id, scoped.code, scoped.current_class, coalesce(sales.window_volume, 0) as window_volume,
              case when sales.first_sale_in_period is null or sales.first_sale_in_period <= $2::date or earlier.found then $4::int
                   else $5::int - (extract(year from sales.first_sale_in_period)::int * 12 + extract(month from sales.first_sale_in_period)::int - 1) + 1 end as months_averaged
              ${evaluatedInJavaScript ? ", sales.our_share" : ""}
       from scoped
       left join sales on sales.customer_id = scoped.id
       -- Younger than the period: first sale inside it and none before, probed by index only for those few.
       left join lateral (
         select true as found from monthly_sales earlier
         where sales.first_sale_in_period > $2::date and earlier.customer_id = scoped.id and earlier.month < $2::date
         limit 1
       ) earlier on true
     ),
     averaged as (
       select m.*, round(m.window_volume / m.months_averaged, 6) as average from months m
     ),
     -- One row: the total, the count and the class bounds of the territory.
     totals as (
       select coalesce(sum(a.average), 0) as total, count(*) as customer_count ${totalsColumns} from averaged a
     ),
     ranked as (
       select a.*, row_number() over w as rank, sum(a.average) over w as running_after, t.*
       from averaged a cross join totals t
       -- One sort and one pass give both the rank and the running total (row_number ignores the frame).
       window w as (order by a.average desc, a.code collate "C" rows between unbounded preceding and current row)
     ),
     classified as (
       select r.*, r.running_after - r.average as running_before, ${computedClass} as computed_class,
              o.class as override_class, o.until as override_until, o.reason as override_reason,
              coalesce(o.class, ${computedClass}) as proposed_class
       from ranked r
       left join customer_class_override o on o.customer_id = r.id and (o.until is null or o.until >= $6::date)
     )`;
  return { ctes, params, param, evaluatedInJavaScript };
}

/** Runs a classification statement with the work memory its sort and windows need over a large territory. */
export async function runClassificationStatement<Row extends object>(em: EntityManager, sql: string, params: unknown[]): Promise<Row[]> {
  const run = async (tx: EntityManager) => {
    // The default 4 MB would spill the sort of 100,000 customers to disk.
    await executeSql(tx, "set local work_mem = '64MB'");
    return executeSql<Row>(tx, sql, params);
  };
  return em.isInTransaction() ? run(em) : em.transactional((tx) => run(tx as EntityManager));
}
