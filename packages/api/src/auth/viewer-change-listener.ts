import type { DatabaseNotifications } from "../shared/database-notifications.ts";
import type { SessionCache } from "./session-cache.ts";

/** The PostgreSQL channel that database triggers notify with a user id when a user, their memberships or sessions change. */
export const viewerChangeChannel = "beatplan_viewer_change";

/**
 * Keeps `cache` in step with the database: on each notification on {@link viewerChangeChannel}
 * the named user's sessions are dropped, whichever instance or tool made the change; after the
 * connection was lost everything is dropped, and while it is down the cache answers nothing.
 * Resolves once listening, so that no change made after start-up goes unheard.
 * @returns the function that stops listening.
 */
export async function listenForViewerChanges(notifications: DatabaseNotifications, cache: SessionCache): Promise<() => void> {
  const stop = await notifications.listen(viewerChangeChannel, (userId) => (userId === null ? cache.clear() : cache.heard(userId)));
  cache.heardWhile(() => notifications.connected);
  return stop;
}
