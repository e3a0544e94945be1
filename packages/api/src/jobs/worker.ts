/**
 * A job worker as a process of its own, for scaling out: `node --import
 * @swc-node/register/esm-register src/jobs/worker.ts` (or `pnpm beatplan worker` at the workspace root)
 * with DATABASE_URL naming the API's PostgreSQL. It runs the same jobs as the worker inside
 * the API process; the queue hands each job to one of them.
 */
// Decorator metadata must exist before any entity module is evaluated.
import "reflect-metadata";
import { openJobQueue } from "../app/job-queue.ts";
import { connectDatabase } from "../db/database.ts";
import type { JobQueue } from "./job-queue.ts";
import { readSettings } from "../settings.ts";
import { StartupError } from "../startup-error.ts";

let queue: JobQueue | undefined;
let close: (() => Promise<void>) | undefined;

async function start(): Promise<void> {
  const settings = readSettings(process.env);
  if (!settings.databaseUrl) throw new StartupError("a separate worker needs DATABASE_URL: the database the API uses");
  const orm = await connectDatabase({ clientUrl: settings.databaseUrl, poolSize: 2, now: settings.clock });
  close = () => orm.close(true);
  queue = await openJobQueue(settings.databaseUrl, orm, settings.clock);
  console.log("Beatplan job worker is running");
}

async function shutdown(): Promise<void> {
  await queue?.stop().catch(() => undefined);
  await close?.().catch(() => undefined);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void shutdown().then(() => process.exit(0));
  });
}

try {
  await start();
} catch (error) {
  console.error(`beatplan worker: ${error instanceof StartupError ? error.message : error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  await shutdown();
  process.exit(1);
}
