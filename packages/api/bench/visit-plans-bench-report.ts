/** The figures of one visit-plan benchmark run (docs/benchmarks/visit-plans.json). */
export interface VisitPlanBenchmark {
  commit: string;
  measuredAt: string;
  mode: "quick" | "full";
  machine: string;
  loadAverageBefore: number[];
  loadAverageAfter: number[];
  demoT1: { budgetSeconds: number; wallSeconds: number; untilRunningSeconds: number; feasible: boolean; targetSeconds: number };
  territory: {
    code: string; customers: number; reps: number; shortSeconds: number; longSeconds: number;
    shortTravelMinutes: number; longTravelMinutes: number; travelRatio: number; shortFeasible: boolean; longFeasible: boolean; targetRatio: number;
  };
  replan: {
    addedCustomers: number; budgetSeconds: number; existingVisits: number; movedVisits: number; reportedMovedVisits: number | null;
    movedShare: number; targetMovedShare: number; travelMinutes: number; fromScratchTravelMinutes: number; travelRatio: number; targetRatio: number;
  };
  queued: { territories: number; budgetSeconds: number; wallSeconds: number; succeeded: number; statuses: string[] };
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const yes = (met: boolean) => (met ? "yes" : "no");

/** The run as a plain-text table for the console and as the Markdown of docs/benchmarks/visit-plans.md. */
export function renderVisitPlanBenchmark(run: VisitPlanBenchmark): { table: string; markdown: string } {
  const { demoT1, territory, replan, queued } = run;
  const rows: [string, string, string, string][] = [
    [`Demo-T1, request to SUCCEEDED (budget ${demoT1.budgetSeconds} s)`, `${demoT1.wallSeconds.toFixed(2)} s${demoT1.feasible ? "" : " (infeasible)"}`, `< ${demoT1.targetSeconds} s`, yes(demoT1.wallSeconds < demoT1.targetSeconds && demoT1.feasible)],
    [
      `${territory.code} (${territory.customers} customers, ${territory.reps} reps): travel at ${territory.shortSeconds} s ÷ at ${territory.longSeconds} s`,
      `${territory.shortTravelMinutes.toFixed(0)} ÷ ${territory.longTravelMinutes.toFixed(0)} min = ${territory.travelRatio.toFixed(4)}`,
      `≤ ${territory.targetRatio}`,
      yes(territory.travelRatio <= territory.targetRatio),
    ],
    [
      `Re-plan after ${replan.addedCustomers} customers added (${replan.budgetSeconds} s): existing visits moved`,
      `${replan.movedVisits} of ${replan.existingVisits} = ${percent(replan.movedShare)}`,
      `≤ ${percent(replan.targetMovedShare)}`,
      yes(replan.movedShare <= replan.targetMovedShare),
    ],
    [
      `Re-plan travel ÷ from-scratch travel (${replan.budgetSeconds} s each)`,
      `${replan.travelMinutes.toFixed(0)} ÷ ${replan.fromScratchTravelMinutes.toFixed(0)} min = ${replan.travelRatio.toFixed(4)}`,
      `≤ ${replan.targetRatio}`,
      yes(replan.travelRatio <= replan.targetRatio),
    ],
    [`${queued.territories} territories queued at once (${queued.budgetSeconds} s each)`, `${queued.wallSeconds.toFixed(2)} s, ${queued.succeeded} SUCCEEDED`, `all ${queued.territories} finish`, yes(queued.succeeded === queued.territories)],
  ];
  const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => row[column]!.length), 6));
  const table = rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join("  ")).join("\n");
  const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(", ");
  const markdown = `# Visit plans benchmark

\`pnpm bench:visit-plans${run.mode === "quick" ? " --quick" : ""}\`: through GraphQL over HTTP on a throwaway embedded PostgreSQL
holding the demo data plus the benchmark territories (copied from the Shanghai districts; the 150-customer one
visits A twice a week, B weekly and C once in a two-week cycle, all on site), the job worker in the API process. ${run.mode === "quick" ? `Quick mode: ${territory.shortSeconds} s against ${territory.longSeconds} s instead of 10 s against 60 s.` : ""}

Commit measured: \`${run.commit}\`, ${run.measuredAt}; ${run.machine}.
Load average (1, 5, 15 min) before: ${load(run.loadAverageBefore)}; after: ${load(run.loadAverageAfter)}.

| Measure | Figure | Target | Met |
| --- | --- | --- | --- |
${rows.map((row) => `| ${row.join(" | ")} |`).join("\n")}

Demo-T1 was first seen RUNNING ${demoT1.untilRunningSeconds.toFixed(2)} s after the request (polled every 25 ms).
Plans feasible: ${territory.code} at ${territory.shortSeconds} s ${territory.shortFeasible}, at ${territory.longSeconds} s ${territory.longFeasible}.
Moved visits: a (customer, week, weekday) of the active plan absent from the re-plan; the plan's own
\`movedVisits\` says ${replan.reportedMovedVisits ?? "nothing"}. The from-scratch plan is the same problem with the active plan superseded.
Queued jobs' statuses: ${queued.statuses.join(", ")}.
`;
  return { table, markdown };
}
