/**
 * Imports a monthly sales CSV straight into the configured database (DATABASE_URL, else the
 * embedded one in BEATPLAN_DATA_DIR — stop the server first, the embedded cluster allows one user).
 *
 * Usage: node --import @swc-node/register/esm-register src/sales/import-sales-cli.ts <file.csv>
 * CSV: header customerCode,month,volume,amount[,ourShare]; one row per (customer, month).
 * Any bad line means nothing is written; every problem is printed with its line number.
 */
import "reflect-metadata";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { Scope } from "../auth/scope.ts";
import { openConfiguredDatabase, type ConfiguredDatabase } from "../db/configured-database.ts";
import { connectDatabase } from "../db/database.ts";
import { DomainErrors } from "../shared/domain-error.ts";
import { readSettings } from "../settings.ts";
import { StartupError } from "../startup-error.ts";
import { withRequestContext } from "../shared/request-context.ts";
import { importMonthlySales, validateSalesRows } from "./monthly-sales-import.ts";
import { parseSalesCsv } from "./sales-csv.ts";

const shownProblems = 50;

async function run(argument: string | undefined): Promise<number> {
  if (!argument) {
    console.error("usage: import-sales <file.csv>   (header: customerCode,month,volume,amount[,ourShare])");
    return 2;
  }
  // pnpm runs package scripts inside the package; INIT_CWD is where the user typed the command.
  const file = resolve(process.env.INIT_CWD ?? process.cwd(), argument);
  const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new StartupError(`cannot read ${file}: ${error.code ?? error.message}`);
  });
  const csv = parseSalesCsv(text);
  const shapeProblems = [...csv.errors, ...(csv.errors.length > 0 ? validateSalesRows(csv.rows, "line") : [])];
  if (shapeProblems.length > 0) return report(file, shapeProblems.map((problem) => problem.message));
  let database: ConfiguredDatabase | undefined;
  try {
    const settings = readSettings(process.env);
    database = await openConfiguredDatabase(settings);
    const orm = await connectDatabase({ clientUrl: database.url, poolSize: 2, now: settings.clock });
    try {
      const pending = await orm.migrator.getPending();
      if (pending.length > 0) throw new StartupError(`the database has ${pending.length} pending migration(s); start the server once to apply them`);
      const started = performance.now();
      const operator = Scope.forOperator();
      // Attributed to "operator" in the audit trail.
      const auditContext = { requestId: null, clientAddress: "cli", viewer: operator.viewer, operation: "import-sales CLI" };
      const result = await withRequestContext(auditContext, () => importMonthlySales(orm.em.fork(), operator, csv.rows, "line"));
      console.log(`imported ${file}: ${result.inserted} inserted, ${result.updated} updated (${csv.rows.length} rows in ${Math.round(performance.now() - started)} ms)`);
      return 0;
    } catch (error) {
      if (error instanceof DomainErrors) return report(file, error.errors.map((problem) => problem.message));
      throw error;
    } finally {
      await orm.close(true);
    }
  } finally {
    await database?.release();
  }
}

function report(file: string, problems: string[]): number {
  console.error(`nothing imported from ${file}: ${problems.length} problem(s)`);
  for (const problem of problems.slice(0, shownProblems)) console.error(`  ${problem}`);
  if (problems.length > shownProblems) console.error(`  … and ${problems.length - shownProblems} more`);
  return 1;
}

try {
  process.exitCode = await run(process.argv[2]);
} catch (error) {
  const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
  console.error(`import-sales: ${message}`);
  process.exitCode = 1;
}
