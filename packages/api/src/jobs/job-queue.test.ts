import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { MikroORM } from "@mikro-orm/postgresql";
import { testClock } from "@beatplan/domain/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/test-database.ts";
import { dyingJobKind } from "../../test/job-kinds.ts";
import type { JobDefinition } from "../shared/job-definition.ts";
import { JobQueue, type QueuedJob } from "./job-queue.ts";

interface Label {
  label: string;
}

const ran: { label: string; attempt: number; jobId: string }[] = [];
const released: { resolve: () => void }[] = [];

const recordingKind: JobDefinition<Label> = {
  name: "test.records",
  run: async (payload, context) => {
    ran.push({ label: payload.label, attempt: context.attempt, jobId: context.jobId });
  },
};
const failingKind: JobDefinition<Label> = {
  name: "test.fails",
  run: async (payload) => {
    throw new Error(`customer ${payload.label} has no coordinates`);
  },
};
const serialisedKind: JobDefinition<Label & { territory: string }> = {
  name: "test.serialised",
  serialiseBy: (payload) => payload.territory,
  concurrency: 2,
  run: async (payload) => {
    ran.push({ label: `start ${payload.label}`, attempt: 0, jobId: "" });
    await new Promise<void>((resolve) => released.push({ resolve }));
    ran.push({ label: `end ${payload.label}`, attempt: 0, jobId: "" });
  },
};
const survivingKind: JobDefinition<Label> = {
  ...dyingJobKind,
  run: async (payload, context) => {
    ran.push({ label: payload.label, attempt: context.attempt, jobId: context.jobId });
  },
};

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let orm: MikroORM;
let queue: JobQueue;
const children: ChildProcess[] = [];

async function waitFor(job: () => Promise<QueuedJob | null>, states: readonly QueuedJob["state"][], timeoutMs = 30_000): Promise<QueuedJob> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const found = await job();
    if (found && states.includes(found.state)) return found;
    if (performance.now() > deadline) throw new Error(`job did not reach ${states.join("/")}; it is ${JSON.stringify(found)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  orm = await MikroORM.init({ clientUrl: database.url, entities: [], discovery: { warnWhenNoEntities: false } });
  queue = new JobQueue({
    databaseUrl: database.url,
    definitions: [recordingKind, failingKind, serialisedKind],
    em: () => orm.em.fork(),
    now: testClock,
    superviseIntervalSeconds: 1,
    pollingIntervalSeconds: 0.5,
  });
  await queue.start();
});

afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  await queue?.stop(1000);
  await orm?.close(true);
  await database?.drop();
});

describe("job queue on PostgreSQL", () => {
  it("a queued job is run once by the worker and ends completed", async () => {
    await queue.startWorker();
    const id = await queue.send("test.records", { label: "first" });
    const done = await waitFor(() => queue.find("test.records", id), ["completed", "failed"]);
    expect(done.state).toBe("completed");
    expect(ran.filter((entry) => entry.jobId === id)).toEqual([{ label: "first", attempt: 0, jobId: id }]);
  });

  it("a failing job ends failed with its reason", async () => {
    const id = await queue.send("test.fails", { label: "DEMO-07" });
    const done = await waitFor(() => queue.find("test.fails", id), ["completed", "failed"]);
    expect(done).toMatchObject({ state: "failed", failureMessage: "customer DEMO-07 has no coordinates", retryCount: 0 });
  });

  it("refuses a job kind that no feature declares", async () => {
    await expect(queue.send("test.unknown", { label: "x" })).rejects.toThrow('no job kind "test.unknown" is declared');
  });

  it("jobs with the same key run one after the other, other keys alongside", async () => {
    const first = await queue.send("test.serialised", { label: "T1 first", territory: "T1" });
    const second = await queue.send("test.serialised", { label: "T1 second", territory: "T1" });
    await waitFor(() => queue.find("test.serialised", first), ["active"]);
    // Two workers are free, yet the second job of T1 waits for the first.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await queue.find("test.serialised", second))?.state).toBe("created");
    const other = await queue.send("test.serialised", { label: "T2 only", territory: "T2" });
    await waitFor(() => queue.find("test.serialised", other), ["active"]);
    released.splice(0).forEach((entry) => entry.resolve());
    await waitFor(() => queue.find("test.serialised", first), ["completed"]);
    await waitFor(() => queue.find("test.serialised", second), ["active"]);
    released.splice(0).forEach((entry) => entry.resolve());
    await waitFor(() => queue.find("test.serialised", second), ["completed"]);
    const labels = ran.map((entry) => entry.label).filter((label) => label.includes("T1"));
    expect(labels).toEqual(["start T1 first", "end T1 first", "start T1 second", "end T1 second"]);
  });

  it("a job whose worker process died mid-run is retried by another worker and completes", { timeout: 60_000 }, async () => {
    const child = spawn(process.execPath, ["--import", "@swc-node/register/esm-register", fileURLToPath(new URL("../../test/dying-job-worker.ts", import.meta.url)), database.url], {
      cwd: fileURLToPath(new URL("../..", import.meta.url)),
      stdio: ["ignore", "inherit", "inherit"],
    });
    children.push(child);
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once("exit", (_code, signal) => resolve(signal)));
    // Only the child works this kind so far, so it claims the job and dies holding it.
    const survivor = new JobQueue({
      databaseUrl: database.url,
      definitions: [survivingKind],
      em: () => orm.em.fork(),
      now: testClock,
      superviseIntervalSeconds: 1,
      pollingIntervalSeconds: 0.5,
    });
    try {
      await survivor.start();
      const id = await survivor.send(dyingJobKind.name, { label: "survivor" });
      expect(await exited).toBe("SIGKILL");
      expect((await survivor.find(dyingJobKind.name, id))?.state).toBe("active");
      await survivor.startWorker();
      const done = await waitFor(() => survivor.find(dyingJobKind.name, id), ["completed", "failed"], 40_000);
      expect(done).toMatchObject({ state: "completed", retryCount: 1 });
      expect(ran.filter((entry) => entry.jobId === id)).toEqual([{ label: "survivor", attempt: 1, jobId: id }]);
    } finally {
      await survivor.stop(1000);
    }
  });
});
