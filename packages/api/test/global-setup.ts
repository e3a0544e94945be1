import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { applyMigrations, connectDatabase } from "../src/db/database.ts";
import { startEmbeddedPostgres } from "../src/db/embedded-postgres.ts";
import { findFreePort } from "../src/db/free-port.ts";

/** Name of the migrated database every test file clones. */
export const templateDatabase = "beatplan_template";

declare module "vitest" {
  export interface ProvidedContext {
    /** Superuser URL of the throwaway cluster's maintenance database. */
    postgresAdminUrl: string;
  }
}

/** One throwaway embedded PostgreSQL per test run, with a migrated template database. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const scratch = await mkdtemp(join(tmpdir(), "beatplan-test-pg-"));
  // When running as root the server runs as the OS user "postgres", which must reach the cluster directory.
  await chmod(scratch, 0o755);
  const postgres = await startEmbeddedPostgres({ clusterDir: join(scratch, "cluster"), port: await findFreePort() });
  const teardown = async (): Promise<void> => {
    await postgres.stop();
    await rm(postgres.clusterDir, { recursive: true, force: true });
    await rm(scratch, { recursive: true, force: true });
  };
  try {
    const admin = new pg.Client({ connectionString: postgres.url });
    await admin.connect();
    await admin.query(`create database ${templateDatabase}`);
    await admin.end();
    const orm = await connectDatabase({ clientUrl: withDatabase(postgres.url, templateDatabase), poolSize: 1 });
    await applyMigrations(orm);
    await orm.close(true);
  } catch (error) {
    await teardown();
    throw error;
  }
  project.provide("postgresAdminUrl", postgres.url);
  return teardown;
}

/** The same connection URL pointing at another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
