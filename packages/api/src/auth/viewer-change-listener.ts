import pg from "pg";
import type { SessionCache } from "./session-cache.ts";

/** The PostgreSQL channel that database triggers notify with a user id when a user, their memberships or sessions change. */
export const viewerChangeChannel = "beatplan_viewer_change";

/** A running listener. */
export interface ViewerChangeListener {
  stop(): Promise<void>;
}

/**
 * Keeps `cache` in step with the database: one connection LISTENs on {@link viewerChangeChannel}
 * and drops the named user's sessions from the cache on each notification, whichever instance
 * or tool made the change. While the connection is down the cache holds nothing (every request
 * reads its session); it reconnects every `retryMs`.
 * Resolves once listening, so that no change made after start-up goes unheard.
 */
export async function listenForViewerChanges(databaseUrl: string, cache: SessionCache, retryMs = 1_000): Promise<ViewerChangeListener> {
  let stopped = false;
  let client: pg.Client | undefined;
  let retryTimer: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: databaseUrl, application_name: "beatplan viewer changes" });
    const lost = () => {
      if (client !== next) return;
      client = undefined;
      cache.setListening(false);
      next.end().catch(() => undefined);
      if (!stopped) retryTimer = setTimeout(() => void connect().catch(() => undefined), retryMs).unref();
    };
    next.on("error", lost);
    next.on("end", lost);
    next.on("notification", (message) => {
      if (message.channel === viewerChangeChannel && message.payload) cache.forgetUser(message.payload);
    });
    client = next;
    try {
      await next.connect();
      await next.query(`listen ${viewerChangeChannel}`);
    } catch (error) {
      lost();
      throw error;
    }
    if (stopped) {
      await next.end().catch(() => undefined);
      return;
    }
    // Whatever was cached before this connection heard changes may be stale.
    cache.setListening(true);
  };

  try {
    await connect();
  } catch (error) {
    stopped = true;
    if (retryTimer) clearTimeout(retryTimer);
    throw error;
  }
  return {
    stop: async () => {
      stopped = true;
      if (retryTimer) clearTimeout(retryTimer);
      cache.setListening(false);
      const current = client;
      client = undefined;
      await current?.end().catch(() => undefined);
    },
  };
}
