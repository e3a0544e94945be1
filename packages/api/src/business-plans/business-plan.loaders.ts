import type { EntityManager } from "@mikro-orm/postgresql";
import DataLoader from "dataloader";
import type { Scope } from "../auth/scope.ts";
import { readVisibleStores } from "../customers/customer.loaders.ts";
import type { Store } from "../customers/store.entity.ts";
import { manyPer, onePer } from "../shared/batch.ts";
import { plainInstance } from "../shared/plain-rows.ts";
import { executePrepared } from "../shared/sql.ts";
import { Role } from "../org/role.ts";
import { Product } from "../products/product.entity.ts";
import { defaultAuthorityLimits } from "./business-plan-access.ts";
import { BusinessPlanEvent } from "./business-plan-event.entity.ts";
import type { BusinessPlanRevision } from "./business-plan-revision.entity.ts";
import { childOfPlan, eventColumns, planColumns, planFromRow, progressColumns, reviewColumns, revisionColumns, revisionFromRow } from "./business-plan-rows.ts";
import type { BusinessPlan } from "./business-plan.entity.ts";
import { BusinessReview } from "./business-review.entity.ts";
import { WeeklyProgress } from "./weekly-progress.entity.ts";

/** Per-request loaders of business plans and what hangs off them. */
export interface BusinessPlanLoaders {
  /** Only plans of customers the scope lets the viewer see; others load as null. */
  planById: DataLoader<string, BusinessPlan | null>;
  /** Only revisions of visible plans. */
  revisionById: DataLoader<string, BusinessPlanRevision | null>;
  revisionsByPlanId: DataLoader<string, BusinessPlanRevision[]>;
  /** Key: `${planId}#${number}`. */
  revisionByPlanAndNumber: DataLoader<string, BusinessPlanRevision | null>;
  progressByPlanId: DataLoader<string, WeeklyProgress[]>;
  reviewByPlanId: DataLoader<string, BusinessReview | null>;
  eventsByPlanId: DataLoader<string, BusinessPlanEvent[]>;
  /** Promotion-budget authority of a user (their own, else their role's, else the default). */
  authorityLimitByUserId: DataLoader<string, string>;
  productById: DataLoader<string, Product | null>;
  storeById: DataLoader<string, Store | null>;
}

/** Key of {@link BusinessPlanLoaders.revisionByPlanAndNumber}. */
export function revisionKey(planId: string, number: number): string {
  return `${planId}#${number}`;
}

type Row = Record<string, unknown>;

/** Creates fresh loaders bound to the request's EntityManager and scope; plain rows, one prepared statement per batch. */
export function createBusinessPlanLoaders(em: EntityManager, scope: Scope): BusinessPlanLoaders {
  const readRevisions = async (condition: string, params: readonly unknown[], order = "") =>
    (await executePrepared<Record<string, unknown>>(em, `select ${revisionColumns} from business_plan_revision r where ${condition}${order}`, params)).map(revisionFromRow);
  return {
    planById: new DataLoader(async (ids) => {
      const visible = scope.customerCondition("c", 2);
      const rows = await executePrepared<Record<string, unknown>>(
        em,
        `select ${planColumns} from business_plan p join customer c on c.id = p.customer_id where p.id = any($1::uuid[]) and ${visible.sql}`,
        [ids, ...visible.params],
      );
      return onePer(ids, rows.map(planFromRow), (plan) => plan.id);
    }),
    revisionById: new DataLoader(async (ids) => {
      const visible = scope.customerCondition("c", 2);
      const condition = `r.id = any($1::uuid[]) and exists (select 1 from business_plan p join customer c on c.id = p.customer_id where p.id = r.plan_id and ${visible.sql})`;
      return onePer(ids, await readRevisions(condition, [ids, ...visible.params]), (revision) => revision.id);
    }),
    revisionsByPlanId: new DataLoader(async (planIds) => {
      const revisions = await readRevisions("r.plan_id = any($1::uuid[])", [planIds], " order by r.number");
      return manyPer(planIds, revisions, (revision) => revision.plan.id);
    }),
    revisionByPlanAndNumber: new DataLoader(async (keys) => {
      const pairs = keys.map((key) => key.split("#"));
      const revisions = await readRevisions(
        "(r.plan_id, r.number) in (select * from unnest($1::uuid[], $2::int[]))",
        [pairs.map(([planId]) => planId), pairs.map(([, number]) => Number(number))],
      );
      return onePer(keys, revisions, (revision) => revisionKey(revision.plan.id, revision.number));
    }),
    progressByPlanId: new DataLoader(async (planIds) => {
      const rows = await executePrepared<Row>(em, `select ${progressColumns} from business_plan_progress w where w.plan_id = any($1::uuid[]) order by w.week`, [planIds]);
      return manyPer(planIds, rows.map((row) => childOfPlan(WeeklyProgress, row, "recorded_by_id", "recordedBy", "recordedAt")), (entry) => entry.plan.id);
    }),
    reviewByPlanId: new DataLoader(async (planIds) => {
      const rows = await executePrepared<Row>(em, `select ${reviewColumns} from business_plan_review v where v.plan_id = any($1::uuid[])`, [planIds]);
      return onePer(planIds, rows.map((row) => childOfPlan(BusinessReview, row, "author_id", "author", "createdAt")), (review) => review.plan.id);
    }),
    eventsByPlanId: new DataLoader(async (planIds) => {
      const rows = await executePrepared<Row>(em, `select ${eventColumns} from business_plan_event e where e.plan_id = any($1::uuid[]) order by e.created_at, e.id`, [planIds]);
      return manyPer(planIds, rows.map((row) => childOfPlan(BusinessPlanEvent, row, "actor_id", "actor", "createdAt")), (event) => event.plan.id);
    }),
    // The user's own limit, else their role's (REP for unknown users), else the built-in default: one statement.
    authorityLimitByUserId: new DataLoader(async (userIds) => {
      const rows = await executePrepared<{ id: string; own: string | null; role: Role | null; of_role: string | null }>(
        em,
        `select k.id::text as id, (select al.promotion_budget::text from authority_limit al where al.user_id = k.id) as own, u.role,
                (select al.promotion_budget::text from authority_limit al where al.role = coalesce(u.role, $2)) as of_role
         from unnest($1::uuid[]) as k(id) left join app_user u on u.id = k.id`,
        [userIds, Role.REP],
      );
      const byId = new Map(rows.map((row) => [row.id, row]));
      return userIds.map((userId) => {
        const row = byId.get(userId);
        return row?.own ?? row?.of_role ?? defaultAuthorityLimits[row?.role ?? Role.REP];
      });
    }),
    productById: new DataLoader(async (ids) => {
      const rows = await executePrepared<Row>(em, "select p.id, p.code, p.name, p.category, p.unit from product p where p.id = any($1::uuid[])", [ids]);
      return onePer(ids, rows.map((row) => plainInstance(Product, row as Partial<Product>)), (product) => product.id);
    }),
    storeById: new DataLoader(async (ids) => onePer(ids, await readVisibleStores(em, scope, ids), (store) => store.id)),
  };
}

declare module "../shared/context.ts" {
  interface Loaders {
    businessPlans: BusinessPlanLoaders;
  }
}
