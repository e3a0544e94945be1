/** Measuring helpers of the API benchmark: child servers, CPU from /proc, autocannon runs, statement counts. */
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import autocannon from "autocannon";
import pg from "pg";

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
const ticksPerSecond = 100;

/** A server process started for the benchmark. */
export interface ChildServer {
  name: string;
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `args` with node and waits until a line of its output matches `ready`. */
export function startChild(name: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, url: string, ready: RegExp): Promise<ChildServer> {
  const child = spawn(process.execPath, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) {
        resolve({
          name,
          url,
          process: child,
          stop: () => new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once("exit", () => done());
            child.kill("SIGTERM");
          }),
        });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`${name} exited with ${code} before it was ready:\n${output.slice(-2000)}`)));
  });
}

function processCpuTicks(pid: number): { ticks: number; childTicks: number; ppid: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name: state ppid … utime(14) stime(15) cutime(16) cstime(17).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { ticks: Number(fields[11]) + Number(fields[12]), childTicks: Number(fields[13]) + Number(fields[14]), ppid: Number(fields[1]) };
  } catch {
    return undefined;
  }
}

/** CPU milliseconds used so far by one process (all its threads). */
export function processCpuMs(pid: number): number {
  return ((processCpuTicks(pid)?.ticks ?? 0) * 1000) / ticksPerSecond;
}

/**
 * CPU milliseconds used so far by the PostgreSQL cluster: the postmaster and its children
 * (backends, checkpointer, walwriter, autovacuum), the ones still running and, through the
 * postmaster's cutime/cstime, the ones that ended (pool connections closed, autovacuum workers).
 */
export function postgresCpuMs(clusterDir: string): number {
  const postmaster = Number(readFileSync(join(clusterDir, "postmaster.pid"), "utf8").split("\n")[0]);
  let ticks = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = processCpuTicks(Number(entry));
    if (stat && Number(entry) === postmaster) ticks += stat.ticks + stat.childTicks;
    else if (stat && stat.ppid === postmaster) ticks += stat.ticks;
  }
  return (ticks * 1000) / ticksPerSecond;
}

/** One timed run of one query on one server. */
export interface RunResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  serverCpuMsPerRequest: number;
  postgresCpuMsPerRequest: number;
  errors: number;
}

/** Sends the query for `seconds` with `connections` concurrent connections to 127.0.0.1 and measures it. */
export async function timedRun(server: ChildServer, body: string, headers: Record<string, string>, connections: number, seconds: number, clusterDir: string): Promise<RunResult> {
  const pid = server.process.pid!;
  const serverBefore = processCpuMs(pid);
  const postgresBefore = postgresCpuMs(clusterDir);
  const result = await autocannon({ url: `${server.url}/graphql`, method: "POST", headers: { "content-type": "application/json", ...headers }, body, connections, duration: seconds });
  const requests = result.requests.total;
  const perRequest = (milliseconds: number) => (requests > 0 ? milliseconds / requests : Number.NaN);
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests,
    serverCpuMsPerRequest: perRequest(processCpuMs(pid) - serverBefore),
    postgresCpuMsPerRequest: perRequest(postgresCpuMs(clusterDir) - postgresBefore),
    errors: result.errors + result.non2xx,
  };
}

/** Statements PostgreSQL executed per request over `count` sequential requests (pg_stat_statements, utility statements included). */
export async function statementsPerRequest(adminUrl: string, send: () => Promise<void>, count: number): Promise<number> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query("select pg_stat_statements_reset()");
    for (let index = 0; index < count; index += 1) await send();
    const { rows } = await client.query<{ calls: string }>("select coalesce(sum(calls), 0) as calls from pg_stat_statements where query not ilike '%pg_stat_statements%'");
    return Number(rows[0]!.calls) / count;
  } finally {
    await client.end();
  }
}

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
