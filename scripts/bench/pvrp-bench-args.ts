import { resolve } from "node:path";

/** Command-line options of the PVRP benchmark. */
export interface PvrpBenchArgs {
  readonly instancesDirectory: string;
  readonly bksFile: string;
  readonly secondsPerInstance: number;
  readonly seed: number;
  readonly jsonFile: string | null;
  readonly only: readonly string[] | null;
  readonly workers: number | undefined;
}

const usage =
  "usage: pnpm bench:pvrp [--instances <dir>] [--bks <csv>] [--time <seconds per instance>] [--seed <n>] [--json <file>] [--only p01,p02] [--workers <n>]";

/** Reads the benchmark's arguments; defaults point at the shared folder beside the repository. */
export function parsePvrpBenchArgs(argv: readonly string[], repositoryRoot: string): PvrpBenchArgs {
  const values = new Map<string, string>();
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index] as string;
    if (flag === "--") continue;
    if (!flag.startsWith("--")) throw new Error(`unexpected argument "${flag}"\n${usage}`);
    const value = argv[index + 1];
    if (value === undefined) throw new Error(`${flag} needs a value\n${usage}`);
    values.set(flag.slice(2), value);
    index++;
  }
  for (const key of values.keys()) {
    if (!["instances", "bks", "time", "seed", "json", "only", "workers"].includes(key)) throw new Error(`unknown option --${key}\n${usage}`);
  }
  const shared = resolve(repositoryRoot, "..", "shared", "bench", "pvrp");
  const number = (key: string, fallback: number): number => {
    const raw = values.get(key);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`--${key} must be a positive number, got "${raw}"`);
    return value;
  };
  return {
    instancesDirectory: resolve(values.get("instances") ?? resolve(shared, "instances")),
    bksFile: resolve(values.get("bks") ?? resolve(shared, "bks.csv")),
    secondsPerInstance: number("time", 60),
    seed: Math.floor(number("seed", 1)),
    jsonFile: values.has("json") ? resolve(values.get("json") as string) : null,
    only: values.has("only") ? (values.get("only") as string).split(",").map((name) => name.trim()) : null,
    workers: values.has("workers") ? Math.floor(number("workers", 2)) : undefined,
  };
}

/** Best-known values by instance name from a `instance,…,bks,…` CSV (quoted fields allowed). */
export function readBestKnown(csv: string): Map<string, number> {
  const lines = csv.split("\n").filter((line) => line.trim().length > 0);
  const header = (lines[0] ?? "").split(",");
  const nameColumn = header.indexOf("instance");
  const bksColumn = header.indexOf("bks");
  if (nameColumn < 0 || bksColumn < 0) throw new Error(`bks file needs "instance" and "bks" columns, got header "${lines[0]}"`);
  const result = new Map<string, number>();
  for (const line of lines.slice(1)) {
    const fields = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)?.map((field) => field.replace(/,$/, "")) ?? [];
    const name = fields[nameColumn];
    const value = Number(fields[bksColumn]);
    if (name !== undefined && Number.isFinite(value)) result.set(name, value);
  }
  return result;
}
