/**
 * Benchmark: imports 100,000 monthly sales rows (the requirement is under 30 s) into a throwaway
 * embedded PostgreSQL holding the demo customers — first as new rows, then again as updates —
 * and prints the figures. Run: pnpm --filter @beatplan/api bench:import
 */
import "reflect-metadata";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startApp } from "../src/app/http-server.ts";
import { Scope } from "../src/auth/scope.ts";
import { systemClock } from "../src/clock.ts";
import { applyMigrations, connectDatabase } from "../src/db/database.ts";
import { DEMO_PASSWORD, generateDemoData } from "../src/demo/demo-data.ts";
import { loadDemoData } from "../src/demo/load-demo-data.ts";
import type { SalesRow } from "../src/sales/monthly-sales-import.ts";
import { importMonthlySales } from "../src/sales/monthly-sales-import.ts";
import { parseSalesCsv } from "../src/sales/sales-csv.ts";
import { startBenchDatabase } from "./bench-database.ts";

const rowCount = 100_000;
const limitSeconds = 30;

/** Months going back from 2018-12 so that they never collide with the demo's own sales (82 months per 100k rows). */
function monthBefore(offset: number): string {
  const index = 2018 * 12 + 11 - offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

function benchmarkCsv(customerCodes: string[], firstMonthOffset: number): string {
  const lines = ["customerCode,month,volume,amount,ourShare"];
  for (let index = 0; index < rowCount; index++) {
    const code = customerCodes[index % customerCodes.length]!;
    const month = monthBefore(firstMonthOffset + Math.floor(index / customerCodes.length));
    lines.push(`${code},${month},${(index % 997) + 0.5},${((index * 7919) % 100_000) / 100},${((index % 100) / 100).toFixed(2)}`);
  }
  return `${lines.join("\n")}\n`;
}

/** Imports fresh months through the running HTTP server: once as a GraphQL mutation, once as a CSV upload. */
async function timeOverHttp(databaseUrl: string, codes: string[]) {
  const app = await startApp({
    databaseUrl,
    port: 0,
    host: "127.0.0.1",
    webDistDir: tmpdir(),
    auth: { secret: "benchmark-secret-benchmark-secret-0123", tokenLifetimeSeconds: 3600, now: () => new Date() },
    // The GraphQL import of every row compared with the CSV route needs more than the default 1 MiB.
    graphqlMaxBodyBytes: 256 * 1024 * 1024,
  });
  try {
    const post = async (path: string, contentType: string, body: string, token?: string) => {
      const response = await fetch(`${app.url}${path}`, { method: "POST", headers: { "content-type": contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) }, body });
      return (await response.json()) as Record<string, any>;
    };
    const login = await post("/graphql", "application/json", JSON.stringify({ query: `mutation { login(input: { email: "admin@beatplan.test", password: "${DEMO_PASSWORD}" }) { token } }` }));
    const token = login.data.login.token as string;
    const rows = parseSalesCsv(benchmarkCsv(codes, 200)).rows.map(({ lineNumber, ...row }) => row);
    let begin = performance.now();
    const graphql = await post(
      "/graphql",
      "application/json",
      JSON.stringify({ query: "mutation($input: ImportMonthlySalesInput!) { importMonthlySales(input: $input) { inserted updated userErrors { message } } }", variables: { input: { rows } } }),
      token,
    );
    const graphqlSeconds = (performance.now() - begin) / 1000;
    const csvText = benchmarkCsv(codes, 400);
    begin = performance.now();
    const csv = await post("/import/monthly-sales", "text/csv", csvText, token);
    const csvSeconds = (performance.now() - begin) / 1000;
    return { graphqlSeconds, graphqlInserted: graphql.data?.importMonthlySales?.inserted as number, csvSeconds, csvInserted: csv.inserted as number };
  } finally {
    await app.close();
  }
}

const database = await startBenchDatabase();
try {
  const orm = await connectDatabase({ clientUrl: database.url, poolSize: 2 });
  try {
    await applyMigrations(orm);
    const demo = generateDemoData();
    await loadDemoData(orm.em.fork(), demo, systemClock());
    const codes = demo.customers.map((customer) => customer.code);
    const csv = benchmarkCsv(codes, 0);

    const started = performance.now();
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

    console.log(`CSV parse of ${rowCount} rows: ${(parseMs / 1000).toFixed(2)} s`);
    console.log(`import ${rowCount} new rows:      ${first.seconds.toFixed(2)} s (${first.inserted} inserted, ${first.updated} updated)`);
    console.log(`import ${rowCount} existing rows: ${second.seconds.toFixed(2)} s (${second.inserted} inserted, ${second.updated} updated)`);
    const overHttp = await timeOverHttp(database.url, codes);
    console.log(`over HTTP, GraphQL importMonthlySales with ${rowCount} rows: ${overHttp.graphqlSeconds.toFixed(2)} s (${overHttp.graphqlInserted} inserted)`);
    console.log(`over HTTP, POST /import/monthly-sales with a ${rowCount}-row CSV: ${overHttp.csvSeconds.toFixed(2)} s (${overHttp.csvInserted} inserted)`);
    const worst = Math.max(first.seconds + parseMs / 1000, second.seconds + parseMs / 1000, overHttp.graphqlSeconds, overHttp.csvSeconds);
    console.log(`${worst < limitSeconds ? "OK" : "TOO SLOW"}: slowest path ${worst.toFixed(2)} s (limit ${limitSeconds} s)`);
    if (worst >= limitSeconds) process.exitCode = 1;
  } finally {
    await orm.close(true);
  }
} finally {
  await database.drop();
}
