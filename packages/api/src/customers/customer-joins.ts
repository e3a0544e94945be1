import type { Scope } from "../auth/scope.ts";
import { territoryFromRow, userFromRow, visibleUserCondition } from "../org/org.loaders.ts";
import { Region } from "../org/region.entity.ts";
import type { GraphQLContext } from "../shared/context.ts";
import { plainInstance } from "../shared/plain-rows.ts";
import { executePrepared, SqlWhere } from "../shared/sql.ts";
import { customerFromRow, customerRowShape } from "./customer-rows.ts";
import { selectList } from "../shared/plain-rows.ts";
import { CreditProfile } from "./credit-profile.entity.ts";
import { OperatingProfile } from "./operating-profile.entity.ts";
import type { Customer } from "./customer.entity.ts";

/** The to-one relations of a customer `c` read in the customer's own statement. */
export interface CustomerJoinSelection {
  territory?: boolean;
  /** The territory's region (implies the territory). */
  region?: boolean;
  responsibleRep?: boolean;
  creditProfile?: boolean;
  operatingProfile?: boolean;
}

/** Which relations to join, from the Customer fields a query selects (and those selected below `territory`). */
export function joinSelectionOf(fields: ReadonlySet<string>, territoryFields: ReadonlySet<string>): CustomerJoinSelection {
  return {
    territory: fields.has("territory"),
    region: fields.has("territory") && territoryFields.has("region"),
    responsibleRep: fields.has("responsibleRep"),
    creditProfile: fields.has("creditProfile"),
    operatingProfile: fields.has("operatingProfile"),
  };
}

/** Left joins, extra columns (prefixed `j_…`) and the priming of the request's loaders with what they read. */
export interface CustomerJoins {
  from: string;
  columns: string;
  /** Puts the joined objects of one row into the loaders (so that the relation fields run no statement), and drops the `j_…` columns from the row. */
  prime: (row: Record<string, unknown>, customer: Customer) => void;
}

const customerColumns = selectList(customerRowShape, undefined);
const prefixed = (alias: string, columns: readonly string[]) => columns.map((column) => `${alias}.${column} as j_${alias}_${column}`);

function part(row: Record<string, unknown>, alias: string, columns: readonly string[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const column of columns) {
    values[column] = row[`j_${alias}_${column}`];
    delete row[`j_${alias}_${column}`];
  }
  return values;
}

const territoryColumns = ["id", "code", "name", "region_id", "version", "archived_at"];
const regionColumns = ["id", "code", "name", "version"];
const userColumns = ["id", "email", "name", "role", "created_at", "version", "deactivated_at"];
const creditColumns = ["registered_capital", "years_in_business", "credit_limit", "credit_term_days", "settlement_day", "payment_terms", "bad_credit"];
const operatingColumns = ["sales_staff", "market_coverage", "floor_area", "storage_area", "transport_mode", "delivery_addresses"];
const numericColumns = new Set(["registered_capital", "credit_limit", "floor_area", "storage_area"]);
const camel = (column: string) => column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/**
 * The joins of `selection` for a statement over `customer c` whose customers the scope already
 * restricts: their territories and regions are then visible too; the responsible rep is joined
 * only when the viewer may see them (the rule of the `userById` loader), else primed as null.
 * Credit profiles are read like the loader reads them; the field still withholds them.
 */
export function customerJoins(selection: CustomerJoinSelection, scope: Scope, where: SqlWhere, loaders: GraphQLContext["loaders"]): CustomerJoins {
  const from: string[] = [];
  const columns: string[] = [];
  const primes: ((row: Record<string, unknown>, customer: Customer) => void)[] = [];
  if (selection.territory || selection.region) {
    from.push("join territory jt on jt.id = c.territory_id");
    columns.push(...prefixed("jt", territoryColumns));
    primes.push((row) => {
      const territory = territoryFromRow(part(row, "jt", territoryColumns));
      loaders.org.territoryById.prime(territory.id, territory);
    });
  }
  if (selection.region) {
    from.push("join region jr on jr.id = jt.region_id");
    columns.push(...prefixed("jr", regionColumns));
    primes.push((row) => {
      const values = part(row, "jr", regionColumns);
      loaders.org.regionById.prime(values.id as string, plainInstance(Region, values as Partial<Region>));
    });
  }
  if (selection.responsibleRep) {
    const visible = visibleUserCondition(scope, where.nextParam, "ju");
    where.params.push(...visible.params);
    from.push(`left join app_user ju on ju.id = c.responsible_rep_id and ${visible.sql}`);
    columns.push(...prefixed("ju", userColumns));
    primes.push((row, customer) => {
      const values = part(row, "ju", userColumns);
      if (customer.responsibleRep) loaders.org.userById.prime(customer.responsibleRep.id, values.id == null ? null : userFromRow(values));
    });
  }
  const profile = <Profile extends object>(alias: string, table: string, tableColumns: readonly string[], type: new () => Profile, prime: (customerId: string, profile: Profile | null) => void) => {
    from.push(`left join ${table} ${alias} on ${alias}.customer_id = c.id`);
    columns.push(`${alias}.customer_id as j_${alias}_customer_id`, ...tableColumns.map((column) => `${alias}.${column}${numericColumns.has(column) ? "::text" : ""} as j_${alias}_${column}`));
    primes.push((row, customer) => {
      const present = row[`j_${alias}_customer_id`] != null;
      delete row[`j_${alias}_customer_id`];
      const values = part(row, alias, tableColumns);
      const fields = Object.fromEntries(Object.entries(values).map(([column, value]) => [camel(column), value]));
      prime(customer.id, present ? plainInstance(type, { ...fields, customer: { id: customer.id } } as unknown as Partial<Profile>) : null);
    });
  };
  if (selection.creditProfile) profile("jc", "credit_profile", creditColumns, CreditProfile, (id, value) => loaders.customers.creditProfileByCustomerId.prime(id, value));
  if (selection.operatingProfile) profile("jo", "operating_profile", operatingColumns, OperatingProfile, (id, value) => loaders.customers.operatingProfileByCustomerId.prime(id, value));
  return {
    from: from.join(" "),
    columns: columns.join(", "),
    prime: (row, customer) => {
      for (const prime of primes) prime(row, customer);
    },
  };
}

/**
 * Reads one visible customer with every column and the relations of `selection` in one
 * statement, priming the request's loaders (`customerById` too); null when it does not
 * exist or is not visible. For `node(id:)`, which knows what the query selects.
 */
export async function readCustomerWithRelations(context: GraphQLContext, id: string, selection: CustomerJoinSelection): Promise<Customer | null> {
  const where = new SqlWhere();
  where.conditions.push(`c.id = ${where.param(id)}::uuid`);
  where.add(context.scope.customerCondition("c", where.nextParam));
  const joins = customerJoins(selection, context.scope, where, context.loaders);
  const [row] = await executePrepared<Record<string, unknown>>(
    context.em,
    `select ${[customerColumns, joins.columns].filter(Boolean).join(", ")} from customer c ${joins.from} where ${where.toSql()}`,
    where.params,
  );
  const customer = row ? customerFromRow(row) : null;
  if (row && customer) joins.prime(row, customer);
  context.loaders.customers.customerById.prime(id, customer);
  return customer;
}
