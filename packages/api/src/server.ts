/**
 * Beatplan server bootstrap: settings → database (embedded or DATABASE_URL) → migrations →
 * demo data when empty → HTTP. Any start-up failure ends the process with a one-line reason.
 */
import { join } from "node:path";
import pg from "pg";
import { startApp, type RunningApp } from "./app.ts";
import { loadAuthSecret } from "./auth/auth-secret.ts";
import { applyMigrations, connectDatabase } from "./db/database.ts";
import { startEmbeddedPostgres, type RunningPostgres } from "./db/embedded-postgres.ts";
import { findFreePort } from "./db/free-port.ts";
import { DEMO_PASSWORD, generateDemoData } from "./demo/demo-data.ts";
import { isDatabaseEmpty, loadDemoData } from "./demo/load-demo-data.ts";
import { readSettings } from "./settings.ts";
import { StartupError } from "./startup-error.ts";

const embeddedDatabase = "beatplan";
let postgres: RunningPostgres | undefined;
let app: RunningApp | undefined;

async function ensureEmbeddedDatabase(adminUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [embeddedDatabase]);
    if (!rowCount) await client.query(`create database ${embeddedDatabase}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${embeddedDatabase}`;
  return url.toString();
}

async function prepareDatabase(databaseUrl: string, demo: boolean): Promise<void> {
  const orm = await connectDatabase({ clientUrl: databaseUrl, poolSize: 2 });
  try {
    const applied = await applyMigrations(orm);
    if (applied.length > 0) console.log(`applied ${applied.length} migration(s): ${applied.join(", ")}`);
    if (demo && (await isDatabaseEmpty(orm.em.fork()))) {
      const started = Date.now();
      const summary = await loadDemoData(orm.em.fork(), generateDemoData());
      console.log(`loaded demo data: ${summary.customers} customers, ${summary.monthlySales} monthly sales, ${summary.users} users (${Date.now() - started} ms)`);
    }
  } finally {
    await orm.close(true);
  }
}

async function start(): Promise<void> {
  const settings = readSettings(process.env);
  let databaseUrl = settings.databaseUrl;
  if (!databaseUrl) {
    postgres = await startEmbeddedPostgres({ clusterDir: join(settings.dataDir, "postgres"), port: await findFreePort() });
    if (postgres.clusterDir !== join(settings.dataDir, "postgres")) console.log(`embedded PostgreSQL data lives in ${postgres.clusterDir} (the postgres OS user cannot reach ${settings.dataDir})`);
    databaseUrl = await ensureEmbeddedDatabase(postgres.url);
  }
  await prepareDatabase(databaseUrl, settings.demo);
  const secret = await loadAuthSecret(settings.authSecret, join(settings.dataDir, "auth-secret"));
  app = await startApp({
    databaseUrl,
    port: settings.port,
    webDistDir: settings.webDistDir,
    auth: { secret, tokenLifetimeSeconds: settings.tokenLifetimeHours * 3600, now: () => new Date() },
  });
  console.log(`Beatplan is running at ${app.url}  (GraphQL: ${app.url}/graphql)`);
  if (settings.demo) {
    console.log(`demo logins (password "${DEMO_PASSWORD}"): admin@beatplan.test (ADMIN), manager.demo-t1@beatplan.test (MANAGER), rep.demo-t1@beatplan.test (REP)`);
  }
}

async function shutdown(): Promise<void> {
  await app?.close().catch(() => undefined);
  await postgres?.stop().catch(() => undefined);
}

function describe(error: unknown): string {
  if (error instanceof StartupError) return error.message;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return `unexpected start-up failure${code ? ` (${code})` : ""}: ${message.split("\n")[0]}`;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void shutdown().then(() => process.exit(0));
  });
}

try {
  await start();
} catch (error) {
  console.error(`beatplan: ${describe(error)}`);
  await shutdown();
  process.exit(1);
}
