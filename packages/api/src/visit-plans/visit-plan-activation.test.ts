import { isSessionRead } from "../../test/statements.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { fixtureTerritories, fixtureUsers, twoTerritories } from "../../test/fixtures.ts";
import { toGlobalId } from "../shared/global-id.ts";
import { executeSql } from "../shared/sql.ts";
import { prepareTerritoryForPlanning } from "./visit-plan-test-kit.ts";

// The Monday after the test clock's day (2026-11-18): the horizon starts there.
const startsOn = "2026-11-23";

interface PlanView {
  id: string;
  status: string;
  version: number;
  days: { week: number; weekday: number; stops: { customer: { code: string } }[] }[];
}
interface Visit {
  date: string;
  sequence: number;
  status: string;
  customer: { code: string };
  rep: { email: string };
  plan: { id: string };
}

let test: TestApp;
let statements = 0;
let north: string;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  // The session read is counted apart: it happens once per session and cache lifetime, not per page.
  test = await startTestApp({ fixture: twoTerritories, onQuery: (sql) => (isSessionRead(sql) ? undefined : statements++) });
  const [row] = await executeSql<{ id: string }>(test.app.orm.em.fork(), "select id from territory where code = $1", [fixtureTerritories.north]);
  north = toGlobalId("Territory", row!.id);
  await prepareTerritoryForPlanning(test.app.orm.em.fork(), fixtureTerritories.north);
  // Two days off in the first week, one in the fifth.
  await executeSql(test.app.orm.em.fork(), `update rep_work_profile set days_off = '[{"from": "2026-11-25", "to": "2026-11-26"}, {"from": "2026-12-22", "to": "2026-12-22"}]'`);
  for (const email of [fixtureUsers.northManager, fixtureUsers.northRep, fixtureUsers.southManager]) tokens[email] = await test.login(email);
});
afterAll(async () => test?.close());

async function generatedPlan(): Promise<PlanView> {
  const queued = await test.graphql<{ generateVisitPlan: { job: { id: string } } }>(
    "mutation ($input: GenerateVisitPlanInput!) { generateVisitPlan(input: $input) { job { id } userErrors { message } } }",
    { input: { territoryId: north, startsOn, cycleWeeks: 2, timeLimitSeconds: 0.3 } },
    tokens[fixtureUsers.northManager],
  );
  const jobId = queued.data!.generateVisitPlan.job.id;
  for (let attempt = 0; attempt < 300; attempt++) {
    const result = await test.graphql<{ visitPlanJob: { plan: PlanView | null } }>(
      "query ($id: ID!) { visitPlanJob(id: $id) { plan { id status version days { week weekday stops { customer { code } } } } } }",
      { id: jobId },
      tokens[fixtureUsers.northManager],
    );
    if (result.data?.visitPlanJob.plan) return result.data.visitPlanJob.plan;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("the plan was never generated");
}

const activate = `mutation ($input: ActivateVisitPlanInput!) { activateVisitPlan(input: $input) { plan { id status version activatedAt } plannedVisitCount userErrors { code message } } }`;

async function activatePlan(input: Record<string, unknown>, token = tokens[fixtureUsers.northManager]!) {
  const result = await test.graphql<{ activateVisitPlan: { plan: { id: string; status: string; version: number } | null; plannedVisitCount: number | null; userErrors: { code: string; message: string }[] } }>(activate, { input }, token);
  expect(result.errors).toBeUndefined();
  return result.data!.activateVisitPlan;
}

async function visits(filter: Record<string, unknown>, first = 500, token = tokens[fixtureUsers.northManager]!): Promise<Visit[]> {
  const all: Visit[] = [];
  let after: string | null = null;
  do {
    const result: { data?: { plannedVisits: { edges: { node: Visit }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } | null; errors?: unknown } = await test.graphql(
      `query ($first: Int, $after: String, $filter: PlannedVisitFilter) { plannedVisits(first: $first, after: $after, filter: $filter) {
         edges { node { date sequence status customer { code } rep { email } plan { id } } } pageInfo { hasNextPage endCursor } } }`,
      { first, after, filter },
      token,
    );
    expect(result.errors).toBeUndefined();
    all.push(...result.data!.plannedVisits.edges.map((edge) => edge.node));
    after = result.data!.plannedVisits.pageInfo.hasNextPage ? result.data!.plannedVisits.pageInfo.endCursor : null;
  } while (after);
  return all;
}

/** What the plan should put on the calendar: its cycle over 8 weeks from the start, without the days off. */
function expectedVisits(plan: PlanView): string[] {
  const off = new Set(["2026-11-25", "2026-11-26", "2026-12-22"]);
  const expected: string[] = [];
  for (let offset = 0; offset < 56; offset++) {
    const date = new Date(Date.UTC(2026, 10, 23 + offset));
    const iso = date.toISOString().slice(0, 10);
    const weekday = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
    const week = (Math.floor(offset / 7) % 2) + 1;
    const day = plan.days.find((candidate) => candidate.week === week && candidate.weekday === weekday);
    if (!day || off.has(iso)) continue;
    day.stops.forEach((stop, index) => expected.push(`${iso} ${index + 1} ${stop.customer.code}`));
  }
  return expected;
}

describe("activating a visit plan", () => {
  let first: PlanView;

  it("makes the plan ACTIVE and writes its visits for 8 weeks on real dates, skipping the rep's days off", async () => {
    first = await generatedPlan();
    expect(first.status).toBe("DRAFT");
    const payload = await activatePlan({ planId: first.id, expectedVersion: first.version });
    expect(payload.userErrors).toEqual([]);
    expect(payload.plan).toMatchObject({ id: first.id, status: "ACTIVE", version: first.version + 1 });
    const written = await visits({ territoryId: north });
    const expected = expectedVisits(first);
    expect(payload.plannedVisitCount).toBe(expected.length);
    expect(written.map((visit) => `${visit.date} ${visit.sequence} ${visit.customer.code}`)).toEqual(expected);
    expect(new Set(written.map((visit) => visit.status))).toEqual(new Set(["PLANNED"]));
    expect(written.every((visit) => visit.rep.email === fixtureUsers.northRep && visit.plan.id === first.id)).toBe(true);
    // The A customer comes every working day: 8 weeks × 6 days less the 3 days off.
    expect(written.filter((visit) => visit.customer.code === "N-1")).toHaveLength(45);
    expect(written.some((visit) => ["2026-11-25", "2026-11-26", "2026-12-22"].includes(visit.date) || new Date(`${visit.date}T00:00:00Z`).getUTCDay() === 0)).toBe(false);
  });

  it("filters by date, customer, rep and status, and reads a page in the same number of statements whatever its size", async () => {
    const week = await visits({ from: "2026-11-30", to: "2026-12-05" });
    expect(week.map((visit) => `${visit.date} ${visit.sequence} ${visit.customer.code}`)).toEqual(expectedVisits(first).filter((entry) => entry >= "2026-11-30" && entry < "2026-12-06"));
    const [customer] = await executeSql<{ id: string }>(test.app.orm.em.fork(), "select id from customer where code = 'N-2'");
    const b = await visits({ customerId: toGlobalId("Customer", customer!.id), status: "PLANNED" });
    expect(b.map((visit) => visit.date)).toEqual(expectedVisits(first).filter((entry) => entry.endsWith(" N-2")).map((entry) => entry.slice(0, 10)));
    const [rep] = await executeSql<{ id: string }>(test.app.orm.em.fork(), "select id from app_user where email = $1", [fixtureUsers.northRep]);
    expect(await visits({ repId: toGlobalId("User", rep!.id), status: "DONE" })).toEqual([]);
    const onePage = async (size: number) => {
      statements = 0;
      const result = await test.graphql<{ plannedVisits: { edges: unknown[] } }>(
        "query ($first: Int) { plannedVisits(first: $first) { edges { node { date customer { code } rep { email } plan { id } territory { code } } } } }",
        { first: size },
        tokens[fixtureUsers.northManager],
      );
      expect(result.data?.plannedVisits.edges).toHaveLength(size);
      return statements;
    };
    expect(await onePage(1)).toBe(await onePage(50));
  });

  it("refuses a stale version, a plan that is not a DRAFT, reps and other territories' managers, and changes nothing", async () => {
    const second = await generatedPlan();
    const stale = await activatePlan({ planId: second.id, expectedVersion: second.version + 5 });
    expect(stale).toMatchObject({ plan: null, userErrors: [{ code: "CONFLICT", message: `the plan changed since you read it: it is at version ${second.version}, you sent ${second.version + 5}` }] });
    const again = await activatePlan({ planId: first.id, expectedVersion: first.version + 1 });
    expect(again.userErrors).toEqual([{ code: "INVALID_TRANSITION", message: "only a DRAFT plan can be activated; this one is ACTIVE" }]);
    expect((await activatePlan({ planId: second.id, expectedVersion: second.version }, tokens[fixtureUsers.northRep]!)).userErrors).toMatchObject([{ code: "FORBIDDEN" }]);
    expect((await activatePlan({ planId: second.id, expectedVersion: second.version }, tokens[fixtureUsers.southManager]!)).userErrors).toMatchObject([{ code: "NOT_FOUND" }]);
    expect(await visits({ territoryId: north, to: "2027-01-31" })).toHaveLength(expectedVisits(first).length);
    // A rep of the territory reads its visits; another territory's manager sees none.
    expect((await visits({}, 500, tokens[fixtureUsers.northRep]!)).length).toBe(expectedVisits(first).length);
    expect(await visits({}, 500, tokens[fixtureUsers.southManager]!)).toEqual([]);
  });

  it("supersedes the active plan, keeps done and missed visits and replaces the planned ones, once per idempotency key", async () => {
    const em = test.app.orm.em.fork();
    await executeSql(em, "update planned_visit set status = 'DONE' where date = '2026-11-23'");
    await executeSql(em, "update planned_visit set status = 'MISSED' where date = '2026-11-24' and sequence = 1");
    const kept = await visits({ to: "2026-11-24", status: "DONE" });
    const missed = await visits({ status: "MISSED" });
    const second = await generatedPlan();
    const payload = await activatePlan({ planId: second.id, expectedVersion: second.version, idempotencyKey: "activate-second" });
    expect(payload.userErrors).toEqual([]);
    const retried = await activatePlan({ planId: second.id, expectedVersion: second.version, idempotencyKey: "activate-second" });
    expect(retried).toEqual(payload);
    const statuses = await test.graphql<{ a: { status: string }; b: { status: string } }>(
      "query ($a: ID!, $b: ID!) { a: visitPlan(id: $a) { status } b: visitPlan(id: $b) { status } }",
      { a: first.id, b: second.id },
      tokens[fixtureUsers.northManager],
    );
    expect(statuses.data).toEqual({ a: { status: "SUPERSEDED" }, b: { status: "ACTIVE" } });
    const after = await visits({ territoryId: north });
    expect(after.filter((visit) => visit.status === "DONE")).toEqual(kept);
    expect(after.filter((visit) => visit.status === "MISSED")).toEqual(missed);
    const planned = after.filter((visit) => visit.status === "PLANNED");
    expect(planned.every((visit) => visit.plan.id === second.id)).toBe(true);
    // Never two visits of a customer on one day, and every planned one is the new plan's.
    const keys = after.map((visit) => `${visit.date} ${visit.customer.code}`);
    expect(new Set(keys).size).toBe(keys.length);
    // The new plan's visits, except where the customer's visit that day was already made or missed.
    const recorded = new Set([...kept, ...missed].map((visit) => `${visit.date} ${visit.customer.code}`));
    const expected = expectedVisits(second).filter((entry) => !recorded.has(`${entry.slice(0, 10)} ${entry.split(" ")[2]}`));
    expect(planned.map((visit) => `${visit.date} ${visit.sequence} ${visit.customer.code}`)).toEqual(expected);
    expect(payload.plannedVisitCount).toBe(planned.length);
  });
});
