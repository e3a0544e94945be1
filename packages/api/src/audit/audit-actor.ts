import { currentRequestContext } from "../shared/request-context.ts";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The actor columns of an audit entry for the current request context. */
export function currentAuditActor(): { userId: string | null; apiTokenId: string | null; label: string; requestId: string | null; operation: string | null } {
  const context = currentRequestContext();
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
