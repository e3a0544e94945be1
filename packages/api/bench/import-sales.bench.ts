/**
 * Benchmark: imports 100,000 monthly sales rows (the requirement is under 30 s) into a throwaway
 * embedded PostgreSQL holding the demo customers — first as new rows, then again as updates —
 * and prints the figures. Run: pnpm --filter @beatplan/api bench:import
 */
import "reflect-metadata";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { Scope } from "../src/auth/scope.ts";
import { applyMigrations, connectDatabase } from "../src/db/database.ts";
import { startEmbeddedPostgres } from "../src/db/embedded-postgres.ts";
import { findFreePort } from "../src/db/free-port.ts";
import { generateDemoData } from "../src/demo/demo-data.ts";
import { loadDemoData } from "../src/demo/load-demo-data.ts";
import type { SalesRow } from "../src/sales/monthly-sales-import.ts";
import { importMonthlySales } from "../src/sales/monthly-sales-import.ts";
import { parseSalesCsv } from "../src/sales/sales-csv.ts";

const rowCount = 100_000;
const limitSeconds = 30;

/** Months going back from 2018-12 so that they never collide with the demo's own sales. */
function monthBefore(offset: number): string {
  const index = 2018 * 12 + 11 - offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

function benchmarkCsv(customerCodes: string[]): string {
  const lines = ["customerCode,month,volume,amount,ourShare"];
  for (let index = 0; index < rowCount; index++) {
    const code = customerCodes[index % customerCodes.length]!;
    const month = monthBefore(Math.floor(index / customerCodes.length));
    lines.push(`${code},${month},${(index % 997) + 0.5},${((index * 7919) % 100_000) / 100},${((index % 100) / 100).toFixed(2)}`);
  }
  return `${lines.join("\n")}\n`;
}

const scratch = await mkdtemp(join(tmpdir(), "beatplan-bench-"));
await chmod(scratch, 0o755);
const postgres = await startEmbeddedPostgres({ clusterDir: join(scratch, "cluster"), port: await findFreePort() });
try {
  const admin = new pg.Client({ connectionString: postgres.url });
  await admin.connect();
  await admin.query("create database beatplan_bench");
  await admin.end();
  const url = new URL(postgres.url);
  url.pathname = "/beatplan_bench";
  const orm = await connectDatabase({ clientUrl: url.toString(), poolSize: 2 });
  try {
    await applyMigrations(orm);
    const demo = generateDemoData();
    await loadDemoData(orm.em.fork(), demo);
    const csv = benchmarkCsv(demo.customers.map((customer) => customer.code));

    let started = performance.now();
    const parsed = parseSalesCsv(csv);
    const parseMs = performance.now() - started;
    if (parsed.errors.length > 0 || parsed.rows.length !== rowCount) throw new Error(`benchmark CSV did not parse cleanly: ${parsed.errors[0]?.message}`);

    const timeImport = async (rows: SalesRow[]) => {
      const begin = performance.now();
      const result = await importMonthlySales(orm.em.fork(), Scope.forOperator(), rows, "line");
      return { ...result, seconds: (performance.now() - begin) / 1000 };
    };
    const first = await timeImport(parsed.rows);
    const second = await timeImport(parsed.rows);
    started = performance.now();

    console.log(`CSV parse of ${rowCount} rows: ${(parseMs / 1000).toFixed(2)} s`);
    console.log(`import ${rowCount} new rows:      ${first.seconds.toFixed(2)} s (${first.inserted} inserted, ${first.updated} updated)`);
    console.log(`import ${rowCount} existing rows: ${second.seconds.toFixed(2)} s (${second.inserted} inserted, ${second.updated} updated)`);
    const worst = Math.max(first.seconds, second.seconds) + parseMs / 1000;
    console.log(`${worst < limitSeconds ? "OK" : "TOO SLOW"}: worst parse + import ${worst.toFixed(2)} s (limit ${limitSeconds} s)`);
    if (worst >= limitSeconds) process.exitCode = 1;
  } finally {
    await orm.close(true);
  }
} finally {
  await postgres.stop();
  await rm(postgres.clusterDir, { recursive: true, force: true });
  await rm(scratch, { recursive: true, force: true });
}
