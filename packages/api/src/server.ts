import { lastCompleteMonth, todayIn } from "@beatplan/domain";
/**
 * Beatplan server bootstrap: settings → database (embedded or DATABASE_URL) → migrations →
 * demo data when empty → HTTP. Any start-up failure ends the process with a one-line reason.
 */
// Decorator metadata must exist before any entity or GraphQL type module is evaluated.
import "reflect-metadata";
import { join } from "node:path";
import { checkPortFree, startApp, type RunningApp } from "./app/http-server.ts";
import { systemClock, type Clock } from "./clock.ts";
import { loadAuthSecret } from "./auth/auth-secret.ts";
import { anyUserExists, firstAdminHint } from "./auth/first-start.ts";
import { applyMigrations, connectDatabase } from "./db/database.ts";
import { openConfiguredDatabase, type ConfiguredDatabase } from "./db/configured-database.ts";
import { generateDemoData } from "./demo/demo-data.ts";
import { demoLoginLines } from "./demo/demo-logins.ts";
import { planDemoTerritories } from "./demo/demo-visit-plans.ts";
import { isDatabaseEmpty, loadDemoData } from "./demo/load-demo-data.ts";
import { readSettings } from "./settings.ts";
import { StartupError } from "./startup-error.ts";

let database: ConfiguredDatabase | undefined;
let app: RunningApp | undefined;

/** Migrates, loads the demo data when asked and the database is empty; tells whether any user exists. */
async function prepareDatabase(databaseUrl: string, demo: boolean, clock: Clock): Promise<boolean> {
  const orm = await connectDatabase({ clientUrl: databaseUrl, poolSize: 2, now: clock });
  try {
    const applied = await applyMigrations(orm);
    if (applied.length > 0) console.log(`applied ${applied.length} migration(s): ${applied.join(", ")}`);
    if (demo && (await isDatabaseEmpty(orm.em.fork()))) {
      const started = performance.now();
      // Demo sales end with the last complete month, so averages and classes mean something whatever the date.
      const today = clock();
      const summary = await loadDemoData(orm.em.fork(), generateDemoData({ lastMonth: lastCompleteMonth(todayIn(today, "UTC")) }), today);
      console.log(`loaded demo data: ${summary.customers} customers, ${summary.monthlySales} monthly sales, ${summary.users} users (${Math.round(performance.now() - started)} ms)`);
      const planning = performance.now();
      const plans = await planDemoTerritories(orm.em.fork(), today);
      console.log(`planned demo visits: ${plans.map((plan) => `${plan.territory} ${plan.plannedVisits}${plan.feasible ? "" : " (does not fit)"}`).join(", ")} (${Math.round(performance.now() - planning)} ms)`);
    }
    return await anyUserExists(orm.em.fork());
  } finally {
    await orm.close(true);
  }
}

async function start(): Promise<void> {
  const settings = readSettings(process.env);
  await checkPortFree(settings.port);
  database = await openConfiguredDatabase(settings);
  const databaseUrl = database.url;
  const clusterDir = database.embedded?.clusterDir;
  if (clusterDir && clusterDir !== join(settings.dataDir, "postgres")) {
    console.log(`embedded PostgreSQL data lives in ${clusterDir} (the postgres OS user cannot reach ${settings.dataDir})`);
  }
  const usersExist = await prepareDatabase(databaseUrl, settings.demo, settings.clock);
  const secret = await loadAuthSecret(settings.authSecret, join(settings.dataDir, "auth-secret"));
  app = await startApp({
    databaseUrl,
    port: settings.port,
    webDistDir: settings.webDistDir,
    auth: { secret, tokenLifetimeSeconds: settings.tokenLifetimeHours * 3600, now: settings.clock },
    trustForwardedFor: settings.trustProxy,
    earliestSalesMonth: settings.earliestSalesMonth,
    visitPlanSettings: settings.visitPlans,
    dev: settings.dev,
    graphqlMaxBodyBytes: settings.graphqlMaxBodyBytes,
  });
  // Worked out before the banner, which is then printed at once.
  const logins = settings.demo ? demoLoginLines(generateDemoData({ lastMonth: lastCompleteMonth(todayIn(settings.clock(), "UTC")) }).users) : [];
  console.log(`Beatplan is running at ${app.url}  (GraphQL: ${app.url}/graphql)`);
  if (settings.clock !== systemClock) console.log(`the clock was set with BEATPLAN_NOW and reads ${settings.clock().toISOString()}`);
  if (logins.length > 0) console.log(logins.join("\n"));
  if (!usersExist) console.log(firstAdminHint);
}

async function shutdown(): Promise<void> {
  await app?.close().catch(() => undefined);
  await database?.release().catch(() => undefined);
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
