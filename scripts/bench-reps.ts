// Shared-territory measurements: one territory served by several reps with
// homes in different districts, against the same customers served by as many
// anonymous vehicles from the office. Each case is solved in-process on one
// thread for each budget, with a seeded generator. Usage:
//   pnpm bench:reps [--customers 300] [--reps 3] [--seed 1] [--budgets 10,30] [--clock cpu|wall] [--cases reps,office] [--json <file>]
//   pnpm bench:reps --pvrp p01,p04,p13,p20 [--iterations 300] [--seed 1]
// Budgets are seconds of this thread's CPU time by default (`--clock cpu`),
// so a busy machine slows the run down rather than shortening the search.
// `--pvrp` instead solves PVRP instances for a fixed number of iterations:
// an exact check that the search without reps is unchanged.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadavg } from "node:os";
import { buildCyclePlan, createRandom, createVisitCycleProblem, parseCordeauInstance, solve } from "@beatplan/domain";
import type { VisitCycleInput, VisitCycleProblem } from "@beatplan/domain";
import { geneticSearch } from "../packages/domain/src/scheduling/search/genetic-search.ts";
import type { Individual } from "../packages/domain/src/scheduling/search/individual.ts";
import { officeVehiclesInstance, sharedTerritoryInstance } from "./bench/shared-territory-instance.ts";

const argv = process.argv.slice(2).filter((argument) => argument !== "--");
const option = (name: string): string | undefined => {
  const index = argv.indexOf(`--${name}`);
  return index >= 0 ? argv[index + 1] : undefined;
};
const seed = Number(option("seed") ?? 1);
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
  const directory = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "shared", "bench", "pvrp", "instances");
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

function routesOf(problem: VisitCycleProblem, individual: Individual): number[][][] {
  return individual.tours.map((tour, day) => {
    const ends = individual.routeEnds[day] as Int32Array;
    const routes: number[][] = [];
    let begin = 0;
    for (let vehicle = 0; vehicle < (problem.vehicles[day] as number); vehicle++) {
      routes.push(Array.from(tour.subarray(begin, ends[vehicle] as number)));
      begin = ends[vehicle] as number;
    }
    return routes;
  });
}

function measure(name: string, input: VisitCycleInput, budgetSeconds: number): Measurement {
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
    `${name.padEnd(34)} budget ${String(budgetSeconds).padStart(3)} s (${clockKind})  wall ${measurement.wallSeconds.toFixed(1).padStart(5)} s  ` +
      `cost ${measurement.cost.toFixed(2).padStart(8)}  feasible ${String(measurement.feasible).padEnd(5)}  iterations ${String(measurement.iterations).padStart(5)}  ` +
      `educated ${String(measurement.educations).padStart(5)}  ${(1000 * measurement.secondsPerEducation).toFixed(0).padStart(5)} ms each  best at ${secondsToBest.toFixed(1).padStart(5)} s  load ${measurement.loadAverage}`,
  );
  return measurement;
}

const shared = sharedTerritoryInstance(customers, repCount, seed);
const office = officeVehiclesInstance(customers, repCount, seed);
const measurements: Measurement[] = [];
for (const budget of budgets) {
  if (cases.includes("reps")) measurements.push(measure(`${customers} customers, ${repCount} reps`, shared, budget));
  if (cases.includes("office")) measurements.push(measure(`${customers} customers, ${repCount} office vehicles`, office, budget));
}
const withReps = measurements.filter((entry) => entry.name.includes("reps"));
const first = withReps[0];
const last = withReps[withReps.length - 1];
if (first !== undefined && last !== undefined && first !== last) {
  console.log(`reps: ${first.budgetSeconds} s plan ${((100 * (first.cost - last.cost)) / last.cost).toFixed(2)}% above the ${last.budgetSeconds} s plan`);
}
for (const budget of budgets) {
  const [reps, vehicles] = measurements.filter((entry) => entry.budgetSeconds === budget);
  if (reps !== undefined && vehicles !== undefined) {
    console.log(`${budget} s: time per education with reps ${(reps.secondsPerEducation / vehicles.secondsPerEducation).toFixed(2)}× that with office vehicles`);
  }
}
if (jsonFile !== undefined) writeFileSync(jsonFile, `${JSON.stringify({ seed, customers, repCount, clock: clockKind, measurements }, null, 2)}\n`);
