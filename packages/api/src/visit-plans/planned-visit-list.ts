import type { EntityManager } from "@mikro-orm/postgresql";
import type { Ref } from "@mikro-orm/core";
import type { Scope } from "../auth/scope.ts";
import type { Customer } from "../customers/customer.entity.ts";
import type { Territory } from "../org/territory.entity.ts";
import type { User } from "../org/user.entity.ts";
import { DomainError } from "../shared/domain-error.ts";
import { fromGlobalId } from "../shared/global-id.ts";
import { readKeysetPage, type KeysetPage } from "../shared/keyset-pager.ts";
import { OrderDirection } from "../shared/order-direction.ts";
import { plainInstance, selectList, type PlainRowShape } from "../shared/plain-rows.ts";
import { SqlWhere } from "../shared/sql.ts";
import { PlannedVisit } from "./planned-visit.entity.ts";
import type { PlannedVisitFilter } from "./planned-visit.types.ts";
import type { VisitPlan } from "./visit-plan.entity.ts";

// Relations are always read as ids (the field resolvers load them in batches).
const shape: PlainRowShape = {
  always: ["v.id", "v.plan_id", "v.territory_id", "v.rep_id", "v.customer_id"],
  columnsByField: { date: "to_char(v.date, 'YYYY-MM-DD') as date", sequence: "v.sequence", status: "v.status" },
};

function fromRow(row: Record<string, unknown>): PlannedVisit {
  const { plan_id: planId, territory_id: territoryId, rep_id: repId, customer_id: customerId, ...values } = row;
  return plainInstance(PlannedVisit, {
    ...(values as Partial<PlannedVisit>),
    plan: { id: planId } as Ref<VisitPlan>,
    territory: { id: territoryId } as Ref<Territory>,
    rep: { id: repId } as Ref<User>,
    customer: { id: customerId } as Ref<Customer>,
  });
}

/**
 * One page of the planned visits the viewer may see (their territories'), by date, rep and
 * route position, as plain objects with the columns of the requested fields: one statement
 * per page, whatever its size.
 */
export async function listPlannedVisits(
  em: EntityManager,
  scope: Scope,
  args: { first: number; after?: string | null; filter?: PlannedVisitFilter | null; fields?: ReadonlySet<string> },
): Promise<KeysetPage<PlannedVisit>> {
  const where = new SqlWhere();
  where.add(scope.territoryColumnCondition("v.territory_id", where.nextParam));
  const filter = args.filter;
  if (filter?.territoryId != null) where.conditions.push(`v.territory_id = ${where.param(fromGlobalId("Territory", filter.territoryId, "filter.territoryId"))}::uuid`);
  if (filter?.repId != null) where.conditions.push(`v.rep_id = ${where.param(fromGlobalId("User", filter.repId, "filter.repId"))}::uuid`);
  if (filter?.customerId != null) where.conditions.push(`v.customer_id = ${where.param(fromGlobalId("Customer", filter.customerId, "filter.customerId"))}::uuid`);
  if (filter?.from != null && filter.to != null && filter.to < filter.from) throw new DomainError("VALIDATION", `filter.to must be on or after filter.from, got ${filter.from} – ${filter.to}`, ["filter", "to"]);
  if (filter?.from != null) where.conditions.push(`v.date >= ${where.param(filter.from)}::date`);
  if (filter?.to != null) where.conditions.push(`v.date <= ${where.param(filter.to)}::date`);
  if (filter?.status != null) where.conditions.push(`v.status = ${where.param(filter.status)}`);
  return readKeysetPage(em, args, {
    from: "planned_visit v",
    columns: selectList(shape, args.fields),
    where,
    ordering: {
      name: "date:ASC",
      keys: [
        { sql: "v.date", cast: "date" },
        { sql: "v.rep_id", cast: "uuid" },
        { sql: "v.sequence", cast: "smallint" },
      ],
      id: "v.id",
      direction: OrderDirection.ASC,
    },
    map: fromRow,
  });
}
