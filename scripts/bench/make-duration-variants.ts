// Builds duration-limited variants of Cordeau p-instances, which have no
// route duration limit: every customer gets a service time, the instance is
// solved without a limit, and D is set to a share of that plan's longest
// route (travel + service) so the limit binds.
// Usage: node scripts/bench/make-duration-variants.ts <output dir> [--seconds 10] [--share 0.9] [--service 10]
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createVisitCycleProblem, parseCordeauInstance } from "@beatplan/domain";
import { solveInParallel } from "@beatplan/domain/runner";
import { withDurationLimit } from "@beatplan/domain/testing";

const argv = process.argv.slice(2).filter((argument) => argument !== "--");
const outputDirectory = argv[0];
if (outputDirectory === undefined || outputDirectory.startsWith("--")) throw new Error("usage: make-duration-variants.ts <output dir> [--seconds s] [--share x] [--service minutes]");
const option = (name: string, fallback: number): number => {
  const index = argv.indexOf(`--${name}`);
  return index >= 0 ? Number(argv[index + 1]) : fallback;
};
const seconds = option("seconds", 10);
const share = option("share", 0.9);
const serviceTime = option("service", 10);
const sources = ["p02", "p05", "p08", "p12", "p18", "p21", "p24", "p27", "p30"];
const instances = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "shared", "bench", "pvrp", "instances");
mkdirSync(outputDirectory, { recursive: true });
for (const source of sources) {
  const original = readFileSync(join(instances, source), "utf8");
  const withService = withDurationLimit(original, { serviceTime, durationLimit: 0 });
  const result = await solveInParallel(createVisitCycleProblem(parseCordeauInstance(withService).input), { stop: { maxSeconds: seconds }, seed: 1 });
  const longest = Math.max(...result.plan.days.flatMap((day) => day.routes.map((route) => route.duration)));
  const durationLimit = Math.round(longest * share * 100) / 100;
  writeFileSync(join(outputDirectory, `${source}-d`), withDurationLimit(original, { serviceTime, durationLimit }));
  console.log(`${source}-d: service ${serviceTime} per visit, D = ${durationLimit} (${share} × longest route ${longest.toFixed(2)} of a ${seconds} s unlimited plan costing ${result.cost.toFixed(2)})`);
}
