import type { EntityManager } from "@mikro-orm/postgresql";
import type { Scope } from "../auth/scope.ts";
import { fromGlobalId } from "../shared/global-id.ts";
import { readKeysetPage, type KeysetOrdering, type KeysetPage } from "../shared/keyset-pager.ts";
import { SqlWhere } from "../shared/sql.ts";
import { OrderDirection } from "../shared/order-direction.ts";
import { Role } from "../org/role.ts";
import { defaultAuthorityLimits } from "./business-plan-access.ts";
import { planColumns, planFromRow } from "./business-plan-rows.ts";
import type { BusinessPlan } from "./business-plan.entity.ts";
import type { BusinessPlanFilter } from "./business-plan.input.ts";

// The one ordering of the list: month, then customer code, then id.
const ordering: KeysetOrdering = {
  name: "MONTH_CUSTOMER_CODE:ASC",
  keys: [
    { sql: "p.month", cast: "date", text: "to_char(p.month, 'YYYY-MM-DD')" },
    { sql: "c.code", cast: "text" },
  ],
  id: "p.id",
  direction: OrderDirection.ASC,
};

/**
 * SQL for the promotion-budget authority of the plan's owner `u`: their own limit, else their
 * role's, else the built-in default (the same order as authorityLimitOf).
 */
function authorityLimitSql(where: SqlWhere): string {
  const defaults = `case u.role when 'REP' then ${where.param(defaultAuthorityLimits[Role.REP])}::numeric when 'MANAGER' then ${where.param(defaultAuthorityLimits[Role.MANAGER])}::numeric else ${where.param(defaultAuthorityLimits[Role.ADMIN])}::numeric end`;
  return `coalesce((select al.promotion_budget from authority_limit al where al.user_id = p.owner_id),
                   (select al.promotion_budget from authority_limit al where al.role = u.role), ${defaults})`;
}

function filterConditions(scope: Scope, filter: BusinessPlanFilter | null | undefined): SqlWhere {
  const where = new SqlWhere();
  where.add(scope.customerCondition("c", where.nextParam));
  if (!filter) return where;
  if (filter.month != null) where.conditions.push(`p.month = ${where.param(`${filter.month}-01`)}::date`);
  if (filter.status != null) where.conditions.push(`p.status = ${where.param(filter.status)}`);
  if (filter.repId != null) where.conditions.push(`p.owner_id = ${where.param(fromGlobalId("User", filter.repId, "filter.repId"))}::uuid`);
  if (filter.territoryId != null) where.conditions.push(`c.territory_id = ${where.param(fromGlobalId("Territory", filter.territoryId, "filter.territoryId"))}::uuid`);
  if (filter.customerId != null) where.conditions.push(`p.customer_id = ${where.param(fromGlobalId("Customer", filter.customerId, "filter.customerId"))}::uuid`);
  if (filter.needsApproval != null) {
    const exceeds = `r.promotion_budget > ${authorityLimitSql(where)}`;
    where.conditions.push(filter.needsApproval ? exceeds : `not (${exceeds})`);
  }
  return where;
}

const fromClause = `business_plan p
  join customer c on c.id = p.customer_id
  join app_user u on u.id = p.owner_id
  join business_plan_revision r on r.plan_id = p.id and r.number = p.current_revision_number`;

/** Reads one page of plans the scope lets the viewer see, by month then customer code (keyset, never OFFSET), as plain objects. */
export async function listBusinessPlans(em: EntityManager, scope: Scope, args: { first: number; after?: string | null; filter?: BusinessPlanFilter | null }): Promise<KeysetPage<BusinessPlan>> {
  return readKeysetPage(em, args, {
    from: fromClause,
    columns: planColumns,
    where: filterConditions(scope, args.filter),
    ordering,
    map: planFromRow,
  });
}
