// Shared-territory measurements: one territory served by several reps with
// homes in different districts, against the same customers served by as many
// anonymous vehicles from the office. Each seed builds its own territory; each
// case is solved in-process on one thread for each budget, seeded, after a
// run that educates only the initial population. Medians over seeds close
// the output. Usage:
//   pnpm bench:reps [--customers 300] [--reps 3] [--seeds 1,2,3] [--budgets 10,30] [--clock cpu|wall] [--cases reps,office] [--json <file>]
//   pnpm bench:reps --pvrp p01,p04,p13,p20 [--iterations 300] [--seed 1] [--instances <dir>]
// Budgets are seconds of this thread's CPU time by default (`--clock cpu`),
// so a busy machine slows the run down rather than shortening the search.
// `--pvrp` instead solves PVRP instances for a fixed number of iterations:
// an exact check that the search without reps is unchanged.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadavg } from "node:os";
import { buildCyclePlan, createRandom, createVisitCycleProblem, geneticSearch, parseCordeauInstance, routesOf, solve } from "@beatplan/domain";
import type { VisitCycleInput } from "@beatplan/domain";
import { officeVehiclesInstance, sharedTerritoryInstance } from "./bench/shared-territory-instance.ts";

const argv = process.argv.slice(2).filter((argument) => argument !== "--");
const option = (name: string): string | undefined => {
  const index = argv.indexOf(`--${name}`);
  return index >= 0 ? argv[index + 1] : undefined;
};
const seeds = (option("seeds") ?? option("seed") ?? "1").split(",").map(Number);
const customers = Number(option("customers") ?? 300);
const repCount = Number(option("reps") ?? 3);
const budgets = (option("budgets") ?? "10,30").split(",").map(Number);
const clockKind = option("clock") ?? "cpu";
const jsonFile = option("json");
const pvrp = option("pvrp");
const cases = (option("cases") ?? "reps,office").split(",");
const load = (): string => loadavg().map((value) => value.toFixed(2)).join(" ");

const clock = clockKind === "cpu" ? () => process.threadCpuUsage().user / 1000 : () => performance.now();

if (pvrp !== undefined) {
  const iterations = Number(option("iterations") ?? 300);
  const seed = seeds[0] as number;
  const directory = resolve(option("instances") ?? resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "shared", "bench", "pvrp", "instances"));
  for (const name of pvrp.split(",")) {
    const instance = parseCordeauInstance(readFileSync(join(directory, name), "utf8"));
    const startedAt = performance.now();
    const result = solve(createVisitCycleProblem(instance.input), { random: createRandom(seed), clock, stop: { maxIterations: iterations } });
    const seconds = (performance.now() - startedAt) / 1000;
    console.log(`${name.padEnd(5)} seed ${seed} iterations ${iterations}: cost ${result.cost.toFixed(4)} feasible ${result.feasible}  (${seconds.toFixed(1)} s wall, load ${load()})`);
  }
  process.exit(0);
}

interface Measurement {
  name: string;
  budgetSeconds: number;
  wallSeconds: number;
  cpuSeconds: number;
  cost: number;
  feasible: boolean;
  iterations: number;
  educations: number;
  /** Search seconds (on the budget's clock) per educated individual. */
  secondsPerEducation: number;
  /** When the returned plan was first reached, on the budget's clock. */
  secondsToBest: number;
  loadAverage: string;
}

function measure(name: string, input: VisitCycleInput, budgetSeconds: number, seed: number): Measurement {
  const problem = createVisitCycleProblem(input);
  const wallStart = performance.now();
  const cpuStart = process.threadCpuUsage().user;
  let secondsToBest = 0;
  let bestSeen = Infinity;
  const result = geneticSearch(problem, {
    random: createRandom(seed),
    clock,
    stop: { maxSeconds: budgetSeconds },
    onProgress: (event) => {
      if (event.feasible && event.bestCost < bestSeen - 1e-9) {
        bestSeen = event.bestCost;
        secondsToBest = event.elapsedSeconds;
      }
    },
  });
  // The plan is rebuilt from the routes, so cost and feasibility do not rest on the search's own bookkeeping.
  const plan = buildCyclePlan(problem, routesOf(problem, result.best));
  const measurement: Measurement = {
    name,
    budgetSeconds,
    wallSeconds: (performance.now() - wallStart) / 1000,
    cpuSeconds: (process.threadCpuUsage().user - cpuStart) / 1e6,
    cost: plan.objectiveCost,
    feasible: plan.feasible,
    iterations: result.iterations,
    educations: result.educations,
    secondsPerEducation: result.elapsedSeconds / Math.max(1, result.educations),
    secondsToBest,
    loadAverage: load(),
  };
  console.log(
    `${name.padEnd(42)} budget ${String(budgetSeconds).padStart(3)} s (${clockKind})  wall ${measurement.wallSeconds.toFixed(1).padStart(5)} s  ` +
      `cost ${measurement.cost.toFixed(2).padStart(8)}  feasible ${String(measurement.feasible).padEnd(5)}  iterations ${String(measurement.iterations).padStart(5)}  ` +
      `educated ${String(measurement.educations).padStart(5)}  ${(1000 * measurement.secondsPerEducation).toFixed(0).padStart(5)} ms each  best at ${secondsToBest.toFixed(1).padStart(5)} s  load ${measurement.loadAverage}`,
  );
  return measurement;
}

// The initial population alone: every case educates the same number of
// fresh individuals, so their time compares the local search itself.
function measureSeeding(input: VisitCycleInput, seed: number): { educations: number; secondsPerEducation: number } {
  const result = geneticSearch(createVisitCycleProblem(input), { random: createRandom(seed), clock, stop: { maxIterations: 1 } });
  return { educations: result.educations, secondsPerEducation: result.elapsedSeconds / result.educations };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((first, second) => first - second);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const kinds = [
  { kind: "reps", label: `${repCount} reps`, build: sharedTerritoryInstance },
  { kind: "office", label: `${repCount} office vehicles`, build: officeVehiclesInstance },
].filter((entry) => cases.includes(entry.kind));
const runs: { seed: number; kind: string; seeding: { educations: number; secondsPerEducation: number }; measurements: Measurement[] }[] = [];
for (const seed of seeds) {
  for (const { kind, label, build } of kinds) {
    const input = build(customers, repCount, seed);
    const seeding = measureSeeding(input, seed);
    console.log(`seed ${seed} ${label}: initial population of ${seeding.educations} educated at ${(1000 * seeding.secondsPerEducation).toFixed(0)} ms each`);
    runs.push({ seed, kind, seeding, measurements: budgets.map((budget) => measure(`seed ${seed} ${customers} customers, ${label}`, input, budget, seed)) });
  }
}
const summary: Record<string, unknown> = {};
for (const { kind } of kinds) {
  const ofKind = runs.filter((run) => run.kind === kind);
  const perBudget = budgets.map((budget, index) => {
    const at = ofKind.map((run) => run.measurements[index] as Measurement);
    return {
      budget,
      medianCost: median(at.map((entry) => entry.cost)),
      feasible: at.filter((entry) => entry.feasible).length,
      medianIterations: median(at.map((entry) => entry.iterations)),
      medianMsPerEducation: 1000 * median(at.map((entry) => entry.secondsPerEducation)),
    };
  });
  const firstIndex = 0;
  const lastIndex = budgets.length - 1;
  const gaps = ofKind.map((run) => {
    const short = (run.measurements[firstIndex] as Measurement).cost;
    const long = (run.measurements[lastIndex] as Measurement).cost;
    return (100 * (short - long)) / long;
  });
  const seedingMs = 1000 * median(ofKind.map((run) => run.seeding.secondsPerEducation));
  summary[kind] = { perBudget, medianShortAboveLongPercent: median(gaps), worstShortAboveLongPercent: Math.max(...gaps), medianSeedingMsPerEducation: seedingMs };
  for (const entry of perBudget) {
    console.log(
      `${kind.padEnd(6)} ${String(entry.budget).padStart(3)} s: median cost ${entry.medianCost.toFixed(2)}, feasible ${entry.feasible}/${ofKind.length}, median iterations ${entry.medianIterations}, median ${entry.medianMsPerEducation.toFixed(0)} ms per education`,
    );
  }
  if (budgets.length > 1) {
    console.log(`${kind.padEnd(6)} ${budgets[firstIndex]} s plan above the ${budgets[lastIndex]} s plan: median ${median(gaps).toFixed(2)}%, worst ${Math.max(...gaps).toFixed(2)}%`);
  }
  console.log(`${kind.padEnd(6)} initial population: median ${seedingMs.toFixed(0)} ms per education`);
}
const reps = summary.reps as { medianSeedingMsPerEducation: number } | undefined;
const office = summary.office as { medianSeedingMsPerEducation: number } | undefined;
if (reps !== undefined && office !== undefined) {
  console.log(`initial population: education with reps takes ${(reps.medianSeedingMsPerEducation / office.medianSeedingMsPerEducation).toFixed(2)}× as long as with office vehicles`);
}
if (jsonFile !== undefined) writeFileSync(jsonFile, `${JSON.stringify({ seeds, customers, repCount, clock: clockKind, runs, summary }, null, 2)}\n`);
