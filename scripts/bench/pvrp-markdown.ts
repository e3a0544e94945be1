// Renders a bench:pvrp JSON result as a Markdown table:
// node scripts/bench/pvrp-markdown.ts <result.json>
import { readFileSync } from "node:fs";

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
}

const file = process.argv[2];
if (file === undefined) throw new Error("usage: node scripts/bench/pvrp-markdown.ts <result.json>");
const result = JSON.parse(readFileSync(file, "utf8")) as { rows: Row[]; meanGapPercent: number | null; infeasible: number };
const format = (value: number | null, digits: number): string => (value === null ? "–" : value.toFixed(digits));
const lines = [
  "| instance | n | m | t | BKS | cost | gap % | feasible | seconds |",
  "| --- | ---: | ---: | ---: | ---: | ---: | ---: | :---: | ---: |",
  ...result.rows.map(
    (row) =>
      `| ${row.instance} | ${row.n} | ${row.m} | ${row.t} | ${format(row.bks, 2)} | ${format(row.cost, 2)} | ${format(row.gapPercent, 2)} | ${row.feasible ? "yes" : "**no**"} | ${row.seconds.toFixed(1)} |`,
  ),
  "",
  `Mean gap ${format(result.meanGapPercent, 3)}% over ${result.rows.filter((row) => row.feasible).length} feasible results; infeasible: ${result.infeasible}; ` +
    `largest gap ${format(Math.max(...result.rows.map((row) => row.gapPercent ?? -Infinity)), 2)}% (${result.rows.reduce((worst, row) => ((row.gapPercent ?? -Infinity) > (worst.gapPercent ?? -Infinity) ? row : worst)).instance}).`,
];
console.log(lines.join("\n"));
