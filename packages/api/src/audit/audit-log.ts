import type { EntityManager } from "@mikro-orm/postgresql";
import type { Scope } from "../auth/scope.ts";
import { fromGlobalId, parseGlobalId } from "../shared/global-id.ts";
import { readKeysetPage, type KeysetOrdering, type KeysetPage } from "../shared/keyset-pager.ts";
import { SqlWhere } from "../shared/sql.ts";
import { OrderDirection } from "../shared/order-direction.ts";
import { AuditEntry } from "./audit-entry.entity.ts";
import type { AuditLogFilter } from "./audit.types.ts";

const ordering: KeysetOrdering = { name: "occurredAt:DESC", keys: [{ sql: "a.occurred_at", cast: "timestamptz" }], id: "a.id", direction: OrderDirection.DESC };

/**
 * Reads the audit log newest first with keyset pagination. ADMIN reads all of it; a MANAGER
 * the entries about objects of the territories they manage; anyone else is FORBIDDEN.
 */
export async function readAuditLog(em: EntityManager, scope: Scope, args: { first: number; after?: string | null; filter?: AuditLogFilter | null }): Promise<KeysetPage<AuditEntry>> {
  scope.require(scope.mayReadAuditLog(), "read the audit log (ADMIN and MANAGER may)");
  const where = new SqlWhere();
  where.add(scope.territoryColumnCondition("a.territory_id", where.nextParam));
  const filter = args.filter;
  if (filter?.entityType != null) where.conditions.push(`a.entity_type = ${where.param(filter.entityType)}`);
  if (filter?.entityId != null) where.conditions.push(`a.entity_id = ${where.param(parseGlobalId(filter.entityId)?.uuid ?? filter.entityId)}`);
  if (filter?.actorId != null) where.conditions.push(`a.actor_user_id = ${where.param(fromGlobalId("User", filter.actorId, "filter.actorId"))}::uuid`);
  if (filter?.operation != null) where.conditions.push(`a.operation = ${where.param(filter.operation)}`);
  if (filter?.since != null) where.conditions.push(`a.occurred_at >= ${where.param(filter.since)}::timestamptz`);
  if (filter?.until != null) where.conditions.push(`a.occurred_at < ${where.param(filter.until)}::timestamptz`);
  return readKeysetPage(em, args, {
    from: "audit_entry a",
    columns: "a.*",
    where,
    ordering,
    map: (columns) => em.map(AuditEntry, columns),
  });
}
