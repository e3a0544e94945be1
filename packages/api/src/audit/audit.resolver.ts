import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../shared/context.ts";
import { pageSize } from "../shared/limits.ts";
import { User } from "../org/user.entity.ts";
import { AuditEntry } from "./audit-entry.entity.ts";
import { readAuditLog } from "./audit-log.ts";
import { AuditChange, AuditEntryConnection, AuditLogFilter } from "./audit.types.ts";

/** The audit trail of every change. */
@Resolver()
export class AuditLogResolver {
  @Query(() => AuditEntryConnection, { description: "Audited changes, newest first: ADMIN sees all, a MANAGER those about their territories' objects; others get FORBIDDEN." })
  async auditLog(
    @Ctx() context: GraphQLContext,
    @Arg("filter", () => AuditLogFilter, { nullable: true, description: "Conditions the entries must meet." }) filter: AuditLogFilter | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: pageSize.default, description: `Page size, ${pageSize.min}..${pageSize.max}.` }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor of the entry to continue after (`pageInfo.endCursor`)." }) after: string | null,
  ): Promise<AuditEntryConnection> {
    const page = await readAuditLog(context.em, context.scope, { first: first ?? pageSize.default, after, filter });
    return Object.assign(new AuditEntryConnection(), page);
  }
}

/** Derived fields of an audit entry. */
@Resolver(() => AuditEntry)
export class AuditEntryFieldsResolver {
  @FieldResolver(() => User, { nullable: true, description: "The user who made the change, when visible to you; null for API tokens, server tools and deleted users." })
  actor(@Root() entry: AuditEntry, @Ctx() context: GraphQLContext): Promise<User | null> | null {
    return entry.actorUser ? context.loaders.org.userById.load(entry.actorUser.id) : null;
  }

  @FieldResolver(() => [AuditChange], { description: "The fields that changed, from → to." })
  changes(@Root() entry: AuditEntry): AuditChange[] {
    return Object.entries(entry.changes).map(([field, change]) => ({ field, from: JSON.stringify(change.from ?? null), to: JSON.stringify(change.to ?? null) }));
  }
}
