import type { EntityManager } from "@mikro-orm/postgresql";
import type { Scope } from "../auth/scope.ts";
import { executeSql } from "../shared/sql.ts";
import { decodeCursor, encodeCursor } from "../shared/connection.ts";
import { fromGlobalId } from "../shared/global-id.ts";
import { checkPageSize } from "../shared/limits.ts";
import { Role } from "../org/role.ts";
import { defaultAuthorityLimits } from "./business-plan-access.ts";
import { BusinessPlan } from "./business-plan.entity.ts";
import type { BusinessPlanFilter } from "./business-plan.input.ts";

/** One page of plans with the cursors of its items. */
export interface BusinessPlanPage {
  items: { plan: BusinessPlan; cursor: string }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** Counts every plan matching the filter; runs only when asked. */
  countTotal: () => Promise<number>;
}

// The one ordering of the list: month, then customer code, then id.
const ordering = "MONTH_CUSTOMER_CODE:ASC";

class SqlWhere {
  readonly conditions: string[] = [];
  readonly params: unknown[] = [];

  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }
}

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
  const scoped = scope.customerCondition("c", 1);
  where.conditions.push(scoped.sql);
  where.params.push(...scoped.params);
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

/** Reads one page of plans the scope lets the viewer see, by month then customer code (keyset, never OFFSET). */
export async function listBusinessPlans(em: EntityManager, scope: Scope, args: { first: number; after?: string | null; filter?: BusinessPlanFilter | null }): Promise<BusinessPlanPage> {
  const first = checkPageSize(args.first);
  const where = filterConditions(scope, args.filter);
  const countSql = where.conditions.join(" and ");
  const countParams = [...where.params];
  if (args.after) {
    const position = decodeCursor(args.after, ordering);
    const [month, code] = JSON.parse(position.value ?? "[]") as [string, string];
    where.conditions.push(`(p.month, c.code, p.id) > (${where.param(month)}::date, ${where.param(code)}::text, ${where.param(position.id)}::uuid)`);
  }
  const rows = await executeSql<Record<string, unknown> & { sort_month: string; sort_code: string }>(
    em,
    `select p.*, to_char(p.month, 'YYYY-MM-DD') as sort_month, c.code as sort_code from ${fromClause}
     where ${where.conditions.join(" and ")}
     order by p.month, c.code, p.id
     limit ${where.param(first + 1)}`,
    where.params,
  );
  const items = rows.slice(0, first).map((row) => {
    const { sort_month: sortMonth, sort_code: sortCode, ...columns } = row;
    const plan = em.map(BusinessPlan, columns);
    return { plan, cursor: encodeCursor({ ordering, value: JSON.stringify([sortMonth, sortCode]), id: plan.id }) };
  });
  return {
    items,
    hasNextPage: rows.length > first,
    hasPreviousPage: Boolean(args.after),
    countTotal: async () => {
      const [row] = await executeSql<{ total: string }>(em, `select count(*)::text as total from ${fromClause} where ${countSql}`, countParams);
      return Number(row?.total ?? 0);
    },
  };
}
