import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { fixtureTerritories, fixtureUsers, twoTerritories } from "../../test/fixtures.ts";
import { toGlobalId } from "../shared/global-id.ts";
import { executeSql } from "../shared/sql.ts";
import { prepareTerritoryForPlanning } from "./visit-plan-test-kit.ts";

// The Monday on or after the test clock's day: plans start on Mondays.
const startsOn = "2026-11-23";

interface JobView {
  id: string;
  status: string;
  progress: { fraction: number; iterations: number; feasible: boolean };
  error: { code: string; message: string } | null;
  plan: {
    id: string;
    status: string;
    cycleWeeks: number;
    startsOn: string;
    feasible: boolean;
    totalTravelMinutes: number;
    days: { week: number; weekday: number; rep: { email: string }; stops: { sequence: number; customer: { code: string }; arrival: number; departure: number }[]; workMinutes: number; availableMinutes: number }[];
  } | null;
}

const jobFields = `id status progress { fraction iterations feasible } error { code message }
  plan { id status cycleWeeks startsOn feasible totalTravelMinutes days { week weekday rep { email } stops { sequence customer { code } arrival departure } workMinutes availableMinutes } }`;
const generate = `mutation ($input: GenerateVisitPlanInput!) { generateVisitPlan(input: $input) { job { id status } userErrors { code message reason } } }`;

let test: TestApp;
let north: string;
let south: string;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  test = await startTestApp({ fixture: twoTerritories });
  const rows = await executeSql<{ id: string; code: string }>(test.app.orm.em.fork(), "select id, code from territory");
  north = toGlobalId("Territory", rows.find((row) => row.code === fixtureTerritories.north)!.id);
  south = toGlobalId("Territory", rows.find((row) => row.code === fixtureTerritories.south)!.id);
  await prepareTerritoryForPlanning(test.app.orm.em.fork(), fixtureTerritories.north);
  for (const email of [fixtureUsers.northManager, fixtureUsers.northRep, fixtureUsers.southManager]) tokens[email] = await test.login(email);
});
afterAll(async () => test?.close());

async function request(territoryId: string, token: string, extra: Record<string, unknown> = {}) {
  const result = await test.graphql<{ generateVisitPlan: { job: { id: string; status: string } | null; userErrors: { code: string; message: string; reason: string | null }[] } }>(
    generate,
    { input: { territoryId, startsOn, cycleWeeks: 2, timeLimitSeconds: 0.5, ...extra } },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.generateVisitPlan;
}

async function job(id: string, token = tokens[fixtureUsers.northManager]!): Promise<JobView | null> {
  const result = await test.graphql<{ visitPlanJob: JobView | null }>(`query ($id: ID!) { visitPlanJob(id: $id) { ${jobFields} } }`, { id }, token);
  expect(result.errors).toBeUndefined();
  return result.data!.visitPlanJob;
}

async function until(id: string, statuses: readonly string[]): Promise<JobView> {
  for (let attempt = 0; attempt < 300; attempt++) {
    const current = await job(id);
    if (current && statuses.includes(current.status)) return current;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`job ${id} never reached ${statuses.join("/")}: ${JSON.stringify(await job(id))}`);
}

describe("visit plans over GraphQL", () => {
  it("answers QUEUED at once, solves in the background and stores a DRAFT plan with every visit the standard asks for", async () => {
    const payload = await request(north, tokens[fixtureUsers.northManager]!);
    expect(payload.userErrors).toEqual([]);
    expect(payload.job?.status).toBe("QUEUED");
    const done = await until(payload.job!.id, ["SUCCEEDED", "FAILED", "CANCELLED"]);
    expect(done).toMatchObject({ status: "SUCCEEDED", error: null, progress: { fraction: 1, feasible: true } });
    expect(done.progress.iterations).toBeGreaterThan(0);
    const plan = done.plan!;
    expect(plan).toMatchObject({ status: "DRAFT", cycleWeeks: 2, startsOn, feasible: true });
    expect(plan.totalTravelMinutes).toBeGreaterThan(0);
    // Worked example B's standard: A every working day (12), B 4 times, C once in the two weeks.
    const visits = new Map<string, number>();
    for (const day of plan.days) for (const stop of day.stops) visits.set(stop.customer.code, (visits.get(stop.customer.code) ?? 0) + 1);
    expect(Object.fromEntries(visits)).toEqual({ "N-1": 12, "N-2": 4, "N-3": 1 });
    for (const day of plan.days) {
      expect(day.rep.email).toBe(fixtureUsers.northRep);
      expect(day.weekday).toBeGreaterThanOrEqual(1);
      expect(day.weekday).toBeLessThanOrEqual(6);
      expect(day.workMinutes).toBeLessThanOrEqual(day.availableMinutes);
      expect(day.stops.map((stop) => stop.sequence)).toEqual(day.stops.map((_, index) => index + 1));
      for (const [index, stop] of day.stops.entries()) {
        expect(stop.departure).toBeGreaterThan(stop.arrival);
        if (index > 0) expect(stop.arrival).toBeGreaterThanOrEqual(day.stops[index - 1]!.departure);
      }
    }
    // A rep of the territory sees the job and its plan.
    expect((await job(payload.job!.id, tokens[fixtureUsers.northRep]!))?.plan?.id).toBe(plan.id);
  });

  it("audits the request like other mutations", async () => {
    const admin = await test.login(fixtureUsers.admin);
    const log = await test.graphql<{ auditLog: { edges: { node: { entityType: string; operation: string | null } }[] } }>("{ auditLog(first: 100) { edges { node { entityType operation } } } }", {}, admin);
    expect(log.data?.auditLog.edges.map((edge) => edge.node)).toContainEqual({ entityType: "VisitPlanJob", operation: "generateVisitPlan" });
  });

  it("answers the same job for the same idempotency key", async () => {
    const first = await request(north, tokens[fixtureUsers.northManager]!, { idempotencyKey: "plan-north-1" });
    const again = await request(north, tokens[fixtureUsers.northManager]!, { idempotencyKey: "plan-north-1" });
    expect(again.job?.id).toBe(first.job?.id);
    await until(first.job!.id, ["SUCCEEDED"]);
  });

  it("runs a territory's jobs one after the other, and a job whose data went missing meanwhile ends FAILED with the reason", async () => {
    const first = await request(north, tokens[fixtureUsers.northManager]!, { timeLimitSeconds: 1.5 });
    const second = await request(north, tokens[fixtureUsers.northManager]!);
    await until(first.job!.id, ["RUNNING"]);
    expect((await job(second.job!.id))?.status).toBe("QUEUED");
    await executeSql(test.app.orm.em.fork(), "update customer set latitude = null, longitude = null where code = 'N-2'");
    try {
      expect((await until(first.job!.id, ["SUCCEEDED", "FAILED"])).status).toBe("SUCCEEDED");
      const failed = await until(second.job!.id, ["SUCCEEDED", "FAILED"]);
      expect(failed).toMatchObject({ status: "FAILED", plan: null, error: { code: "MISSING_DATA", message: "customer N-2 has no coordinates" } });
    } finally {
      await prepareTerritoryForPlanning(test.app.orm.em.fork(), fixtureTerritories.north);
    }
  });

  it("cancels a job: it ends CANCELLED and stores no plan", async () => {
    const payload = await request(north, tokens[fixtureUsers.northManager]!, { timeLimitSeconds: 5 });
    await until(payload.job!.id, ["RUNNING"]);
    const cancelled = await test.graphql<{ cancelVisitPlanJob: { job: { status: string } | null; userErrors: unknown[] } }>(
      "mutation ($input: CancelVisitPlanJobInput!) { cancelVisitPlanJob(input: $input) { job { status } userErrors { code message } } }",
      { input: { jobId: payload.job!.id } },
      tokens[fixtureUsers.northManager],
    );
    expect(cancelled.data?.cancelVisitPlanJob).toEqual({ job: { status: "CANCELLED" }, userErrors: [] });
    // The solve stops early: well before its 5 s budget no job of the territory runs any more.
    for (let attempt = 0; attempt < 30; attempt++) {
      const [running] = await executeSql<{ count: string }>(test.app.orm.em.fork(), "select count(*) from pgboss.job where name = 'visit-plans.solve' and state = 'active'");
      if (running?.count === "0") break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const after = await job(payload.job!.id);
    expect(after).toMatchObject({ status: "CANCELLED", plan: null });
  });

  it("names every missing piece of data and queues nothing", async () => {
    const admin = await test.login(fixtureUsers.admin);
    const payload = await request(south, admin);
    expect(payload.job).toBeNull();
    expect(payload.userErrors.map((error) => [error.code, error.reason, error.message])).toEqual([
      ["VALIDATION", "REP_WITHOUT_START_LOCATION", `rep ${fixtureUsers.southRep} has no start location in their work profile`],
      ["VALIDATION", "REP_WITHOUT_START_LOCATION", `rep ${fixtureUsers.otherSouthRep} has no start location in their work profile`],
      ["VALIDATION", "CUSTOMER_WITHOUT_CLASS", "customer S-1 has no class"],
      ["VALIDATION", "CUSTOMER_WITHOUT_CLASS", "customer S-2 has no class"],
    ]);
    const [jobs] = await executeSql<{ count: string }>(test.app.orm.em.fork(), "select count(*) from visit_plan_job j join territory t on t.id = j.territory_id where t.code = $1", [fixtureTerritories.south]);
    expect(jobs?.count).toBe("0");
  });

  it("lets only managers of the territory and admins generate, and shows jobs only inside the viewer's territories", async () => {
    const byRep = await request(north, tokens[fixtureUsers.northRep]!);
    expect(byRep).toMatchObject({ job: null, userErrors: [{ code: "FORBIDDEN" }] });
    const byOtherManager = await request(north, tokens[fixtureUsers.southManager]!);
    expect(byOtherManager).toMatchObject({ job: null, userErrors: [{ code: "NOT_FOUND" }] });
    const mine = await request(north, tokens[fixtureUsers.northManager]!);
    expect(await job(mine.job!.id, tokens[fixtureUsers.southManager]!)).toBeNull();
    await until(mine.job!.id, ["SUCCEEDED"]);
  });

  it("refuses a start that is not a Monday", async () => {
    const payload = await request(north, tokens[fixtureUsers.northManager]!, { startsOn: "2026-11-24" });
    expect(payload).toMatchObject({ job: null, userErrors: [{ code: "VALIDATION", message: "startsOn must be a Monday, got 2026-11-24" }] });
  });
});
