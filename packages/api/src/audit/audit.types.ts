import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { connectionTypes } from "../shared/connection.ts";
import { DateTimeScalar } from "../shared/scalars.ts";
import { AuditEntry } from "./audit-entry.entity.ts";

/** One field's change in an audit entry. */
@ObjectType("AuditChange", { description: "One field's change: old and new value as JSON text." })
export class AuditChange {
  @Field(() => String, { description: "Property name, e.g. \"name\" or \"territory\" (relations hold the related object's key)." })
  field: string;

  @Field(() => String, { description: "Value before, as JSON (\"null\" for a created object)." })
  from: string;

  @Field(() => String, { description: "Value after, as JSON (\"null\" for a deleted object)." })
  to: string;
}

/** Conditions on audit entries. */
@InputType("AuditLogFilter", { description: "Conditions the audit entries must meet (all given ones)." })
export class AuditLogFilter {
  @Field(() => String, { nullable: true, description: "Kind of object, e.g. \"Customer\"." })
  entityType?: string | null;

  @Field(() => ID, { nullable: true, description: "The object: its global ID (e.g. a Customer ID) or its raw key." })
  entityId?: string | null;

  @Field(() => ID, { nullable: true, description: "Global ID of the user who made the changes." })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: "The mutation, e.g. \"updateCustomer\"." })
  operation?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Only entries at or after this time." })
  since?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Only entries before this time." })
  until?: Date | null;
}

/** One page of the audit log, newest first (Relay connection), and its edges. */
export const { Edge: AuditEntryEdge, Connection: AuditEntryConnection } = connectionTypes("AuditEntry", () => AuditEntry, {
  edge: "An audit entry and its position in the log.",
  cursor: "Opaque cursor; pass it as `after` to continue after this entry.",
  node: "The audit entry.",
  connection: "One page of the audit log, newest first (Relay connection, keyset cursors).",
  edges: "The entries of this page, newest first.",
  pageInfo: "Where this page sits in the whole log.",
  totalCount: "Number of entries matching the filter (in the viewer's scope) over all pages.",
});
/** One page of the audit log. */
export type AuditEntryConnection = InstanceType<typeof AuditEntryConnection>;
