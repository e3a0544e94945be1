import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient, type Client } from "graphql-ws";
import pg from "pg";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureTerritories, fixtureUsers, twoTerritories } from "../../test/fixtures.ts";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { startApp, type RunningApp } from "../app/http-server.ts";
import { parseGlobalId, toGlobalId } from "../shared/global-id.ts";
import { executeSql } from "../shared/sql.ts";
import { prepareTerritoryForPlanning } from "./visit-plan-test-kit.ts";

interface JobEvent {
  id: string;
  status: string;
  progress: { fraction: number; iterations: number; bestCost: number | null };
  plan: { id: string } | null;
}
interface Outcome {
  events: (JobEvent | null)[];
  errors: { message: string; extensions?: Record<string, unknown> }[];
  /** A transport failure (closed socket, protocol error), not a GraphQL error. */
  failure: unknown;
}

const updates = `subscription ($id: ID!) { visitPlanJobUpdates(id: $id) { id status progress { fraction iterations bestCost } plan { id } } }`;

let a: TestApp;
let b: RunningApp;
let scratch: string;
let north: string;
const clients: Client[] = [];

beforeAll(async () => {
  // A runs the jobs; B, a second API instance on the same database, runs none.
  a = await startTestApp({ fixture: twoTerritories });
  scratch = await mkdtemp(join(tmpdir(), "beatplan-test-b-"));
  b = await startApp({ databaseUrl: a.databaseUrl, port: 0, host: "127.0.0.1", webDistDir: join(scratch, "missing-dist"), auth: a.auth, jobs: { worker: false } });
  await prepareTerritoryForPlanning(a.app.orm.em.fork(), fixtureTerritories.north);
  const [row] = await executeSql<{ id: string }>(a.app.orm.em.fork(), "select id from territory where code = $1", [fixtureTerritories.north]);
  north = toGlobalId("Territory", row!.id);
});
afterAll(async () => {
  for (const client of clients) await client.dispose();
  await b?.close();
  await a?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

function connect(app: { url: string }, token?: string): Client {
  const client = createClient({
    url: `${app.url.replace(/^http/, "ws")}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: true,
  });
  clients.push(client);
  return client;
}

function collect(client: Client, query: string, variables: Record<string, unknown>, onEvent?: (event: JobEvent | null) => void): Promise<Outcome> {
  const outcome: Outcome = { events: [], errors: [], failure: null };
  return new Promise((resolve) => {
    client.subscribe<{ visitPlanJobUpdates: JobEvent | null }>(
      { query, variables },
      {
        next: (result) => {
          if (result.errors) outcome.errors.push(...(result.errors as Outcome["errors"]));
          if (result.data) {
            outcome.events.push(result.data.visitPlanJobUpdates);
            onEvent?.(result.data.visitPlanJobUpdates);
          }
        },
        error: (error) => {
          if (Array.isArray(error)) outcome.errors.push(...(error as Outcome["errors"]));
          else outcome.failure = error;
          resolve(outcome);
        },
        complete: () => resolve(outcome),
      },
    );
  });
}

async function queue(token: string, timeLimitSeconds: number): Promise<string> {
  const result = await a.graphql<{ generateVisitPlan: { job: { id: string } | null } }>(
    "mutation ($input: GenerateVisitPlanInput!) { generateVisitPlan(input: $input) { job { id } userErrors { message } } }",
    { input: { territoryId: north, startsOn: "2026-11-23", cycleWeeks: 2, timeLimitSeconds } },
    token,
  );
  const id = result.data?.generateVisitPlan.job?.id;
  if (!id) throw new Error(`generateVisitPlan failed: ${JSON.stringify(result)}`);
  return id;
}

describe("visitPlanJobUpdates subscription", () => {
  it("pushes a job's progress to a subscriber on another API instance than the one running it, and completes when it succeeds", { timeout: 60_000 }, async () => {
    const token = await a.login(fixtureUsers.northRep);
    const jobId = await queue(await a.login(fixtureUsers.northManager), 3);
    const outcome = await collect(connect(b, token), updates, { id: jobId });
    expect(outcome.failure).toBeNull();
    expect(outcome.errors).toEqual([]);
    const events = outcome.events as JobEvent[];
    expect(events.every((event) => event?.id === jobId)).toBe(true);
    const running = events.filter((event) => event.status === "RUNNING" && event.progress.fraction > 0 && event.progress.fraction < 1);
    // Progress is stored every 250 ms of a 3 s solve: several reports reach B.
    expect(running.length).toBeGreaterThanOrEqual(3);
    const fractions = events.map((event) => event.progress.fraction);
    expect(fractions).toEqual([...fractions].sort((x, y) => x - y));
    const last = events.at(-1)!;
    expect(last.status).toBe("SUCCEEDED");
    expect(last.plan?.id).toBeTruthy();
    expect(events.slice(0, -1).every((event) => event.status !== "SUCCEEDED")).toBe(true);
  });

  it("delivers a change made straight in the database, so every instance hears it whichever process wrote it", { timeout: 30_000 }, async () => {
    const manager = await a.login(fixtureUsers.northManager);
    const jobId = await queue(manager, 20);
    const direct = new pg.Client({ connectionString: a.databaseUrl });
    await direct.connect();
    try {
      const outcome = await collect(connect(b, manager), updates, { id: jobId }, (event) => {
        if (event?.status === "RUNNING") void direct.query("update visit_plan_job set status = 'CANCELLED' where id = $1", [parseGlobalId(jobId)!.uuid]);
      });
      expect(outcome.errors).toEqual([]);
      expect(outcome.events.at(-1)?.status).toBe("CANCELLED");
    } finally {
      await direct.end();
    }
  });

  it("answers null for a job outside the subscriber's territories, as the query does", { timeout: 30_000 }, async () => {
    const jobId = await queue(await a.login(fixtureUsers.northManager), 0.5);
    const outcome = await collect(connect(b, await a.login(fixtureUsers.southManager)), updates, { id: jobId });
    expect(outcome).toEqual({ events: [null], errors: [], failure: null });
  });

  it("refuses a subscriber without a token with a clear error and no stack trace", async () => {
    const outcome = await collect(connect(b), updates, { id: toGlobalId("VisitPlanJob", "00000000-0000-4000-8000-000000000000") });
    expect(outcome.events).toEqual([]);
    expect(outcome.errors.map((error) => error.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
    expect(JSON.stringify(outcome.errors)).not.toMatch(/stack|\.ts:\d+|at .*\(/);
  });

  it("serves only subscriptions over WebSocket; queries go over HTTP", async () => {
    const outcome = await collect(connect(b, await a.login(fixtureUsers.northManager)), "query { __typename }", {});
    expect(outcome.errors.map((error) => error.message)).toEqual(["only subscriptions are served over WebSocket; send queries and mutations as HTTP POST to /graphql"]);
  });
});
