import { AsyncLocalStorage } from "node:async_hooks";
import type { Viewer } from "../auth/viewer.ts";

/** Who and what the audit trail attributes the writes of the current request to. */
export interface AuditRequestContext {
  /** The client's network address (for sign-in rate limits). */
  clientAddress: string;
  /** Id of the HTTP request (the `x-request-id` header); null for server tools. */
  requestId: string | null;
  /** Set once the request's token has been checked. */
  viewer: Viewer | undefined;
  /** The mutation or endpoint being served, e.g. "updateCustomer". */
  operation: string | null;
}

/**
 * Per-request audit context. The HTTP server opens it for every request; the GraphQL context
 * fills in the viewer and the root-field middleware the operation, so that the ORM's flush
 * hook can attribute every change without resolvers passing anything along.
 */
export const auditContexts = new AsyncLocalStorage<AuditRequestContext>();

/** Runs `work` with an audit context, e.g. for a CLI tool acting as `viewer`. */
export function withAuditContext<Result>(context: AuditRequestContext, work: () => Result): Result {
  return auditContexts.run(context, work);
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The actor columns of an audit entry for the current context. */
export function currentAuditActor(): { userId: string | null; apiTokenId: string | null; label: string; requestId: string | null; operation: string | null } {
  const context = auditContexts.getStore();
  const viewer = context?.viewer;
  return {
    // Server tools act as "operator", which is no user row.
    userId: viewer && !viewer.apiTokenId && uuidPattern.test(viewer.userId) ? viewer.userId : null,
    apiTokenId: viewer?.apiTokenId ?? null,
    label: viewer?.label ?? "system",
    requestId: context?.requestId ?? null,
    operation: context?.operation ?? null,
  };
}
