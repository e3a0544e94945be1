/**
 * Benchmark of the GraphQL read path: Beatplan against PostGraphile 5 (amber preset, no
 * row-level security) on the same generated database (`pnpm generate` first), the same pool
 * size (10) and the same Node. Each server runs in its own process; for every query and
 * concurrency the servers take turns, round after round (the order flips every round).
 * Reports req/s, p50/p99 latency, CPU ms per request of the server process and of PostgreSQL
 * (from /proc), statements per request (pg_stat_statements) and the CPU ratio, medians over
 * the rounds. Beatplan is asked as the manager of one territory (scoping on).
 *
 * Usage: pnpm bench:api [--label before|after] [--rounds 3] [--duration 3] [--connections 1,8] [--data-dir dir]
 * Writes docs/benchmarks/api.json (the run under its label, with the commit) and api.md, keeping
 * the hand-written notes below the notes marker of api.md.
 *
 * `pnpm bench:api --memory 300` instead loads Beatplan alone for that many seconds (Q1–Q4 in
 * turn, 10 s each, at the highest concurrency) and prints its RSS and heap at the start, at
 * the end and at their highest, sampled every second; nothing is written.
 */
import "reflect-metadata";
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import { embeddedDatabaseName } from "../src/db/configured-database.ts";
import { startEmbeddedPostgres, type RunningPostgres } from "../src/db/embedded-postgres.ts";
import { findFreePort } from "../src/db/free-port.ts";
import { generatedLogins, generatedPassword } from "../src/demo/generate-company.ts";
import { repositoryRoot } from "../src/settings.ts";
import { benchQueries } from "./api-queries.ts";
import { median, startChild, statementsPerRequest, timedRun, type ChildServer, type RunResult } from "./api-bench-measure.ts";
import { loadForMemory } from "./api-bench-memory.ts";
import { notesMarker, renderBenchmarkMarkdown, type BenchmarkFile, type BenchmarkRun, type QueryFigures } from "./api-bench-report.ts";

const argv = process.argv.slice(2).filter((argument) => argument !== "--");
const option = (name: string, fallback: string): string => {
  const index = argv.indexOf(`--${name}`);
  return index >= 0 && argv[index + 1] ? argv[index + 1]! : fallback;
};
const label = option("label", "before");
const rounds = Number(option("rounds", "3"));
const seconds = Number(option("duration", "3"));
const concurrencies = option("connections", "1,8").split(",").map(Number);
const memorySeconds = Number(option("memory", "0"));
const dataDir = resolve(process.env.INIT_CWD ?? process.cwd(), option("data-dir", join(repositoryRoot, ".data/generated")));
const poolSize = 10;
const apiDir = resolve(repositoryRoot, "packages/api");

async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/** Starts the generated cluster with pg_stat_statements loaded (set once in its postgresql.auto.conf). */
async function startDatabase(): Promise<RunningPostgres> {
  const clusterDir = join(dataDir, "postgres");
  if (!existsSync(clusterDir)) throw new Error(`no generated database in ${dataDir}; run pnpm generate --customers 100000 first`);
  let postgres = await startEmbeddedPostgres({ clusterDir, port: await findFreePort() });
  const loaded = await withClient(postgres.url, async (client) => (await client.query<{ v: string }>("select current_setting('shared_preload_libraries') as v")).rows[0]!.v);
  if (!loaded.includes("pg_stat_statements")) {
    await withClient(postgres.url, (client) => client.query("alter system set shared_preload_libraries = 'pg_stat_statements'"));
    await postgres.stop();
    postgres = await startEmbeddedPostgres({ clusterDir, port: await findFreePort() });
  }
  await withClient(databaseUrl(postgres), (client) => client.query("create extension if not exists pg_stat_statements"));
  return postgres;
}

function databaseUrl(postgres: RunningPostgres): string {
  const url = new URL(postgres.url);
  url.pathname = `/${embeddedDatabaseName}`;
  return url.toString();
}

async function post(server: ChildServer, body: string, headers: Record<string, string>): Promise<{ data?: unknown; errors?: unknown[] }> {
  const response = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  return (await response.json()) as { data?: unknown; errors?: unknown[] };
}

function currentCommit(): string {
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], { cwd: repositoryRoot, encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

async function main(): Promise<void> {
  // The commit the servers start from (read before they load the code).
  const commit = currentCommit();
  const postgres = await startDatabase();
  const url = databaseUrl(postgres);
  const scratch = await mkdtemp(join(tmpdir(), "beatplan-bench-api-"));
  const servers: ChildServer[] = [];
  try {
    const manager = generatedLogins.manager(1);
    const inputs = await withClient(url, async (client) => {
      const { rows } = await client.query<{ code: string; last: string; first3: string; first12: string; customers: number }>(
        `select (select c.code from customer c join territory_member m on m.territory_id = c.territory_id join app_user u on u.id = m.user_id
                 where u.email = $1 and m.membership = 'MANAGER' order by c.code limit 1) as code,
                to_char(max(month), 'YYYY-MM') as last, to_char(max(month) - interval '2 months', 'YYYY-MM') as first3,
                to_char(max(month) - interval '11 months', 'YYYY-MM') as first12, (select count(*)::int from customer) as customers
         from monthly_sales`,
        [manager],
      );
      return rows[0]!;
    });
    const beatplanPort = await findFreePort();
    servers.push(
      await startChild("Beatplan", ["--import", "@swc-node/register/esm-register", ...(memorySeconds > 0 ? ["--import", "./bench/memory-probe.ts"] : []), "src/server.ts"], apiDir,
        { ...process.env, DATABASE_URL: url, PORT: String(beatplanPort), BEATPLAN_DEMO: "false", BEATPLAN_DATA_DIR: scratch, BEATPLAN_AUTH_SECRET: randomBytes(32).toString("hex") },
        `http://127.0.0.1:${beatplanPort}`, /is running at/),
    );
    const postgraphilePort = await findFreePort();
    servers.push(
      await startChild("PostGraphile", ["bench/postgraphile-server.ts"], apiDir, { ...process.env, DATABASE_URL: url, PORT: String(postgraphilePort), POOL_SIZE: String(poolSize) },
        `http://127.0.0.1:${postgraphilePort}`, /PostGraphile is running/),
    );
    const [beatplan, postgraphile] = servers as [ChildServer, ChildServer];
    const login = await post(beatplan, JSON.stringify({ query: "mutation($input: LoginInput!) { login(input: $input) { token } }", variables: { input: { email: manager, password: generatedPassword } } }), {});
    const token = (login.data as { login: { token: string | null } } | undefined)?.login.token;
    if (!token) throw new Error(`cannot sign in as ${manager}: ${JSON.stringify(login)}`);
    const idAnswer = await post(beatplan, JSON.stringify({ query: "query($code: String!) { customers(first: 1, filter: { search: $code }) { edges { node { id code } } } }", variables: { code: inputs.code } }), { authorization: `Bearer ${token}` });
    const customerId = (idAnswer.data as { customers: { edges: { node: { id: string } }[] } } | undefined)?.customers.edges[0]?.node.id;
    if (!customerId) throw new Error(`cannot find customer ${inputs.code}: ${JSON.stringify(idAnswer)}`);
    const queries = benchQueries({ customerId, customerCode: inputs.code, lastMonth: inputs.last, firstOfLastThree: inputs.first3, firstOfLastTwelve: inputs.first12 });
    if (memorySeconds > 0) {
      await loadForMemory(beatplan, queries.map((query) => ({ key: query.key, body: JSON.stringify(query.beatplan) })), { authorization: `Bearer ${token}` }, memorySeconds, concurrencies.at(-1)!, postgres.clusterDir);
      return;
    }
    const sides: { server: ChildServer; headers: Record<string, string>; pick: (query: (typeof queries)[number]) => { query: string; variables: Record<string, unknown> } }[] = [
      { server: beatplan, headers: { authorization: `Bearer ${token}` }, pick: (query: (typeof queries)[number]) => query.beatplan },
      { server: postgraphile, headers: {}, pick: (query: (typeof queries)[number]) => query.postgraphile },
    ];
    const figures: QueryFigures[] = [];
    for (const query of queries) {
      const entry: QueryFigures = { key: query.key, title: query.title, servers: {} };
      for (const side of sides) {
        const body = JSON.stringify(side.pick(query));
        const answer = await post(side.server, body, side.headers);
        if (answer.errors?.length || !answer.data) throw new Error(`${side.server.name} ${query.key}: ${JSON.stringify(answer).slice(0, 1000)}`);
        const statements = await statementsPerRequest(url, async () => void (await post(side.server, body, side.headers)), 10);
        entry.servers[side.server.name] = { statementsPerRequest: statements, responseBytes: JSON.stringify(answer).length, byConcurrency: {} };
      }
      figures.push(entry);
    }
    const samples = new Map<string, RunResult[]>();
    for (let round = 0; round < rounds; round += 1) {
      for (const query of queries) {
        for (const connections of concurrencies) {
          const order = round % 2 === 0 ? sides : [...sides].reverse();
          for (const side of order) {
            const body = JSON.stringify(side.pick(query));
            await timedRun(side.server, body, side.headers, connections, 1, postgres.clusterDir); // warm-up
            const result = await timedRun(side.server, body, side.headers, connections, seconds, postgres.clusterDir);
            const key = `${query.key} ${side.server.name} ${connections}`;
            samples.set(key, [...(samples.get(key) ?? []), result]);
            console.log(`round ${round + 1} ${key}: ${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50Ms} ms, cpu ${result.serverCpuMsPerRequest.toFixed(2)} + ${result.postgresCpuMsPerRequest.toFixed(2)} ms/req${result.errors ? `, ${result.errors} errors` : ""}`);
          }
        }
      }
    }
    for (const entry of figures) {
      for (const side of sides) {
        const serverFigures = entry.servers[side.server.name]!;
        for (const connections of concurrencies) {
          const runs = samples.get(`${entry.key} ${side.server.name} ${connections}`) ?? [];
          serverFigures.byConcurrency[String(connections)] = {
            requestsPerSecond: median(runs.map((run) => run.requestsPerSecond)),
            p50Ms: median(runs.map((run) => run.p50Ms)),
            p99Ms: median(runs.map((run) => run.p99Ms)),
            serverCpuMsPerRequest: median(runs.map((run) => run.serverCpuMsPerRequest)),
            postgresCpuMsPerRequest: median(runs.map((run) => run.postgresCpuMsPerRequest)),
            errors: runs.reduce((sum, run) => sum + run.errors, 0),
          };
        }
      }
      const cpu = (name: string) => {
        const c = entry.servers[name]!.byConcurrency[String(concurrencies.at(-1))]!;
        return c.serverCpuMsPerRequest + c.postgresCpuMsPerRequest;
      };
      entry.ratio = cpu(beatplan.name) / cpu(postgraphile.name);
    }
    const run: BenchmarkRun = {
      label, commit, measuredAt: new Date().toISOString(), customers: inputs.customers, rounds, secondsPerRun: seconds, concurrencies, poolSize,
      machine: `${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, Node ${process.version}`, ratioAt: concurrencies.at(-1)!, queries: figures,
    };
    const jsonPath = join(repositoryRoot, "docs/benchmarks/api.json");
    const existing: BenchmarkFile = existsSync(jsonPath) ? (JSON.parse(await readFile(jsonPath, "utf8")) as BenchmarkFile) : { runs: [] };
    const file: BenchmarkFile = { runs: [...existing.runs.filter((other) => other.label !== label), run] };
    await writeFile(jsonPath, `${JSON.stringify(file, null, 2)}\n`);
    const markdownPath = join(repositoryRoot, "docs/benchmarks/api.md");
    const previous = existsSync(markdownPath) ? await readFile(markdownPath, "utf8") : "";
    const notes = previous.includes(notesMarker) ? previous.slice(previous.indexOf(notesMarker)) : "";
    await writeFile(markdownPath, `${renderBenchmarkMarkdown(file)}${notes ? `\n${notes}` : ""}`);
    console.log(`wrote docs/benchmarks/api.json and api.md (${label}, commit ${run.commit.slice(0, 7)})`);
  } finally {
    for (const server of servers.reverse()) await server.stop();
    await postgres.stop();
    await rm(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
