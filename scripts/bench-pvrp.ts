// PVRP benchmark: solves each Cordeau-format instance with the parallel
// runner, re-checks every plan with the independent checker and compares
// with the best-known solutions. Usage in scripts/bench/pvrp-bench-args.ts.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { checkCordeauSolution, createVisitCycleProblem, parseCordeauInstance } from "@beatplan/domain";
import { solveInParallel } from "@beatplan/domain/runner";
import { parsePvrpBenchArgs, readBestKnown } from "./bench/pvrp-bench-args.ts";

interface Row {
  instance: string;
  n: number;
  m: number;
  t: number;
  bks: number | null;
  cost: number | null;
  gapPercent: number | null;
  feasible: boolean;
  seconds: number;
  error?: string;
}

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = parsePvrpBenchArgs(process.argv.slice(2), repositoryRoot);
const bestKnown = readBestKnown(readFileSync(args.bksFile, "utf8"));
const names = readdirSync(args.instancesDirectory)
  .filter((name) => !name.startsWith(".") && (args.only === null || args.only.includes(name)))
  .sort((first, second) => first.localeCompare(second, "en", { numeric: true }));

const rows: Row[] = [];
console.log(`${"instance".padEnd(10)} ${"n".padStart(4)} ${"m".padStart(3)} ${"t".padStart(3)} ${"BKS".padStart(10)} ${"cost".padStart(10)} ${"gap %".padStart(7)} feasible ${"seconds".padStart(7)}`);
for (const name of names) {
  const text = readFileSync(join(args.instancesDirectory, name), "utf8");
  const startedAt = performance.now();
  const row: Row = { instance: name, n: 0, m: 0, t: 0, bks: bestKnown.get(name) ?? null, cost: null, gapPercent: null, feasible: false, seconds: 0 };
  try {
    const instance = parseCordeauInstance(text);
    row.n = instance.customerCount;
    row.m = instance.vehiclesPerDay;
    row.t = instance.dayCount;
    const result = await solveInParallel(createVisitCycleProblem(instance.input), {
      stop: { maxSeconds: args.secondsPerInstance },
      seed: args.seed,
      workers: args.workers,
    });
    const routes = result.plan.days.flatMap((day) => day.routes.map((route) => ({ day: day.day + 1, customers: route.nodes })));
    const check = checkCordeauSolution(text, routes);
    row.cost = check.cost;
    row.feasible = check.feasible;
    if (!check.feasible) row.error = check.violations.slice(0, 3).join("; ");
    if (row.bks !== null) row.gapPercent = (100 * (check.cost - row.bks)) / row.bks;
  } catch (error) {
    row.error = error instanceof Error ? error.message : String(error);
  }
  row.seconds = (performance.now() - startedAt) / 1000;
  rows.push(row);
  const format = (value: number | null, digits: number): string => (value === null ? "-" : value.toFixed(digits));
  console.log(
    `${name.padEnd(10)} ${String(row.n).padStart(4)} ${String(row.m).padStart(3)} ${String(row.t).padStart(3)} ${format(row.bks, 2).padStart(10)} ${format(row.cost, 2).padStart(10)} ${format(row.gapPercent, 2).padStart(7)} ${String(row.feasible).padEnd(8)} ${row.seconds.toFixed(1).padStart(7)}${row.error ? `  ${row.error}` : ""}`,
  );
}
const gaps = rows.filter((row) => row.feasible && row.gapPercent !== null).map((row) => row.gapPercent as number);
const meanGapPercent = gaps.length === 0 ? null : gaps.reduce((sum, gap) => sum + gap, 0) / gaps.length;
const infeasible = rows.filter((row) => !row.feasible).length;
console.log(`mean gap ${meanGapPercent === null ? "-" : meanGapPercent.toFixed(3)}% over ${gaps.length} feasible instance(s); infeasible: ${infeasible}`);
if (args.jsonFile !== null) {
  writeFileSync(args.jsonFile, `${JSON.stringify({ rows, meanGapPercent, infeasible }, null, 2)}\n`);
}
