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
