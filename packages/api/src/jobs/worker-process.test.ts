import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { testNow } from "@beatplan/domain/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureTerritories, fixtureUsers, oneTerritory } from "../../test/fixtures.ts";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { toGlobalId } from "../shared/global-id.ts";
import { executeSql } from "../shared/sql.ts";
import { prepareTerritoryForPlanning } from "../visit-plans/visit-plan-test-kit.ts";

let test: TestApp;
let worker: ChildProcess | undefined;

beforeAll(async () => {
  // The API only sends jobs; the separate worker process runs them.
  test = await startTestApp({ fixture: oneTerritory, jobWorker: false });
  await prepareTerritoryForPlanning(test.app.orm.em.fork(), fixtureTerritories.north);
});
afterAll(async () => {
  worker?.kill("SIGTERM");
  await test?.close();
});

describe("the separate worker process", () => {
  it("runs the jobs that an API without its own worker queues", { timeout: 60_000 }, async () => {
    const [territory] = await executeSql<{ id: string }>(test.app.orm.em.fork(), "select id from territory where code = $1", [fixtureTerritories.north]);
    const token = await test.login(fixtureUsers.northManager);
    const queued = await test.graphql<{ generateVisitPlan: { job: { id: string; status: string } | null } }>(
      "mutation ($input: GenerateVisitPlanInput!) { generateVisitPlan(input: $input) { job { id status } } }",
      { input: { territoryId: toGlobalId("Territory", territory!.id), startsOn: "2026-11-23", cycleWeeks: 2, timeLimitSeconds: 0.5 } },
      token,
    );
    const jobId = queued.data?.generateVisitPlan.job?.id;
    expect(queued.data?.generateVisitPlan.job?.status).toBe("QUEUED");
    const status = async () =>
      (await test.graphql<{ visitPlanJob: { status: string; plan: { id: string } | null } }>("query ($id: ID!) { visitPlanJob(id: $id) { status plan { id } } }", { id: jobId }, token)).data?.visitPlanJob;
    // Nobody runs it yet.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await status())?.status).toBe("QUEUED");
    let output = "";
    // `pnpm beatplan worker` runs this entry with the "worker" command.
    worker = spawn(process.execPath, ["--import", "@swc-node/register/esm-register", "src/cli/beatplan-cli.ts", "worker"], {
      cwd: fileURLToPath(new URL("../..", import.meta.url)),
      env: { ...process.env, DATABASE_URL: test.databaseUrl, BEATPLAN_NOW: testNow.toISOString() },
      stdio: ["ignore", "pipe", "pipe"],
    });
    worker.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    worker.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    let current = await status();
    for (let attempt = 0; attempt < 400 && current?.status !== "SUCCEEDED" && current?.status !== "FAILED"; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      current = await status();
    }
    expect(current?.status, output).toBe("SUCCEEDED");
    expect(current?.plan?.id).toBeTruthy();
    expect(output).toContain("Beatplan job worker is running");
  });
});
