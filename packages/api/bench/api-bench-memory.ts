import { timedRun, type ChildServer } from "./api-bench-measure.ts";

/** One memory sample of the server, in bytes. */
interface MemorySample {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Loads the server (started with bench/memory-probe.ts preloaded) with the queries in turn,
 * 10 s each at `connections`, for `seconds` in all, and prints its RSS and heap at the start,
 * at the end and at their highest, and per minute the lowest heap used (what survives garbage
 * collection; a leak makes it climb) and the highest RSS.
 */
export async function loadForMemory(server: ChildServer, queries: { key: string; body: string }[], headers: Record<string, string>, seconds: number, connections: number, clusterDir: string): Promise<void> {
  const samples: MemorySample[] = [];
  let partial = "";
  server.process.stderr?.on("data", (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) if (line.startsWith("beatplan-memory ")) samples.push(JSON.parse(line.slice("beatplan-memory ".length)) as MemorySample);
  });
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const start = samples.at(-1);
  const until = Date.now() + seconds * 1000;
  let requests = 0;
  let errors = 0;
  for (let index = 0; Date.now() < until; index += 1) {
    const query = queries[index % queries.length]!;
    const result = await timedRun(server, query.body, headers, connections, Math.max(1, Math.min(10, Math.round((until - Date.now()) / 1000))), clusterDir);
    requests += result.requests;
    errors += result.errors;
  }
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const end = samples.at(-1);
  if (!start || !end) throw new Error("no memory samples from the server (is bench/memory-probe.ts preloaded?)");
  const under = samples.slice(samples.indexOf(start));
  const highest = (pick: (sample: MemorySample) => number) => Math.max(...under.map(pick));
  console.log(`memory over ${seconds} s of load (${requests} requests, ${errors} errors, c=${connections}, ${under.length} samples):`);
  console.log(`  RSS       start ${megabytes(start.rss)}, end ${megabytes(end.rss)}, max ${megabytes(highest((sample) => sample.rss))}`);
  console.log(`  heap used start ${megabytes(start.heapUsed)}, end ${megabytes(end.heapUsed)}, max ${megabytes(highest((sample) => sample.heapUsed))}`);
  console.log(`  heap total start ${megabytes(start.heapTotal)}, end ${megabytes(end.heapTotal)}, max ${megabytes(highest((sample) => sample.heapTotal))}`);
  // The lowest heap of each minute is what survives garbage collection: a leak makes it climb.
  const minutes: string[] = [];
  for (let from = 0; from < under.length; from += 60) {
    const window = under.slice(from, from + 60);
    minutes.push(`${megabytes(Math.min(...window.map((sample) => sample.heapUsed)))} / ${megabytes(Math.max(...window.map((sample) => sample.rss)))}`);
  }
  console.log(`  per minute, lowest heap used / highest RSS: ${minutes.join(", ")}`);
}
