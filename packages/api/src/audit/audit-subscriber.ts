import type { EntityMetadata, EventSubscriber, FlushEventArgs } from "@mikro-orm/core";
import { ChangeSetType, type ChangeSet } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { executeSql } from "../shared/sql.ts";
import { User } from "../org/user.entity.ts";
import { ApiToken } from "../tokens/api-token.entity.ts";
import { currentAuditActor } from "./audit-actor.ts";
import { AuditAction, AuditEntry, type AuditFieldChange } from "./audit-entry.entity.ts";
import { databaseNow } from "../shared/entity-clock.ts";

// Entities that are bookkeeping rather than business data.
const notAudited = new Set<string>(["AuditEntry", "LoginAttempt"]);

/** Leaves an entity class out of the audit trail (bookkeeping tables only; business data is always audited). */
export function excludeFromAudit(entityName: string): void {
  notAudited.add(entityName);
}

function jsonValue(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return `<${value.length} bytes>`;
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "object") {
    const primary = (value as { id?: unknown }).id;
    // A relation that was not turned into its key (e.g. a Ref): keep the key only.
    if (primary !== undefined && !Array.isArray(value)) return jsonValue(primary);
    return JSON.parse(JSON.stringify(value)) as unknown;
  }
  return value;
}

function isSecret(meta: EntityMetadata, property: string): boolean {
  return Boolean(meta.properties[property as never]?.hidden);
}

function fieldChanges(changeSet: ChangeSet<object>): Record<string, AuditFieldChange> {
  const { meta, payload, originalEntity, type } = changeSet;
  const before = (originalEntity ?? {}) as Record<string, unknown>;
  const after = payload as Record<string, unknown>;
  const names = type === ChangeSetType.DELETE ? Object.keys(before) : Object.keys(after);
  const changes: Record<string, AuditFieldChange> = {};
  for (const name of names) {
    if (isSecret(meta, name)) continue;
    const from = type === ChangeSetType.CREATE ? null : jsonValue(before[name]);
    const to = type === ChangeSetType.DELETE ? null : jsonValue(after[name]);
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[name] = { from, to };
  }
  return changes;
}

const actions: Partial<Record<ChangeSetType, AuditAction>> = {
  [ChangeSetType.CREATE]: AuditAction.CREATE,
  [ChangeSetType.UPDATE]: AuditAction.UPDATE,
  [ChangeSetType.DELETE]: AuditAction.DELETE,
};

function keyOf(value: unknown): string | null {
  const key = jsonValue(value);
  return typeof key === "string" ? key : null;
}

/** The territory an entity belongs to (for managers' view of the audit trail), when it can be told. */
function territoryHint(changeSet: ChangeSet<object>): { territoryId?: string | null; customerId?: string | null } {
  const entity = changeSet.entity as Record<string, unknown>;
  const values = { ...(changeSet.originalEntity ?? {}), ...changeSet.payload } as Record<string, unknown>;
  if (changeSet.meta.className === "Territory") return { territoryId: changeSet.getSerializedPrimaryKey() };
  if ("territory" in changeSet.meta.properties) return { territoryId: keyOf(values.territory ?? entity.territory) };
  if ("customer" in changeSet.meta.properties) return { customerId: keyOf(values.customer ?? entity.customer) };
  return {};
}

/**
 * Turns every change set of a flush into an {@link AuditEntry} written by the same flush, and so
 * in the same transaction: new entities and features are audited without anyone remembering.
 * Hidden properties (password and token hashes) are never recorded.
 */
export class AuditSubscriber implements EventSubscriber {
  async onFlush(args: FlushEventArgs): Promise<void> {
    const changeSets = args.uow.getChangeSets().filter((changeSet) => !notAudited.has(changeSet.meta.className) && actions[changeSet.type]);
    if (changeSets.length === 0) return;
    const actor = currentAuditActor();
    const hints = changeSets.map(territoryHint);
    const territoryOfCustomer = await this.territoriesOfCustomers(args.em as EntityManager, changeSets, hints);
    changeSets.forEach((changeSet, index) => {
      const hint = hints[index] ?? {};
      const entry = new AuditEntry();
      entry.occurredAt = databaseNow(args.em);
      entry.actorUser = actor.userId ? args.em.getReference(User, actor.userId, { wrapped: true }) : null;
      entry.actorApiToken = actor.apiTokenId ? args.em.getReference(ApiToken, actor.apiTokenId, { wrapped: true }) : null;
      entry.actorLabel = actor.label;
      entry.requestId = actor.requestId;
      entry.operation = actor.operation;
      entry.entityType = changeSet.meta.className;
      entry.entityId = changeSet.getSerializedPrimaryKey() ?? "";
      entry.action = actions[changeSet.type] ?? AuditAction.UPDATE;
      entry.changes = fieldChanges(changeSet);
      entry.territoryId = hint.territoryId ?? (hint.customerId ? (territoryOfCustomer.get(hint.customerId) ?? null) : null);
      if (entry.action === AuditAction.UPDATE && Object.keys(entry.changes).length === 0) return;
      args.uow.computeChangeSet(entry);
    });
  }

  private async territoriesOfCustomers(em: EntityManager, changeSets: ChangeSet<object>[], hints: { customerId?: string | null }[]): Promise<Map<string, string>> {
    const territories = new Map<string, string>();
    // Customers created or changed in this very flush are not in the database yet.
    for (const changeSet of changeSets) {
      if (changeSet.meta.className !== "Customer") continue;
      const values = { ...(changeSet.originalEntity ?? {}), ...changeSet.payload } as Record<string, unknown>;
      const territory = keyOf(values.territory);
      const id = changeSet.getSerializedPrimaryKey();
      if (id && territory) territories.set(id, territory);
    }
    const missing = [...new Set(hints.map((hint) => hint.customerId).filter((id): id is string => Boolean(id) && !territories.has(id as string)))];
    if (missing.length > 0) {
      const rows = await executeSql<{ id: string; territory_id: string }>(em, "select id, territory_id from customer where id = any($1::uuid[])", [missing]);
      for (const row of rows) territories.set(row.id, row.territory_id);
    }
    return territories;
  }
}

/** Records one audit entry for a set-based SQL write (which bypasses the ORM's flush), in `em`'s transaction. */
export async function recordBulkAudit(em: EntityManager, entry: { entityType: string; entityId: string; territoryId?: string | null; changes: Record<string, AuditFieldChange> }): Promise<void> {
  const actor = currentAuditActor();
  await executeSql(
    em,
    `insert into audit_entry (occurred_at, actor_user_id, actor_api_token_id, actor_label, request_id, operation, entity_type, entity_id, action, changes, territory_id)
     values ($10::timestamptz, $1, $2, $3, $4, $5, $6, $7, 'BULK', $8::jsonb, $9)`,
    [actor.userId, actor.apiTokenId, actor.label, actor.requestId, actor.operation, entry.entityType, entry.entityId, JSON.stringify(entry.changes), entry.territoryId ?? null, databaseNow(em).toISOString()],
  );
}
