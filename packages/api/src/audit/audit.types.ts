import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { PageInfo } from "../shared/connection.ts";
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

/** An audit entry and its cursor. */
@ObjectType("AuditEntryEdge", { description: "An audit entry and its position in the log." })
export class AuditEntryEdge {
  @Field(() => String, { description: "Opaque cursor; pass it as `after` to continue after this entry." })
  cursor: string;

  @Field(() => AuditEntry, { description: "The audit entry." })
  node: AuditEntry;
}

/** One page of the audit log, newest first. */
@ObjectType("AuditEntryConnection", { description: "One page of the audit log, newest first (Relay connection, keyset cursors)." })
export class AuditEntryConnection {
  @Field(() => [AuditEntryEdge], { description: "The entries of this page, newest first." })
  edges: AuditEntryEdge[];

  @Field(() => PageInfo, { description: "Where this page sits in the whole log." })
  pageInfo: PageInfo;

  @Field(() => Int, { description: "Number of entries matching the filter (in the viewer's scope) over all pages." })
  totalCount: number;

  // Counts lazily: the COUNT query runs only when totalCount is selected.
  countTotal: () => Promise<number>;
}
