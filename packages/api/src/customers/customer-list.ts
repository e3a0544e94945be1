import { isMonth } from "@beatplan/domain";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Scope } from "../auth/scope.ts";
import { fromGlobalId } from "../shared/global-id.ts";
import { readKeysetPage, type KeysetPage, type SortKey } from "../shared/keyset-pager.ts";
import { escapeLike, SqlWhere } from "../shared/sql.ts";
import { OrderDirection } from "../shared/order-direction.ts";
import type { Customer } from "./customer.entity.ts";
import { customerFromRow, customerRowShape } from "./customer-rows.ts";
import { selectList } from "../shared/plain-rows.ts";
import type { GraphQLContext } from "../shared/context.ts";
import { customerJoins, type CustomerJoinSelection } from "./customer-joins.ts";
import { CustomerOrderField, type CustomerFilter, type CustomerOrder } from "./customer.input.ts";

/** Arguments of the `customers` query. */
export interface CustomerListArguments {
  first: number;
  after?: string | null;
  filter?: CustomerFilter | null;
  orderBy?: CustomerOrder | null;
  /** Last complete month "YYYY-MM" by the server clock; sales orderings end with it. */
  lastCompleteMonth: string;
  /** The Customer fields the query asks for; only their columns are read (all when undefined). */
  fields?: ReadonlySet<string>;
  /** To-one relations read in the page's statement, into the request's loaders. */
  relations?: { selection: CustomerJoinSelection; loaders: GraphQLContext["loaders"] };
}

/**
 * Sort expressions per ordering. Sales use the 3 complete months before the current month
 * (`$window` is replaced by the first day of the last complete month, a date the server
 * derives from its clock, never client input).
 */
const sortKeys: Record<CustomerOrderField, SortKey> = {
  [CustomerOrderField.NAME]: { sql: "c.name", cast: "text" },
  [CustomerOrderField.CODE]: { sql: "c.code", cast: "text" },
  [CustomerOrderField.SALES_LAST_3_MONTHS]: {
    sql: `coalesce((select sum(s.amount) from monthly_sales s
            where s.customer_id = c.id and s.month > $window::date - interval '3 months' and s.month <= $window::date), 0)`,
    cast: "numeric",
  },
};

function filterConditions(scope: Scope, filter: CustomerFilter | null | undefined): SqlWhere {
  const where = new SqlWhere();
  where.add(scope.customerCondition("c", where.nextParam));
  if (!filter) return where;
  if (filter.territoryCode != null) where.conditions.push(`c.territory_id in (select id from territory where code = ${where.param(filter.territoryCode)})`);
  if (filter.territoryId != null) where.conditions.push(`c.territory_id = ${where.param(fromGlobalId("Territory", filter.territoryId, "filter.territoryId"))}::uuid`);
  if (filter.repId != null) where.conditions.push(`c.responsible_rep_id = ${where.param(fromGlobalId("User", filter.repId, "filter.repId"))}::uuid`);
  if (filter.type != null) where.conditions.push(`c.type = ${where.param(filter.type)}`);
  if (filter.status != null) where.conditions.push(`c.status = ${where.param(filter.status)}`);
  if (filter.class != null) where.conditions.push(`c.class = ${where.param(filter.class)}`);
  if (filter.lifecycle != null) where.conditions.push(`c.lifecycle = ${where.param(filter.lifecycle)}`);
  if (filter.search != null && filter.search.trim() !== "") {
    const pattern = where.param(`%${escapeLike(filter.search.trim())}%`);
    where.conditions.push(`(c.code ilike ${pattern} or c.name ilike ${pattern})`);
  }
  return where;
}

/**
 * Reads one page of the customers the scope lets the viewer see, in the requested order (keyset,
 * never OFFSET), as plain objects with the columns of the requested fields (see plain-rows.ts).
 */
export async function listCustomers(em: EntityManager, scope: Scope, args: CustomerListArguments): Promise<KeysetPage<Customer>> {
  const field = args.orderBy?.field ?? CustomerOrderField.NAME;
  const direction = args.orderBy?.direction ?? OrderDirection.ASC;
  if (!isMonth(args.lastCompleteMonth)) throw new Error(`lastCompleteMonth must be "YYYY-MM", got "${args.lastCompleteMonth}"`);
  const sort = { ...sortKeys[field], sql: sortKeys[field].sql.replaceAll("$window", `'${args.lastCompleteMonth}-01'`) };
  const where = filterConditions(scope, args.filter);
  const joins = args.relations && customerJoins(args.relations.selection, scope, where, args.relations.loaders);
  return readKeysetPage(em, args, {
    from: joins?.from ? `customer c ${joins.from}` : "customer c",
    columns: [selectList(customerRowShape, args.fields), joins?.columns].filter(Boolean).join(", "),
    where,
    ordering: { name: `${field}:${direction}`, keys: [sort], id: "c.id", direction },
    map: (columns) => {
      const customer = customerFromRow(columns);
      joins?.prime(columns, customer);
      return customer;
    },
  });
}
