import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../src/db/embedded-postgres.ts";
import { findFreePort } from "../src/db/free-port.ts";

/** A throwaway embedded PostgreSQL cluster with an empty `beatplan_bench` database. */
export interface BenchDatabase {
  /** Connection URL of the `beatplan_bench` database. */
  readonly url: string;
  /** The cluster's data directory (CPU figures read its processes). */
  readonly clusterDir: string;
  /** Stops the cluster and removes its files. */
  drop(): Promise<void>;
}

/** Starts a throwaway embedded cluster in a fresh temporary directory and creates `beatplan_bench` in it. */
export async function startBenchDatabase(): Promise<BenchDatabase> {
  const scratch = await mkdtemp(join(tmpdir(), "beatplan-bench-"));
  // When running as root the server runs as the OS user "postgres", which must reach the cluster directory.
  await chmod(scratch, 0o755);
  const postgres = await startEmbeddedPostgres({ clusterDir: join(scratch, "cluster"), port: await findFreePort() });
  const drop = async (): Promise<void> => {
    await postgres.stop();
    await rm(postgres.clusterDir, { recursive: true, force: true });
    await rm(scratch, { recursive: true, force: true });
  };
  try {
    const admin = new pg.Client({ connectionString: postgres.url });
    await admin.connect();
    await admin.query("create database beatplan_bench");
    await admin.end();
  } catch (error) {
    await drop();
    throw error;
  }
  const url = new URL(postgres.url);
  url.pathname = "/beatplan_bench";
  return { url: url.toString(), clusterDir: postgres.clusterDir, drop };
}
