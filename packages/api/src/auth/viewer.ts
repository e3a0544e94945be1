import type { Role } from "../org/role.ts";
import type { RequestActor } from "../shared/request-context.ts";

/** Who a request acts for: a signed-in user, or an integrator's API token. */
export interface Viewer extends RequestActor {
  /**
   * The signed-in user's id; for an API token, the admin who created it (who answers for it),
   * or the token's own id when that admin was deleted.
   */
  readonly userId: string;
  readonly role: Role;
  /**
   * Territories the viewer works in: managed ones for a MANAGER, assigned ones for a REP,
   * the token's scope for an API token. Ignored for ADMIN, who sees every territory.
   */
  readonly territoryIds: readonly string[];
  /** The sign-in session the token belongs to (unset for API tokens and operator tools). */
  readonly sessionId?: string;
  /** Set when the request authenticated with an API token rather than a sign-in token. */
  readonly apiTokenId?: string;
  /** E-mail of the user, or "api-token:<name>", kept in the audit trail. */
  readonly label: string;
}

/**
 * A stable key for "who" in per-caller records such as idempotency keys: an API token acts
 * for the admin who created it, but its records are kept apart from that admin's own.
 */
export function actorKey(viewer: Viewer): string {
  return viewer.apiTokenId ? `api-token:${viewer.apiTokenId}` : viewer.userId;
}
