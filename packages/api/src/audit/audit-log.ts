import type { EntityManager } from "@mikro-orm/postgresql";
import type { Scope } from "../auth/scope.ts";
import { executeSql } from "../shared/sql.ts";
import { decodeCursor, encodeCursor } from "../shared/connection.ts";
import { fromGlobalId, parseGlobalId } from "../shared/global-id.ts";
import { checkPageSize } from "../shared/limits.ts";
import { AuditEntry } from "./audit-entry.entity.ts";
import type { AuditLogFilter } from "./audit.types.ts";

/** One page of the audit log. */
export interface AuditPage {
  items: { entry: AuditEntry; cursor: string }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  countTotal: () => Promise<number>;
}

const ordering = "occurredAt:DESC";

/**
 * Reads the audit log newest first with keyset pagination. ADMIN reads all of it; a MANAGER
 * the entries about objects of the territories they manage; anyone else is FORBIDDEN.
 */
export async function readAuditLog(em: EntityManager, scope: Scope, args: { first: number; after?: string | null; filter?: AuditLogFilter | null }): Promise<AuditPage> {
  scope.require(scope.mayReadAuditLog(), "read the audit log (ADMIN and MANAGER may)");
  const first = checkPageSize(args.first);
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const scoped = scope.territoryColumnCondition("a.territory_id", 1);
  params.push(...scoped.params);
  const conditions = [scoped.sql];
  const filter = args.filter;
  if (filter?.entityType != null) conditions.push(`a.entity_type = ${param(filter.entityType)}`);
  if (filter?.entityId != null) conditions.push(`a.entity_id = ${param(parseGlobalId(filter.entityId)?.uuid ?? filter.entityId)}`);
  if (filter?.actorId != null) conditions.push(`a.actor_user_id = ${param(fromGlobalId("User", filter.actorId, "filter.actorId"))}::uuid`);
  if (filter?.operation != null) conditions.push(`a.operation = ${param(filter.operation)}`);
  if (filter?.since != null) conditions.push(`a.occurred_at >= ${param(filter.since)}::timestamptz`);
  if (filter?.until != null) conditions.push(`a.occurred_at < ${param(filter.until)}::timestamptz`);
  const countSql = conditions.join(" and ");
  const countParams = [...params];
  if (args.after) {
    const position = decodeCursor(args.after, ordering);
    conditions.push(`(a.occurred_at, a.id) < (${param(position.value)}::timestamptz, ${param(position.id)}::uuid)`);
  }
  const rows = await executeSql<Record<string, unknown> & { sort_value: string }>(
    em,
    `select a.*, a.occurred_at::text as sort_value from audit_entry a
     where ${conditions.join(" and ")}
     order by a.occurred_at desc, a.id desc
     limit ${param(first + 1)}`,
    params,
  );
  const items = rows.slice(0, first).map((row) => {
    const { sort_value: sortValue, ...columns } = row;
    const entry = em.map(AuditEntry, columns);
    return { entry, cursor: encodeCursor({ ordering, value: sortValue, id: entry.id }) };
  });
  return {
    items,
    hasNextPage: rows.length > first,
    hasPreviousPage: Boolean(args.after),
    countTotal: async () => {
      const [row] = await executeSql<{ total: string }>(em, `select count(*)::text as total from audit_entry a where ${countSql}`, countParams);
      return Number(row?.total ?? 0);
    },
  };
}
