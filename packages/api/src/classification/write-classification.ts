import type { CustomerClass } from "@beatplan/domain";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Scope } from "../auth/scope.ts";
import { executeSql } from "../shared/sql.ts";
import { ClassAssignmentSource } from "./classification-enums.ts";
import type { ClassificationPeriod } from "./classification-period.ts";
import { classificationSql, runClassificationStatement, type ClassificationSql } from "./classification-sql.ts";
import { computedReason, heldPercent, reasonTemplate, type ComputedReasonFigures } from "./class-reasons.ts";
import { computedReasonDetail } from "./class-reason-detail.ts";
import { classifyTerritory, type ClassificationRun } from "./classify-territory.ts";
import type { EffectivePolicy } from "./effective-policy.ts";

/** What an apply changed, as stored for idempotent retries. */
export interface ApplySummary {
  territoryId: string;
  asOf: string;
  firstMonth: string;
  lastMonth: string;
  method: string;
  customerCount: number;
  changedCount: number;
  appliedAt: string;
  /** The first {@link storedChangesLimit} changes in rank order. */
  changes: { customerId: string; code: string; name: string; from: CustomerClass | null; to: CustomerClass; reason: string }[];
}

/** Changes listed in an apply result; the count covers all of them. */
export const storedChangesLimit = 1000;

interface AppliedRow {
  customer_count: number;
  changed_count: number;
  total: string;
  id: string | null;
  code: string | null;
  name: string | null;
  from_class: CustomerClass | null;
  to_class: CustomerClass | null;
  rank: number | null;
  average: string | null;
  months_averaged: number | null;
  running_before: string | null;
  computed_class: CustomerClass | null;
  override_until: string | null;
  override_reason: string | null;
}

/**
 * The statement of {@link classifyAndWrite} for a method SQL evaluates (its parameters are added
 * to `query`): one class_change_run row, the new customer.class of every changed customer and
 * one history row each with its figures (the reason is rendered from them and the run's template).
 */
export function applyStatement(query: ClassificationSql, policy: EffectivePolicy, period: ClassificationPeriod, actorId: string | null, at: Date): string {
  const method = query.param(policy.parameters.method);
  const template = reasonTemplate(policy, period)!;
  return `${query.ctes},
     run as (
       insert into class_change_run (territory_id, source, as_of, first_month, last_month, customer_count, total, reason_template, actor_id, applied_at)
       select $1::uuid, ${method}::text, $6::date, $2::date, $3::date, t.customer_count, t.total,
              ${query.param(JSON.stringify(template))}::jsonb, ${query.param(actorId)}::uuid, ${query.param(at.toISOString())}::timestamptz
       from totals t
       returning id
     ),
     -- Only customers whose class changes, and only if their class is still the one read; the
     -- update returns the figures, so the history and the listed changes need no further join.
     updated as (
       update customer c set class = k.proposed_class
       from classified k
       where c.id = k.id and k.proposed_class is distinct from k.current_class and c.class is not distinct from k.current_class
       returning c.id, c.code, c.name, k.current_class, k.proposed_class, k.rank, k.average, k.months_averaged, k.running_before,
                 k.computed_class, k.override_class, k.override_until, k.override_reason
     ),
     inserted as (
       insert into class_assignment (run_id, customer_id, from_class, to_class, source, volume, rank, months_averaged, running_before, computed_class, override_until, override_reason)
       select (select id from run), u.id, u.current_class, u.proposed_class,
              case when u.override_class is null then ${method}::text else '${ClassAssignmentSource.MANUAL}' end,
              u.average, u.rank, u.months_averaged, u.running_before, u.computed_class, u.override_until, u.override_reason
       from updated u
       returning 1
     )
     select (select customer_count from totals)::int as customer_count, (select count(*) from inserted)::int as changed_count,
            (select total from totals)::text as total, listed.*
     from (select 1) as one
     left join lateral (
       select u.id, u.code, u.name, u.current_class as from_class, u.proposed_class as to_class, u.rank::int as rank,
              trim_scale(u.average)::text as average, u.months_averaged, u.running_before::text as running_before, u.computed_class,
              u.override_until::text as override_until, u.override_reason
       from updated u
       order by u.rank limit ${storedChangesLimit}
     ) listed on true`;
}

/**
 * Classifies a territory and writes the changes in the caller's transaction: a class_change_run,
 * one ClassAssignment per changed customer and the new customer.class. For the Pareto and
 * threshold-amount methods this is one statement — classification, class update and history
 * insert all happen in the database, so nothing per customer crosses the wire and only changed
 * rows are touched. Rule sets are evaluated by the domain and written set-based.
 * A customer whose class changed since the run was computed is left alone (the update matches
 * the old class). `actorId` null records the system as the actor.
 */
export async function classifyAndWrite(
  tx: EntityManager,
  scope: Scope,
  territoryId: string,
  policy: EffectivePolicy,
  period: ClassificationPeriod,
  actorId: string | null,
  at: Date,
): Promise<ApplySummary> {
  const query = classificationSql(scope, territoryId, policy, period);
  if (query.evaluatedInJavaScript) {
    return writeClassification(tx, territoryId, await classifyTerritory(tx, scope, territoryId, policy, period, { changesOnly: true }), actorId, at);
  }
  const method = policy.parameters.method;
  const template = reasonTemplate(policy, period)!;
  const sql = applyStatement(query, policy, period, actorId, at);
  const rows = await runClassificationStatement<AppliedRow>(tx, sql, query.params);
  const customerCount = rows[0]?.customer_count ?? 0;
  return {
    territoryId,
    asOf: period.asOf,
    firstMonth: period.firstMonth,
    lastMonth: period.lastMonth,
    method,
    customerCount,
    changedCount: rows[0]?.changed_count ?? 0,
    appliedAt: at.toISOString(),
    changes: rows
      .filter((row) => row.id !== null)
      .map((row) => {
        const reasonFigures: ComputedReasonFigures = {
          rank: row.rank!,
          customerCount,
          average: row.average!,
          monthsAveraged: row.months_averaged!,
          heldPercent: heldPercent(row.running_before!, row.total),
          computedClass: row.computed_class!,
          override: row.override_reason !== null ? { until: row.override_until, reason: row.override_reason } : undefined,
        };
        return { customerId: row.id!, code: row.code!, name: row.name!, from: row.from_class, to: row.to_class!, reason: computedReason(template, reasonFigures), reasonDetail: computedReasonDetail(template, reasonFigures) };
      }),
  };
}

/**
 * Writes the classes of a run computed in JavaScript (rule sets): one ClassAssignment per
 * changed customer and the new customer.class, both set-based in the caller's transaction.
 */
export async function writeClassification(tx: EntityManager, territoryId: string, run: ClassificationRun, actorId: string | null, at: Date): Promise<ApplySummary> {
  const changes = run.items.filter((item) => item.proposedClass !== item.currentClass);
  const method = run.policy.parameters.method;
  const written = await executeSql<{ id: string }>(
    tx,
    `with changed as (
       select * from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::numeric[])
         as x(customer_id, from_class, to_class, source, reason, volume)
     ),
     run as (
       insert into class_change_run (territory_id, source, as_of, first_month, last_month, customer_count, actor_id, applied_at)
       values ($10::uuid, $11::text, $9::date, $12::date, $13::date, $14::int, $7::uuid, $8::timestamptz)
       returning id
     ),
     updated as (
       update customer c set class = x.to_class
       from changed x
       where c.id = x.customer_id and c.class is not distinct from x.from_class
       returning c.id
     )
     insert into class_assignment (run_id, customer_id, from_class, to_class, source, reason, volume)
     select run.id, x.customer_id, x.from_class, x.to_class, x.source, x.reason, x.volume
     from changed x join updated u on u.id = x.customer_id cross join run
     returning customer_id as id`,
    [
      changes.map((item) => item.customerId),
      changes.map((item) => item.currentClass),
      changes.map((item) => item.proposedClass),
      changes.map((item) => (item.overridden ? ClassAssignmentSource.MANUAL : method)),
      changes.map((item) => item.reason),
      changes.map((item) => item.volume),
      actorId,
      at.toISOString(),
      run.period.asOf,
      territoryId,
      method,
      `${run.period.firstMonth}-01`,
      `${run.period.lastMonth}-01`,
      run.customerCount,
    ],
  );
  const writtenIds = new Set(written.map((row) => row.id));
  const listed = changes.filter((item) => writtenIds.has(item.customerId));
  return {
    territoryId,
    asOf: run.period.asOf,
    firstMonth: run.period.firstMonth,
    lastMonth: run.period.lastMonth,
    method,
    customerCount: run.customerCount,
    changedCount: listed.length,
    appliedAt: at.toISOString(),
    changes: listed.slice(0, storedChangesLimit).map((item) => ({
      customerId: item.customerId,
      code: item.code,
      name: item.name,
      from: item.currentClass,
      to: item.proposedClass,
      reason: item.reason,
    })),
  };
}
