import type { Ref } from "@mikro-orm/core";
import type { Customer } from "../customers/customer.entity.ts";
import type { User } from "../org/user.entity.ts";
import { plainInstance, toDate } from "../shared/plain-rows.ts";
import { BusinessPlanRevision } from "./business-plan-revision.entity.ts";
import type { BusinessPlanStatus } from "./business-plan-status.ts";
import { BusinessPlan } from "./business-plan.entity.ts";

/** The columns of a plan `p` that {@link planFromRow} reads (every field of the type). */
export const planColumns = `p.id, p.customer_id, p.month::text as month, p.owner_id, p.status, p.current_revision_number, p.confirmed_revision_number,
  p.last_proposed_revision_number, p.status_note, p.version, p.created_at, p.updated_at`;

/** The columns of a revision `r` that {@link revisionFromRow} reads (every field of the type). */
export const revisionColumns = `r.id, r.plan_id, r.number, r.author_id, r.created_at, r.change_note, r.target_volume::text as target_volume,
  r.target_amount::text as target_amount, r.promotion_budget::text as promotion_budget, r.content`;

type Row = Record<string, unknown>;

/** A plain `BusinessPlan` (see shared/plain-rows.ts) from a row of {@link planColumns}; customer and owner are id-only references. */
export function planFromRow(row: Row): BusinessPlan {
  return plainInstance(BusinessPlan, {
    id: row.id as string,
    customer: { id: row.customer_id } as Ref<Customer>,
    month: row.month as string,
    owner: { id: row.owner_id } as Ref<User>,
    status: row.status as BusinessPlanStatus,
    currentRevisionNumber: row.current_revision_number as number,
    confirmedRevisionNumber: row.confirmed_revision_number as number | null,
    lastProposedRevisionNumber: row.last_proposed_revision_number as number | null,
    statusNote: row.status_note as string | null,
    version: row.version as number,
    createdAt: toDate(row.created_at)!,
    updatedAt: toDate(row.updated_at)!,
  });
}

/** A plain `BusinessPlanRevision` from a row of {@link revisionColumns}; plan and author are id-only references. */
export function revisionFromRow(row: Row): BusinessPlanRevision {
  return plainInstance(BusinessPlanRevision, {
    id: row.id as string,
    plan: { id: row.plan_id } as Ref<BusinessPlan>,
    number: row.number as number,
    author: { id: row.author_id } as Ref<User>,
    createdAt: toDate(row.created_at)!,
    changeNote: row.change_note as string | null,
    targetVolume: row.target_volume as string,
    targetAmount: row.target_amount as string,
    promotionBudget: row.promotion_budget as string,
    content: row.content as BusinessPlanRevision["content"],
  });
}

/** The columns of a weekly progress row `w` for {@link childOfPlan} (camel-cased, numerics as text). */
export const progressColumns = `w.id, w.plan_id, w.week, w.actual_volume::text as "actualVolume", w.actual_amount::text as "actualAmount",
  w.store_actuals as "storeActuals", w.recorded_by_id, w.recorded_at as "recordedAt"`;

/** The columns of a review `v` for {@link childOfPlan}. */
export const reviewColumns = `v.id, v.plan_id, v.revision_number as "revisionNumber", v.target_volume::text as "targetVolume", v.target_amount::text as "targetAmount",
  v.actual_volume::text as "actualVolume", v.actual_amount::text as "actualAmount", v.store_lines as "storeLines", v.transactions,
  v.in_store_performance as "inStorePerformance", v.competitor_news as "competitorNews", v.opportunities, v.author_id, v.created_at as "createdAt"`;

/** The columns of an event `e` for {@link childOfPlan}. */
export const eventColumns = `e.id, e.plan_id, e.action, e.from_status as "fromStatus", e.to_status as "toStatus", e.revision_number as "revisionNumber",
  e.actor_id, e.note, e.progress_figures as "progressFigures", e.created_at as "createdAt"`;

/**
 * A plain object of `type` from a row of a plan's child table: `plan_id` and the user column
 * `userColumn` (e.g. `author_id`) become id-only references named `plan` and `userField`, the
 * timestamp `timestampField` a Date; the other columns are already named like the fields.
 */
export function childOfPlan<Type extends object>(type: abstract new (...args: never[]) => Type, row: Row, userColumn: string, userField: string, timestampField: string): Type {
  const { plan_id: planId, [userColumn]: userId, ...values } = row;
  return plainInstance(type, {
    ...values,
    plan: { id: planId } as Ref<BusinessPlan>,
    [userField]: { id: userId } as Ref<User>,
    [timestampField]: toDate(values[timestampField]),
  } as unknown as Partial<Type>);
}
