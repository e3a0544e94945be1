/**
 * Benchmark of visit planning through GraphQL over HTTP, on a throwaway embedded PostgreSQL
 * with the demo data and the benchmark territories of visit-plans-bench-data.ts, the job
 * worker in the same process:
 * 1. Demo-T1 (worked example B) from generateVisitPlan to SUCCEEDED, wall time (target < 2 s);
 * 2. the 150-customer, 3-rep territory solved at 10 s and at 60 s (travel ratio, target ≤ 1.015);
 * 3. the stable re-plan: 5 customers added, re-plan against the active plan (share of existing
 *    visits moved, target ≤ 5%) and its travel against a from-scratch plan of the same budget
 *    (target ≤ 1.015);
 * 4. ten territories queued at once (wall time, every job SUCCEEDED).
 *
 * Usage: pnpm bench:visit-plans [--quick] (3 s against 10 s instead of 10 s against 60 s).
 * Prints a table and writes docs/benchmarks/visit-plans.json and visit-plans.md.
 */
import "reflect-metadata";
import { addDays, isoWeekday, lastCompleteMonth, planTimeZone, todayIn } from "@beatplan/domain";
import { execFileSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { startApp, type RunningApp } from "../src/app/http-server.ts";
import { effectivePolicy } from "../src/classification/effective-policy.ts";
import { systemClock } from "../src/clock.ts";
import { applyMigrations, connectDatabase } from "../src/db/database.ts";
import { DEMO_PASSWORD, DEMO_T1, generateDemoData } from "../src/demo/demo-data.ts";
import { loadDemoData } from "../src/demo/load-demo-data.ts";
import { Territory } from "../src/org/territory.entity.ts";
import { repositoryRoot } from "../src/settings.ts";
import { toGlobalId } from "../src/shared/global-id.ts";
import { executeSql } from "../src/shared/sql.ts";
import { startBenchDatabase } from "./bench-database.ts";
import { addBenchTerritories, addedCustomerCount, benchTerritory, benchVisitStandard, queuedTerritoryCount } from "./visit-plans-bench-data.ts";
import { renderVisitPlanBenchmark, type VisitPlanBenchmark } from "./visit-plans-bench-report.ts";

const quick = process.argv.includes("--quick");
const shortSeconds = quick ? 3 : 10;
const longSeconds = quick ? 10 : 60;
const demoT1Seconds = 1;
const queuedSeconds = 2;

interface Plan {
  id: string;
  version: number;
  feasible: boolean;
  totalTravelMinutes: number;
  movedVisits: number | null;
  referencePlan: { id: string } | null;
  days: { week: number; weekday: number; rep: { id: string }; stops: { customer: { code: string } }[] }[];
}
interface Job {
  status: "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED" | "CANCELLED";
  error: { code: string; message: string } | null;
}
const planFields = "id version feasible totalTravelMinutes movedVisits referencePlan { id } days { week weekday rep { id } stops { customer { code } } }";

function currentCommit(): string {
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], { cwd: repositoryRoot, encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

/** GraphQL over HTTP as the demo admin. */
function client(app: RunningApp) {
  let token: string | undefined;
  const graphql = async <Data>(query: string, variables: Record<string, unknown> = {}): Promise<Data> => {
    const response = await fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Data; errors?: unknown[] };
    if (body.errors?.length || !body.data) throw new Error(`GraphQL error: ${JSON.stringify(body).slice(0, 1000)}`);
    return body.data;
  };
  return {
    graphql,
    async login(): Promise<void> {
      const data = await graphql<{ login: { token: string | null } }>("mutation ($input: LoginInput!) { login(input: $input) { token } }", { input: { email: "admin@beatplan.test", password: DEMO_PASSWORD } });
      token = data.login.token ?? undefined;
      if (!token) throw new Error("cannot sign in as the demo admin");
    },
  };
}

async function main(): Promise<void> {
  const commit = currentCommit();
  const loadBefore = loadavg();
  const database = await startBenchDatabase();
  let app: RunningApp | undefined;
  try {
    const now = systemClock();
    const setup = await connectDatabase({ clientUrl: database.url, poolSize: 2 });
    const data = generateDemoData({ lastMonth: lastCompleteMonth(todayIn(now, "UTC")) });
    const bench = addBenchTerritories(data);
    try {
      await applyMigrations(setup);
      await loadDemoData(setup.em.fork(), data, now);
      await executeSql(
        setup.em.fork(),
        `insert into classification_policy (territory_id, region_id, method, period_months, parameters, visit_standard, version, updated_at)
         values ((select id from territory where code = $1), null, 'PARETO', 3, '{"thresholds": {"A": 40, "B": 40, "C": 20}}'::jsonb, $2::jsonb, 1, $3)`,
        [benchTerritory, JSON.stringify(benchVisitStandard), now],
      );
    } finally {
      await setup.close(true);
    }
    app = await startApp({ databaseUrl: database.url, port: 0, host: "127.0.0.1", webDistDir: join(database.clusterDir, "no-web"), auth: { secret: "benchmark-secret-benchmark-secret-0123", tokenLifetimeSeconds: 7200, now: systemClock } });
    const running = app;
    const api = client(running);
    await api.login();
    const today = todayIn(now, planTimeZone);
    const startsOn = addDays(today, 1 - isoWeekday(today));
    const territory = async (code: string) => {
      const em = running.orm.em.fork();
      const found = await em.findOneOrFail(Territory, { code });
      return { id: toGlobalId("Territory", found.id), cycleWeeks: (await effectivePolicy(em, found)).visitStandard.cycle.weeks };
    };
    const queue = async (code: string, seconds: number): Promise<string> => {
      const { id, cycleWeeks } = await territory(code);
      const data = await api.graphql<{ generateVisitPlan: { job: { id: string } | null; userErrors: unknown[] } }>(
        "mutation ($input: GenerateVisitPlanInput!) { generateVisitPlan(input: $input) { job { id } userErrors { message } } }",
        { input: { territoryId: id, startsOn, cycleWeeks, timeLimitSeconds: seconds } },
      );
      if (!data.generateVisitPlan.job) throw new Error(`${code}: ${JSON.stringify(data.generateVisitPlan.userErrors)}`);
      return data.generateVisitPlan.job.id;
    };
    /** Polls the job until it ends; `running` is when it was first seen past QUEUED (performance.now()). */
    const finished = async (jobId: string): Promise<Job & { running: number }> => {
      let running = Number.NaN;
      for (;;) {
        const { visitPlanJob } = await api.graphql<{ visitPlanJob: Job }>("query ($id: ID!) { visitPlanJob(id: $id) { status error { code message } } }", { id: jobId });
        if (visitPlanJob.status !== "QUEUED" && Number.isNaN(running)) running = performance.now();
        if (!["QUEUED", "RUNNING"].includes(visitPlanJob.status)) return { ...visitPlanJob, running };
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    };
    const solve = async (code: string, seconds: number) => {
      const started = performance.now();
      const jobId = await queue(code, seconds);
      const job = await finished(jobId);
      const ended = performance.now();
      if (job.status !== "SUCCEEDED") throw new Error(`job ${jobId} ended ${job.status}: ${job.error?.message ?? ""}`);
      const { visitPlanJob } = await api.graphql<{ visitPlanJob: { plan: Plan } }>(`query ($id: ID!) { visitPlanJob(id: $id) { plan { ${planFields} } } }`, { id: jobId });
      return { plan: visitPlanJob.plan, seconds: (ended - started) / 1000, queuedSeconds: (job.running - started) / 1000 };
    };
    const visits = (plan: Plan) => plan.days.flatMap((day) => day.stops.map((stop) => `${stop.customer.code} ${day.week}-${day.weekday}`));
    const activate = async (plan: Plan) =>
      api.graphql("mutation ($input: ActivateVisitPlanInput!) { activateVisitPlan(input: $input) { userErrors { message } } }", { input: { planId: plan.id, expectedVersion: plan.version } });

    console.log(`visit-plan benchmark${quick ? " (quick)" : ""}: ${shortSeconds} s against ${longSeconds} s, load average ${loadBefore.map((value) => value.toFixed(2)).join(" ")}`);
    const demo = await solve(DEMO_T1, demoT1Seconds);
    console.log(`Demo-T1: ${demo.seconds.toFixed(2)} s to SUCCEEDED (${demo.queuedSeconds.toFixed(2)} s until RUNNING), feasible ${demo.plan.feasible}`);

    const short = await solve(benchTerritory, shortSeconds);
    const long = await solve(benchTerritory, longSeconds);
    console.log(`${benchTerritory}: ${short.plan.totalTravelMinutes.toFixed(0)} travel minutes at ${shortSeconds} s, ${long.plan.totalTravelMinutes.toFixed(0)} at ${longSeconds} s`);

    // Stable re-plan: the short plan is active, then 5 customers come (back) into the territory.
    await activate(short.plan);
    const em = running.orm.em.fork();
    await executeSql(em, "update customer set status = 'ACTIVE', class = coalesce(class, 'B') where code = any($1)", [bench.addedCustomers]);
    const replan = await solve(benchTerritory, shortSeconds);
    if (replan.plan.referencePlan?.id !== short.plan.id) throw new Error("the re-plan did not take the active plan as its reference");
    const after = new Set(visits(replan.plan));
    const existing = visits(short.plan);
    const moved = existing.filter((visit) => !after.has(visit)).length;
    // From scratch: the same problem with no active plan to keep close to.
    await executeSql(em, "update visit_plan set status = 'SUPERSEDED' where id in (select id from visit_plan where status = 'ACTIVE' and territory_id = (select id from territory where code = $1))", [benchTerritory]);
    const scratchPlan = await solve(benchTerritory, shortSeconds);
    console.log(`re-plan: ${moved} of ${existing.length} existing visits moved (movedVisits ${replan.plan.movedVisits}), travel ${replan.plan.totalTravelMinutes.toFixed(0)} against ${scratchPlan.plan.totalTravelMinutes.toFixed(0)} from scratch`);

    const queuedStarted = performance.now();
    const jobIds = await Promise.all(bench.queuedTerritories.map((code) => queue(code, queuedSeconds)));
    const outcomes = await Promise.all(jobIds.map(finished));
    const queuedWall = (performance.now() - queuedStarted) / 1000;
    const succeeded = outcomes.filter((job) => job.status === "SUCCEEDED").length;
    console.log(`${queuedTerritoryCount} territories queued at once (${queuedSeconds} s each): ${queuedWall.toFixed(2)} s, ${succeeded} SUCCEEDED`);

    const result: VisitPlanBenchmark = {
      commit,
      measuredAt: new Date().toISOString(),
      mode: quick ? "quick" : "full",
      machine: `${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, Node ${process.version}`,
      loadAverageBefore: loadBefore,
      loadAverageAfter: loadavg(),
      demoT1: { budgetSeconds: demoT1Seconds, wallSeconds: demo.seconds, untilRunningSeconds: demo.queuedSeconds, feasible: demo.plan.feasible, targetSeconds: 2 },
      territory: {
        code: benchTerritory, customers: 150, reps: 3, shortSeconds, longSeconds,
        shortTravelMinutes: short.plan.totalTravelMinutes, longTravelMinutes: long.plan.totalTravelMinutes,
        travelRatio: short.plan.totalTravelMinutes / long.plan.totalTravelMinutes, shortFeasible: short.plan.feasible, longFeasible: long.plan.feasible, targetRatio: 1.015,
      },
      replan: {
        addedCustomers: addedCustomerCount, budgetSeconds: shortSeconds, existingVisits: existing.length, movedVisits: moved, reportedMovedVisits: replan.plan.movedVisits,
        movedShare: moved / existing.length, targetMovedShare: 0.05,
        travelMinutes: replan.plan.totalTravelMinutes, fromScratchTravelMinutes: scratchPlan.plan.totalTravelMinutes,
        travelRatio: replan.plan.totalTravelMinutes / scratchPlan.plan.totalTravelMinutes, targetRatio: 1.015,
      },
      queued: { territories: queuedTerritoryCount, budgetSeconds: queuedSeconds, wallSeconds: queuedWall, succeeded, statuses: outcomes.map((job) => job.status) },
    };
    const { table, markdown } = renderVisitPlanBenchmark(result);
    console.log(table);
    await writeFile(join(repositoryRoot, "docs/benchmarks/visit-plans.json"), `${JSON.stringify(result, null, 2)}\n`);
    await writeFile(join(repositoryRoot, "docs/benchmarks/visit-plans.md"), markdown);
  } finally {
    await app?.close();
    await database.drop();
  }
}

await main();
