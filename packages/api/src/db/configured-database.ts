import { join } from "node:path";
import pg from "pg";
import type { Settings } from "../settings.ts";
import { startEmbeddedPostgres, type RunningPostgres } from "./embedded-postgres.ts";
import { findFreePort } from "./free-port.ts";

/** Name of the application database inside the embedded cluster. */
export const embeddedDatabaseName = "beatplan";

/** The database chosen by the settings, and how to let go of it. */
export interface ConfiguredDatabase {
  url: string;
  /** The embedded cluster when one was started (undefined with DATABASE_URL). */
  embedded: RunningPostgres | undefined;
  /** Stops the embedded cluster, if any. */
  release(): Promise<void>;
}

async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (!rowCount) await client.query(`create database ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Uses DATABASE_URL when set, else starts the embedded cluster in `<dataDir>/postgres` and its `beatplan` database. */
export async function openConfiguredDatabase(settings: Settings): Promise<ConfiguredDatabase> {
  if (settings.databaseUrl) return { url: settings.databaseUrl, embedded: undefined, release: async () => undefined };
  const embedded = await startEmbeddedPostgres({ clusterDir: join(settings.dataDir, "postgres"), port: await findFreePort() });
  try {
    const url = await ensureDatabase(embedded.url, embeddedDatabaseName);
    return { url, embedded, release: () => embedded.stop() };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}
