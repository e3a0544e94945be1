import { formatScaledDecimal, parseScaledDecimal, type CustomerClass } from "@beatplan/domain";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Scope } from "../auth/scope.ts";
import type { ClassificationPeriod } from "./classification-period.ts";
import { classificationSql, runClassificationStatement } from "./classification-sql.ts";
import { computedReason, heldPercent, reasonTemplate, type ComputedReasonFigures } from "./class-reasons.ts";
import { computedReasonDetail } from "./class-reason-detail.ts";
import { classifyTerritory, type ClassifiedCustomer } from "./classify-territory.ts";
import type { EffectivePolicy } from "./effective-policy.ts";

/** What a preview classifies: one territory under its policy for one period, as one viewer may see it. */
export interface PreviewSource {
  scope: Scope;
  territoryId: string;
  policy: EffectivePolicy;
  period: ClassificationPeriod;
}

/** Count and summed average volume of one class. */
export interface ClassTotal {
  customerClass: CustomerClass;
  count: number;
  /** Decimal string. */
  volume: string;
}

/** The figures of a whole preview, without its customers. */
export interface PreviewSummary {
  totalVolume: string;
  customerCount: number;
  changeCount: number;
  /** Per proposed class, A first. */
  distribution: ClassTotal[];
  /** Per current class, A first; unclassified customers are left out. */
  currentDistribution: ClassTotal[];
  /** Changes per current → proposed class, unclassified first. */
  transitions: ClassTransitionTotal[];
}

/** How many customers move from one class to another. */
export interface ClassTransitionTotal {
  from: CustomerClass | null;
  to: CustomerClass;
  count: number;
}

/** Which customers a page holds: the next `first` by rank after `afterRank`, optionally only those whose class changes. */
export interface PreviewPageRequest {
  first: number;
  afterRank: number;
  changesOnly: boolean;
}

/** One page of a preview's customers, in rank order. */
export interface PreviewPage {
  request: PreviewPageRequest;
  items: ClassifiedCustomer[];
  hasNextPage: boolean;
}

interface PreviewRow {
  customer_count: number;
  change_count: number;
  total: string;
  distribution: ClassTotal[] | null;
  current_distribution: ClassTotal[] | null;
  transitions: ClassTransitionTotal[] | null;
  id: string | null;
  code: string;
  name: string;
  current_class: CustomerClass | null;
  computed_class: CustomerClass;
  override_class: CustomerClass | null;
  average: string;
  months_averaged: number;
  rank: string;
  running_before: string;
  running_after: string;
  override_until: string | null;
  override_reason: string | null;
}

/** Whether two page requests ask for the same customers. */
export function samePageRequest(left: PreviewPageRequest, right: PreviewPageRequest): boolean {
  return left.first === right.first && left.afterRank === right.afterRank && left.changesOnly === right.changesOnly;
}

function classTotals(items: readonly ClassifiedCustomer[], classOf: (item: ClassifiedCustomer) => CustomerClass | null): ClassTotal[] {
  const totals = new Map<CustomerClass, { count: number; volume: bigint }>();
  for (const item of items) {
    const customerClass = classOf(item);
    if (customerClass === null) continue;
    const entry = totals.get(customerClass) ?? { count: 0, volume: 0n };
    entry.count += 1;
    entry.volume += parseScaledDecimal(item.volume, `volume of ${item.code}`);
    totals.set(customerClass, entry);
  }
  return [...totals.entries()]
    .sort(([left], [right]) => (left < right ? -1 : 1))
    .map(([customerClass, entry]) => ({ customerClass, count: entry.count, volume: formatScaledDecimal(entry.volume) }));
}

function transitionTotals(items: readonly ClassifiedCustomer[]): ClassTransitionTotal[] {
  const counts = new Map<string, ClassTransitionTotal>();
  for (const item of items) {
    if (item.proposedClass === item.currentClass) continue;
    const key = `${item.currentClass ?? ""}>${item.proposedClass}`;
    const entry = counts.get(key) ?? { from: item.currentClass, to: item.proposedClass, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.entries()].sort(([left], [right]) => (left < right ? -1 : 1)).map(([, entry]) => entry);
}

/** Rule sets are evaluated by the domain, so their preview is derived from the full run in JavaScript. */
async function previewByRules(em: EntityManager, source: PreviewSource, request: PreviewPageRequest | undefined): Promise<{ summary: PreviewSummary; page: PreviewPage | undefined }> {
  const run = await classifyTerritory(em, source.scope, source.territoryId, source.policy, source.period);
  const changed = (item: ClassifiedCustomer) => item.proposedClass !== item.currentClass;
  const summary: PreviewSummary = {
    totalVolume: run.totalVolume,
    customerCount: run.customerCount,
    changeCount: run.items.filter(changed).length,
    distribution: classTotals(run.items, (item) => item.proposedClass),
    currentDistribution: classTotals(run.items, (item) => item.currentClass),
    transitions: transitionTotals(run.items),
  };
  if (!request) return { summary, page: undefined };
  const candidates = run.items.filter((item) => item.rank > request.afterRank && (!request.changesOnly || changed(item)));
  return { summary, page: { request, items: candidates.slice(0, request.first), hasNextPage: candidates.length > request.first } };
}

/**
 * Classifies a territory once (one SQL statement) and returns the preview's summary — counts
 * and volume per class, changes — and, when asked, one page of its customers by rank. Nothing
 * is written. Only the page's rows leave the database, so a 100,000-customer territory costs
 * one pass over its sales and a few hundred rows on the wire.
 */
export async function previewSummaryAndPage(em: EntityManager, source: PreviewSource, request: PreviewPageRequest | undefined): Promise<{ summary: PreviewSummary; page: PreviewPage | undefined }> {
  const query = classificationSql(source.scope, source.territoryId, source.policy, source.period);
  if (query.evaluatedInJavaScript) return previewByRules(em, source, request);
  const perClass = (column: string) =>
    `(select json_agg(json_build_object('customerClass', d.customer_class, 'count', d.count, 'volume', d.volume) order by d.customer_class)
      from (select ${column} as customer_class, count(*)::int as count, trim_scale(sum(k.average))::text as volume
            from classified k where ${column} is not null group by 1) d)`;
  const page = request
    ? `left join lateral (
         select k.id, k.code, c.name, k.current_class, k.computed_class, k.override_class, trim_scale(k.average)::text as average, k.months_averaged,
                k.rank::text as rank, k.running_before::text as running_before, k.running_after::text as running_after,
                k.override_until::text as override_until, k.override_reason
         from classified k join customer c on c.id = k.id
         where k.rank > ${query.param(request.afterRank)}::bigint
           ${request.changesOnly ? "and k.proposed_class is distinct from k.current_class" : ""}
         order by k.rank limit ${query.param(request.first + 1)}::int
       ) page on true`
    : "";
  const sql = `${query.ctes}
     select totals.*, ${perClass("k.proposed_class")} as distribution, ${perClass("k.current_class")} as current_distribution,
            (select json_agg(json_build_object('from', t.from_class, 'to', t.to_class, 'count', t.count) order by t.from_class nulls first, t.to_class)
             from (select k.current_class as from_class, k.proposed_class as to_class, count(*)::int as count
                   from classified k where k.proposed_class is distinct from k.current_class group by 1, 2) t) as transitions
            ${request ? ", page.*" : ""}
     from (select count(*)::int as customer_count,
                  (count(*) filter (where k.proposed_class is distinct from k.current_class))::int as change_count,
                  coalesce(trim_scale(max(k.total)), 0)::text as total
           from classified k) totals
     ${page}
     ${request ? "order by page.rank::bigint" : ""}`;
  const rows = await runClassificationStatement<PreviewRow>(em, sql, query.params);
  const first = rows[0]!;
  const summary: PreviewSummary = {
    totalVolume: first.total,
    customerCount: first.customer_count,
    changeCount: first.change_count,
    distribution: first.distribution ?? [],
    currentDistribution: first.current_distribution ?? [],
    transitions: first.transitions ?? [],
  };
  if (!request) return { summary, page: undefined };
  const total = Number(first.total);
  const template = reasonTemplate(source.policy, source.period)!;
  const items = rows
    .filter((row) => row.id !== null)
    .map((row): ClassifiedCustomer => {
      const reasonFigures: ComputedReasonFigures = {
        rank: Number(row.rank),
        customerCount: first.customer_count,
        average: row.average,
        monthsAveraged: row.months_averaged,
        heldPercent: heldPercent(row.running_before, first.total),
        computedClass: row.computed_class,
        override: row.override_class ? { until: row.override_until, reason: row.override_reason ?? "" } : undefined,
      };
      return {
        customerId: row.id!,
        code: row.code,
        name: row.name,
        currentClass: row.current_class,
        computedClass: row.computed_class,
        proposedClass: row.override_class ?? row.computed_class,
        overridden: row.override_class !== null,
        volume: row.average,
        monthsAveraged: row.months_averaged,
        shortHistory: row.months_averaged < source.period.months,
        rank: Number(row.rank),
        share: total === 0 ? 0 : Number(row.average) / total,
        cumulativeShareBefore: total === 0 ? 0 : Number(row.running_before) / total,
        cumulativeShareAfter: total === 0 ? 0 : Number(row.running_after) / total,
        reason: computedReason(template, reasonFigures),
        reasonDetail: computedReasonDetail(template, reasonFigures),
      };
    });
  return { summary, page: { request, items: items.slice(0, request.first), hasNextPage: items.length > request.first } };
}
