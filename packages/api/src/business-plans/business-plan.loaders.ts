import type { EntityManager } from "@mikro-orm/postgresql";
import DataLoader from "dataloader";
import type { Scope } from "../auth/scope.ts";
import { readVisibleStores } from "../customers/customer.loaders.ts";
import type { Store } from "../customers/store.entity.ts";
import { manyPer, onePer } from "../shared/batch.ts";
import { executePrepared } from "../shared/sql.ts";
import { Role } from "../org/role.ts";
import { User } from "../org/user.entity.ts";
import { Product } from "../products/product.entity.ts";
import { defaultAuthorityLimits } from "./business-plan-access.ts";
import { AuthorityLimit } from "./authority-limit.entity.ts";
import { BusinessPlanEvent } from "./business-plan-event.entity.ts";
import type { BusinessPlanRevision } from "./business-plan-revision.entity.ts";
import { planColumns, planFromRow, revisionColumns, revisionFromRow } from "./business-plan-rows.ts";
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

/** Creates fresh loaders bound to the request's EntityManager and scope. */
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
      const entries = await em.find(WeeklyProgress, { plan: { $in: [...planIds] } }, { orderBy: { week: "asc" } });
      return manyPer(planIds, entries, (entry) => entry.plan.id);
    }),
    reviewByPlanId: new DataLoader(async (planIds) => {
      const reviews = await em.find(BusinessReview, { plan: { $in: [...planIds] } });
      return onePer(planIds, reviews, (review) => review.plan.id);
    }),
    eventsByPlanId: new DataLoader(async (planIds) => {
      const events = await em.find(BusinessPlanEvent, { plan: { $in: [...planIds] } }, { orderBy: { createdAt: "asc", id: "asc" } });
      return manyPer(planIds, events, (event) => event.plan.id);
    }),
    authorityLimitByUserId: new DataLoader(async (userIds) => {
      const users = await em.find(User, { id: { $in: [...userIds] } }, { fields: ["id", "role"] });
      const limits = await em.find(AuthorityLimit, { $or: [{ user: { $in: [...userIds] } }, { role: { $ne: null } }] });
      const own = new Map(limits.filter((limit) => limit.user).map((limit) => [limit.user!.id, limit.promotionBudget]));
      const ofRole = new Map(limits.filter((limit) => limit.role).map((limit) => [limit.role!, limit.promotionBudget]));
      const roles = new Map(users.map((user) => [user.id, user.role]));
      return userIds.map((userId) => {
        const role = roles.get(userId) ?? Role.REP;
        return own.get(userId) ?? ofRole.get(role) ?? defaultAuthorityLimits[role];
      });
    }),
    productById: new DataLoader(async (ids) => onePer(ids, await em.find(Product, { id: { $in: [...ids] } }), (product) => product.id)),
    storeById: new DataLoader(async (ids) => onePer(ids, await readVisibleStores(em, scope, ids), (store) => store.id)),
  };
}

declare module "../shared/context.ts" {
  interface Loaders {
    businessPlans: BusinessPlanLoaders;
  }
}
