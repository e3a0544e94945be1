import type { CustomerClass } from "@beatplan/domain";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Scope } from "../auth/scope.ts";
import { DomainError } from "../shared/domain-error.ts";
import { ClassificationMethod } from "./classification-enums.ts";
import type { ClassificationPeriod } from "./classification-period.ts";
import { classificationSql, runClassificationStatement } from "./classification-sql.ts";
import type { EffectivePolicy } from "./effective-policy.ts";

/** Smallest and largest `maxPoints` a chart may ask for, and the default. */
export const chartPointsLimits = { min: 10, max: 5000, default: 500 } as const;

/** One customer drawn on its own. */
export interface ChartCustomer {
  rank: number;
  customerId: string;
  code: string;
  name: string;
  volume: string;
  runningAfter: string;
  currentClass: CustomerClass | null;
  paretoClass: CustomerClass;
}

/** Consecutive customers of one class drawn as one bar. */
export interface ChartBucket {
  firstRank: number;
  lastRank: number;
  customerCount: number;
  volume: string;
  runningAfter: string;
  paretoClass: CustomerClass;
}

/** The chart's data: the largest customers one by one and the tail in buckets, all in rank order. */
export interface ChartData {
  totalVolume: string;
  customerCount: number;
  customers: ChartCustomer[];
  buckets: ChartBucket[];
}

interface ChartRow {
  kind: "customer" | "bucket";
  first_rank: string;
  last_rank: string;
  members: number;
  id: string | null;
  code: string | null;
  name: string | null;
  volume: string;
  running_after: string;
  current_class: CustomerClass | null;
  pareto_class: CustomerClass;
  total: string;
  customer_count: string;
}

/**
 * Draws a territory's Pareto chart in at most `maxPoints` bars from one SQL pass: when the
 * customers do not fit, the largest half of the budget are single customers and the rest of
 * the ranks are cut into equal rank ranges, each split where a class boundary falls inside it
 * (so every bar has one class, and the bars stay within the budget). A bar's running share is
 * the exact running total at its last customer, so the curve and the boundaries are exact.
 * `policy` must use the Pareto method.
 */
export async function paretoChartData(
  em: EntityManager,
  scope: Scope,
  territoryId: string,
  policy: EffectivePolicy,
  period: ClassificationPeriod,
  maxPoints: number,
): Promise<ChartData> {
  if (!Number.isInteger(maxPoints) || maxPoints < chartPointsLimits.min || maxPoints > chartPointsLimits.max) {
    throw new DomainError("VALIDATION", `maxPoints must be an integer ${chartPointsLimits.min}..${chartPointsLimits.max}, got ${maxPoints}`, ["maxPoints"]);
  }
  const query = classificationSql(scope, territoryId, policy, period);
  const classCount = policy.parameters.method === ClassificationMethod.PARETO && policy.parameters.thresholds.D !== undefined ? 4 : 3;
  const singles = Math.floor(maxPoints / 2);
  // Each boundary inside a range splits it in two, so leave one bar per boundary spare.
  const ranges = maxPoints - singles - (classCount - 1);
  const max = query.param(maxPoints);
  const single = query.param(singles);
  const sql = `${query.ctes},
     placed as (
       select k.*, case when k.customer_count <= ${max}::bigint or k.rank <= ${single}::bigint then null
                        else floor((k.rank - ${single}::bigint - 1) * ${query.param(ranges)}::numeric / (k.customer_count - ${single}::bigint)) end as range
       from classified k
     )
     select * from (
     select 'customer' as kind, p.rank::text as first_rank, p.rank::text as last_rank, 1 as members, p.id, p.code, c.name,
            trim_scale(p.average)::text as volume, p.running_after::text as running_after, p.current_class, p.computed_class as pareto_class,
            trim_scale(p.total)::text as total, p.customer_count::text as customer_count
     from placed p join customer c on c.id = p.id
     where p.range is null
     union all
     select 'bucket', min(p.rank)::text, max(p.rank)::text, count(*)::int, null, null, null,
            trim_scale(sum(p.average))::text, max(p.running_after)::text, null, p.computed_class,
            trim_scale(max(p.total))::text, max(p.customer_count)::text
     from placed p
     where p.range is not null
     group by p.range, p.computed_class
     ) chart order by chart.first_rank::bigint`;
  const rows = await runClassificationStatement<ChartRow>(em, sql, query.params);
  const customers: ChartCustomer[] = [];
  const buckets: ChartBucket[] = [];
  for (const row of rows) {
    if (row.kind === "customer") {
      customers.push({
        rank: Number(row.first_rank),
        customerId: row.id!,
        code: row.code!,
        name: row.name!,
        volume: row.volume,
        runningAfter: row.running_after,
        currentClass: row.current_class,
        paretoClass: row.pareto_class,
      });
    } else {
      buckets.push({
        firstRank: Number(row.first_rank),
        lastRank: Number(row.last_rank),
        customerCount: row.members,
        volume: row.volume,
        runningAfter: row.running_after,
        paretoClass: row.pareto_class,
      });
    }
  }
  return { totalVolume: rows[0]?.total ?? "0", customerCount: Number(rows[0]?.customer_count ?? 0), customers, buckets };
}
