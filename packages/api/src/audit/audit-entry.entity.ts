import { randomUUID } from "node:crypto";
import type { Ref } from "@mikro-orm/core";
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { toGlobalId } from "../shared/global-id.ts";
import { DateTimeScalar } from "../shared/scalars.ts";
import { User } from "../org/user.entity.ts";
import { ApiToken } from "../tokens/api-token.entity.ts";
import { stampNow } from "../shared/entity-clock.ts";

/** What happened to the audited object. */
export enum AuditAction {
  CREATE = "CREATE",
  UPDATE = "UPDATE",
  DELETE = "DELETE",
  /** A set-based write of many rows, recorded once (e.g. a sales import). */
  BULK = "BULK",
}

registerEnumType(AuditAction, {
  name: "AuditAction",
  description: "What happened to the audited object.",
  valuesConfig: {
    CREATE: { description: "The object was created." },
    UPDATE: { description: "Fields of the object changed." },
    DELETE: { description: "The object was deleted." },
    BULK: { description: "A set-based write of many rows, recorded as one entry (e.g. a sales import)." },
  },
});

/** One field's change: old and new value as JSON text (null when absent). */
export interface AuditFieldChange {
  from: unknown;
  to: unknown;
}

/** One audited change, written in the same transaction as the change itself. */
@Entity({ tableName: "audit_entry" })
// Serves the newest-first keyset order of `auditLog`.
@Index({ name: "audit_entry_occurred_at_id_index", properties: ["occurredAt", "id"] })
@Index({ name: "audit_entry_entity_index", properties: ["entityType", "entityId"] })
@ObjectType("AuditEntry", { description: "One audited change: who changed which object when, field by field, and in which request." })
export class AuditEntry {
  @PrimaryKey({ type: "uuid", defaultRaw: "gen_random_uuid()" })
  id: string = randomUUID();

  @Property({ type: "datetime", columnType: "timestamptz", onCreate: stampNow })
  @Field(() => DateTimeScalar, { description: "When the change was written." })
  occurredAt!: Date;

  @ManyToOne({ entity: () => User, ref: true, nullable: true, index: true, deleteRule: "set null" })
  actorUser: Ref<User> | null = null;

  @ManyToOne({ entity: () => ApiToken, ref: true, nullable: true, index: true, deleteRule: "set null" })
  actorApiToken: Ref<ApiToken> | null = null;

  // Kept as text so that the entry still says who it was after the user or token is gone.
  @Property({ type: "string", length: 400 })
  @Field(() => String, { description: "Who made the change: the user's e-mail, \"api-token:<name>\" or \"operator\" for server tools." })
  actorLabel: string;

  @Property({ type: "string", length: 64, nullable: true })
  @Field(() => String, { nullable: true, description: "Id of the HTTP request (the `x-request-id` response header); null for server tools." })
  requestId: string | null = null;

  @Property({ type: "string", length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: "The GraphQL mutation or HTTP endpoint that made the change." })
  operation: string | null = null;

  @Property({ type: "string", length: 100 })
  @Field(() => String, { description: "Kind of object changed, e.g. \"Customer\" or \"MonthlySales\"." })
  entityType: string;

  @Property({ type: "string", length: 200 })
  @Field(() => String, { description: "Primary key of the object (uuid, or parts joined by \":\" for composite keys)." })
  entityId: string;

  @Enum({ items: () => AuditAction })
  @Field(() => AuditAction, { description: "What happened to the object." })
  action: AuditAction;

  @Property({ type: "jsonb" })
  changes: Record<string, AuditFieldChange> = {};

  // No foreign key: the history of a territory's objects must outlive any change to it.
  @Property({ type: "uuid", nullable: true, index: true })
  territoryId: string | null = null;

  @Field(() => ID, { name: "id", description: "Opaque global ID." })
  get globalId(): string {
    return toGlobalId("AuditEntry", this.id);
  }
}
