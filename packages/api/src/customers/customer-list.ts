import type { EntityManager } from "@mikro-orm/postgresql";
import type { Scope } from "../auth/scope.ts";
import { executeSql } from "../shared/sql.ts";
import { decodeCursor, encodeCursor } from "../shared/connection.ts";
import { fromGlobalId } from "../shared/global-id.ts";
import { checkPageSize } from "../shared/limits.ts";
import { OrderDirection } from "../shared/order-direction.ts";
import { Customer } from "./customer.entity.ts";
import { CustomerOrderField, type CustomerFilter, type CustomerOrder } from "./customer.input.ts";

/** One page of customers with the cursors of its items. */
export interface CustomerPage {
  items: { customer: Customer; cursor: string }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** Counts every customer matching the filter (not only this page); runs only when asked. */
  countTotal: () => Promise<number>;
}

/** Arguments of the `customers` query. */
export interface CustomerListArguments {
  first: number;
  after?: string | null;
  filter?: CustomerFilter | null;
  orderBy?: CustomerOrder | null;
  /** Last complete month "YYYY-MM" by the server clock; sales orderings end with it. */
  lastCompleteMonth: string;
}

/**
 * Sort expressions per ordering. Sales use the 3 complete months before the current month
 * (`$window` is replaced by the first day of the last complete month, a date the server
 * derives from its clock, never client input).
 */
const sortExpressions: Record<CustomerOrderField, { sql: string; cast: string }> = {
  [CustomerOrderField.NAME]: { sql: "c.name", cast: "text" },
  [CustomerOrderField.CODE]: { sql: "c.code", cast: "text" },
  [CustomerOrderField.SALES_LAST_3_MONTHS]: {
    sql: `coalesce((select sum(s.amount) from monthly_sales s
            where s.customer_id = c.id and s.month > $window::date - interval '3 months' and s.month <= $window::date), 0)`,
    cast: "numeric",
  },
};

/** Collects SQL conditions and their bind parameters ($1, $2 …). */
class SqlWhere {
  readonly conditions: string[] = [];
  readonly params: unknown[] = [];

  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  toSql(): string {
    return this.conditions.length ? this.conditions.join(" and ") : "true";
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function filterConditions(scope: Scope, filter: CustomerFilter | null | undefined): SqlWhere {
  const where = new SqlWhere();
  const scoped = scope.customerCondition("c", 1);
  where.conditions.push(scoped.sql);
  where.params.push(...scoped.params);
  if (!filter) return where;
  if (filter.territoryCode != null) where.conditions.push(`c.territory_id in (select id from territory where code = ${where.param(filter.territoryCode)})`);
  if (filter.territoryId != null) where.conditions.push(`c.territory_id = ${where.param(fromGlobalId("Territory", filter.territoryId, "filter.territoryId"))}::uuid`);
  if (filter.repId != null) where.conditions.push(`c.responsible_rep_id = ${where.param(fromGlobalId("User", filter.repId, "filter.repId"))}::uuid`);
  if (filter.type != null) where.conditions.push(`c.type = ${where.param(filter.type)}`);
  if (filter.status != null) where.conditions.push(`c.status = ${where.param(filter.status)}`);
  if (filter.class != null) where.conditions.push(`c.class = ${where.param(filter.class)}`);
  if (filter.search != null && filter.search.trim() !== "") {
    const pattern = where.param(`%${escapeLike(filter.search.trim())}%`);
    where.conditions.push(`(c.code ilike ${pattern} or c.name ilike ${pattern})`);
  }
  return where;
}

/**
 * Reads one page of customers with keyset pagination (never OFFSET): the cursor holds the
 * sort value and id of the last item, and the next page starts strictly after it.
 */
export async function listCustomers(em: EntityManager, scope: Scope, args: CustomerListArguments): Promise<CustomerPage> {
  const first = checkPageSize(args.first);
  const field = args.orderBy?.field ?? CustomerOrderField.NAME;
  const direction = args.orderBy?.direction ?? OrderDirection.ASC;
  const ordering = `${field}:${direction}`;
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(args.lastCompleteMonth)) throw new Error(`lastCompleteMonth must be "YYYY-MM", got "${args.lastCompleteMonth}"`);
  const sort = { ...sortExpressions[field], sql: sortExpressions[field].sql.replaceAll("$window", `'${args.lastCompleteMonth}-01'`) };
  const where = filterConditions(scope, args.filter);
  const countSql = where.toSql();
  const countParams = [...where.params];
  if (args.after) {
    const position = decodeCursor(args.after, ordering);
    const comparison = direction === OrderDirection.ASC ? ">" : "<";
    where.conditions.push(`(${sort.sql}, c.id) ${comparison} (${where.param(position.value)}::${sort.cast}, ${where.param(position.id)}::uuid)`);
  }
  const sqlDirection = direction === OrderDirection.ASC ? "asc" : "desc";
  const rows = await executeSql<Record<string, unknown> & { sort_value: string | null }>(
    em,
    `select c.*, (${sort.sql})::text as sort_value from customer c
     where ${where.toSql()}
     order by ${sort.sql} ${sqlDirection}, c.id ${sqlDirection}
     limit ${where.param(first + 1)}`,
    where.params,
  );
  const items = rows.slice(0, first).map((row) => {
    const { sort_value: sortValue, ...columns } = row;
    const customer = em.map(Customer, columns);
    return { customer, cursor: encodeCursor({ ordering, value: sortValue, id: customer.id }) };
  });
  return {
    items,
    hasNextPage: rows.length > first,
    hasPreviousPage: Boolean(args.after),
    countTotal: async () => {
      const [row] = await executeSql<{ total: string }>(em, `select count(*)::text as total from customer c where ${countSql}`, countParams);
      return Number(row?.total ?? 0);
    },
  };
}
