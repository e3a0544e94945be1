// Product-scale measurements: worked example B of the domain brief, and a
// 150-customer rep territory on real-looking coordinates solved for a short
// and a long budget. Usage:
//   pnpm bench:territory [--seed <n> | --seeds 1,2,3] [--short <s>] [--long <s>] [--json <file>]
// With --seeds each seed builds its own territory and seeds its own workers;
// the summary compares the median short-budget cost with the median
// long-budget cost, and gives the median and worst of the per-seed gaps.
import { writeFileSync } from "node:fs";
import { createRandom, createVisitCycleProblem, solve } from "@beatplan/domain";
import type { VisitCycleInput } from "@beatplan/domain";
import { solveInParallel } from "@beatplan/domain/runner";
import { workedExampleB } from "@beatplan/domain/testing";
import { territoryInstance } from "./bench/territory-instance.ts";

const argv = process.argv.slice(2).filter((argument) => argument !== "--");
const option = (name: string): string | undefined => {
  const index = argv.indexOf(`--${name}`);
  return index >= 0 ? argv[index + 1] : undefined;
};
const seeds = (option("seeds") ?? option("seed") ?? "1").split(",").map((value) => {
  const seed = Number(value);
  if (!Number.isInteger(seed)) throw new RangeError(`seeds must be integers, got ${JSON.stringify(value)}`);
  return seed;
});
const jsonFile = option("json");
const shortSeconds = Number(option("short") ?? 10);
const longSeconds = Number(option("long") ?? 60);

interface Measurement {
  name: string;
  budgetSeconds: number;
  wallSeconds: number;
  /** When the returned plan was first reached, from the progress events. */
  secondsToBest: number;
  cost: number;
  feasible: boolean;
  visits: number;
}

async function measure(name: string, input: VisitCycleInput, budgetSeconds: number, seed: number): Promise<Measurement> {
  const problem = createVisitCycleProblem(input);
  const startedAt = performance.now();
  let secondsToBest = 0;
  let bestSeen = Infinity;
  const result = await solveInParallel(problem, {
    stop: { maxSeconds: budgetSeconds },
    seed,
    onProgress: (event) => {
      if (event.feasible && event.bestCost < bestSeen - 1e-9) {
        bestSeen = event.bestCost;
        secondsToBest = event.elapsedSeconds;
      }
    },
  });
  const visits = result.plan.days.reduce((sum, day) => sum + day.routes.reduce((count, route) => count + route.nodes.length, 0), 0);
  const measurement = {
    name,
    budgetSeconds,
    wallSeconds: (performance.now() - startedAt) / 1000,
    secondsToBest,
    cost: result.cost,
    feasible: result.feasible,
    visits,
  };
  console.log(
    `${name.padEnd(28)} budget ${String(budgetSeconds).padStart(4)} s  wall ${measurement.wallSeconds.toFixed(2).padStart(6)} s  best at ${secondsToBest.toFixed(2).padStart(6)} s  cost ${result.cost.toFixed(2).padStart(9)}  feasible ${result.feasible}  visits ${visits}`,
  );
  return measurement;
}

// The small example is solved in-process, as the product would for one rep:
// starting worker threads would cost more than the search itself.
function measureInProcess(name: string, input: VisitCycleInput, budgetSeconds: number, seed: number): Measurement {
  const startedAt = performance.now();
  let secondsToBest = 0;
  let bestSeen = Infinity;
  const result = solve(createVisitCycleProblem(input), {
    random: createRandom(seed),
    clock: () => performance.now(),
    stop: { maxSeconds: budgetSeconds },
    onProgress: (event) => {
      if (event.feasible && event.bestCost < bestSeen - 1e-9) {
        bestSeen = event.bestCost;
        secondsToBest = event.elapsedSeconds;
      }
    },
  });
  const wallSeconds = (performance.now() - startedAt) / 1000;
  const visits = result.plan.days.reduce((sum, day) => sum + day.routes.reduce((count, route) => count + route.nodes.length, 0), 0);
  console.log(
    `${name.padEnd(28)} budget ${String(budgetSeconds).padStart(4)} s  wall ${wallSeconds.toFixed(2).padStart(6)} s  best at ${secondsToBest.toFixed(2).padStart(6)} s  cost ${result.cost.toFixed(2).padStart(9)}  feasible ${result.feasible}  visits ${visits}  (in-process)`,
  );
  return { name, budgetSeconds, wallSeconds, secondsToBest, cost: result.cost, feasible: result.feasible, visits };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((first, second) => first - second);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const exampleB = measureInProcess("worked example B", workedExampleB(), 0.5, seeds[0] as number);
const territories = [];
for (const seed of seeds) {
  const territory = territoryInstance(150, seed);
  const territoryShort = await measure(`150-customer territory s${seed}`, territory, shortSeconds, seed);
  const territoryLong = await measure(`150-customer territory s${seed}`, territory, longSeconds, seed);
  const shortVersusLongPercent = (100 * (territoryShort.cost - territoryLong.cost)) / territoryLong.cost;
  console.log(`seed ${seed}: ${shortSeconds} s plan is ${shortVersusLongPercent.toFixed(3)}% above the ${longSeconds} s plan`);
  territories.push({ seed, territoryShort, territoryLong, shortVersusLongPercent });
}
const medianShort = median(territories.map((entry) => entry.territoryShort.cost));
const medianLong = median(territories.map((entry) => entry.territoryLong.cost));
const medianShortVersusLongPercent = (100 * (medianShort - medianLong)) / medianLong;
const medianPercent = median(territories.map((entry) => entry.shortVersusLongPercent));
const worst = territories.reduce((first, second) => (second.shortVersusLongPercent > first.shortVersusLongPercent ? second : first));
console.log(
  `territory over seeds ${seeds.join(",")}: median ${shortSeconds} s ${medianShort.toFixed(2)}, median ${longSeconds} s ${medianLong.toFixed(2)}, ` +
    `${medianShortVersusLongPercent.toFixed(3)}% above; median of the per-seed gaps ${medianPercent.toFixed(3)}%; worst seed ${worst.seed} at ${worst.shortVersusLongPercent.toFixed(3)}%`,
);
if (jsonFile !== undefined) {
  const summary = {
    seeds,
    medianShort,
    medianLong,
    medianShortVersusLongPercent,
    medianOfPerSeedPercent: medianPercent,
    worstSeed: worst.seed,
    worstShortVersusLongPercent: worst.shortVersusLongPercent,
  };
  writeFileSync(jsonFile, `${JSON.stringify({ exampleB, territories, summary }, null, 2)}\n`);
}
