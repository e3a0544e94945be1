/**
 * Generates a large company into an empty database, for benchmarks and load tests: DATABASE_URL,
 * else an embedded cluster in `--data-dir` (default `.data/generated` in the repository, kept
 * between runs; pass `--replace` to start it afresh). Every user's password is `--password`.
 *
 * Usage: pnpm generate --customers 100000 [--reps n] [--months 12] [--contacts 2.5]
 *        [--plan-share 0.2] [--last-month YYYY-MM] [--data-dir dir] [--replace] [--password p]
 */
import "reflect-metadata";
import { lastCompleteMonth, todayIn } from "@beatplan/domain";
import { rm } from "node:fs/promises";
import { resolve } from "node:path";
import { hashPassword } from "../auth/password.ts";
import { openConfiguredDatabase } from "../db/configured-database.ts";
import { applyMigrations, connectDatabase } from "../db/database.ts";
import { repositoryRoot } from "../settings.ts";
import { StartupError } from "../startup-error.ts";
import { isDatabaseEmpty } from "./load-demo-data.ts";
import { generateCompany, generatedAdminEmail, generatedLogins, generatedPassword } from "./generate-company.ts";

const argv = process.argv.slice(2).filter((argument) => argument !== "--");

function option(name: string): string | undefined {
  const index = argv.indexOf(`--${name}`);
  return index >= 0 ? argv[index + 1] : undefined;
}

function numberOption(name: string): number | undefined {
  const text = option(name);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) throw new StartupError(`--${name} must be a number, got ${JSON.stringify(text)}`);
  return value;
}

async function run(): Promise<void> {
  const customers = numberOption("customers") ?? 100_000;
  const now = new Date();
  const lastMonth = option("last-month") ?? lastCompleteMonth(todayIn(now, "UTC"));
  const dataDir = resolve(process.env.INIT_CWD ?? process.cwd(), option("data-dir") ?? resolve(repositoryRoot, ".data/generated"));
  if (argv.includes("--replace") && !process.env.DATABASE_URL) await rm(dataDir, { recursive: true, force: true });
  const database = await openConfiguredDatabase({ databaseUrl: process.env.DATABASE_URL?.trim() || undefined, dataDir } as Parameters<typeof openConfiguredDatabase>[0]);
  try {
    const orm = await connectDatabase({ clientUrl: database.url, poolSize: 2 });
    try {
      await applyMigrations(orm);
      if (!(await isDatabaseEmpty(orm.em.fork()))) throw new StartupError(`the database at ${dataDir} is not empty; pass --replace (embedded) or use an empty DATABASE_URL`);
      const started = performance.now();
      const passwordHash = await hashPassword(option("password") ?? generatedPassword);
      const summary = await orm.em.fork().transactional((tx) =>
        generateCompany(
          tx,
          { customers, reps: numberOption("reps"), repsPerTerritory: numberOption("reps-per-territory"), months: numberOption("months"), contacts: numberOption("contacts"), planShare: numberOption("plan-share") },
          lastMonth,
          passwordHash,
          now,
        ),
      );
      await orm.em.getConnection().execute("vacuum analyze");
      const seconds = (performance.now() - started) / 1000;
      console.log(`generated in ${seconds.toFixed(1)} s (sales up to ${lastMonth}): ${JSON.stringify(summary)}`);
      console.log(`database: ${process.env.DATABASE_URL ? "DATABASE_URL" : `${dataDir} (embedded)`}; logins ${generatedAdminEmail}, ${generatedLogins.manager(1)}, ${generatedLogins.rep(1)}`);
    } finally {
      await orm.close(true);
    }
  } finally {
    await database.release();
  }
}

run().catch((error: unknown) => {
  console.error(error instanceof StartupError || error instanceof RangeError ? error.message : error);
  process.exitCode = 1;
});
