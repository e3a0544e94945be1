import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { fixtureTerritories, fixtureUsers, twoTerritories } from "../../test/fixtures.ts";
import { toGlobalId } from "../shared/global-id.ts";
import { executeSql } from "../shared/sql.ts";
import { prepareTerritoryForPlanning } from "./visit-plan-test-kit.ts";

const startsOn = "2026-11-23";

interface Stop {
  sequence: number;
  customer: { code: string };
  arrival: number;
  departure: number;
  locked: boolean;
}
interface Day {
  week: number;
  weekday: number;
  stops: Stop[];
  travelMinutes: number;
  workMinutes: number;
  availableMinutes: number;
}
interface Plan {
  id: string;
  version: number;
  status: string;
  totalTravelMinutes: number;
  days: Day[];
}

const dayFields = "week weekday stops { sequence customer { code } arrival departure locked } travelMinutes workMinutes availableMinutes";
const planFields = `id version status totalTravelMinutes days { ${dayFields} }`;

let test: TestApp;
let north: string;
const customers: Record<string, string> = {};
const tokens: Record<string, string> = {};

beforeAll(async () => {
  test = await startTestApp({ fixture: twoTerritories });
  const em = test.app.orm.em.fork();
  const [row] = await executeSql<{ id: string }>(em, "select id from territory where code = $1", [fixtureTerritories.north]);
  north = toGlobalId("Territory", row!.id);
  await prepareTerritoryForPlanning(em, fixtureTerritories.north);
  for (const customer of await executeSql<{ id: string; code: string }>(em, "select id, code from customer")) customers[customer.code] = toGlobalId("Customer", customer.id);
  for (const email of [fixtureUsers.northManager, fixtureUsers.northRep]) tokens[email] = await test.login(email);
});
afterAll(async () => test?.close());

async function generatedPlan(): Promise<Plan> {
  const queued = await test.graphql<{ generateVisitPlan: { job: { id: string } | null; userErrors: unknown[] } }>(
    "mutation ($input: GenerateVisitPlanInput!) { generateVisitPlan(input: $input) { job { id } userErrors { message } } }",
    { input: { territoryId: north, startsOn, cycleWeeks: 2, timeLimitSeconds: 0.3 } },
    tokens[fixtureUsers.northManager],
  );
  expect(queued.data?.generateVisitPlan.userErrors).toEqual([]);
  for (let attempt = 0; attempt < 300; attempt++) {
    const result = await test.graphql<{ visitPlanJob: { status: string; plan: Plan | null } }>(`query ($id: ID!) { visitPlanJob(id: $id) { status plan { ${planFields} } } }`, { id: queued.data!.generateVisitPlan.job!.id }, tokens[fixtureUsers.northManager]);
    if (result.data?.visitPlanJob.plan) return result.data.visitPlanJob.plan;
    expect(result.data?.visitPlanJob.status).not.toBe("FAILED");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("no plan");
}

async function move(input: Record<string, unknown>, token = tokens[fixtureUsers.northManager]!) {
  const result = await test.graphql<{ moveVisit: { plan: Plan | null; days: Day[]; userErrors: { code: string; reason: string | null; message: string }[] } }>(
    `mutation ($input: MoveVisitInput!) { moveVisit(input: $input) { plan { ${planFields} } days { ${dayFields} } userErrors { code reason message } } }`,
    { input },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.moveVisit;
}

function daysOf(plan: Plan, code: string): string[] {
  return plan.days.filter((day) => day.stops.some((stop) => stop.customer.code === code)).map((day) => `${day.week}-${day.weekday}`);
}

const weekdayCode = (key: string) => ({ week: Number(key.split("-")[0]), weekday: Number(key.split("-")[1]) });

describe("changing a plan by hand", () => {
  let plan: Plan;
  let movedTo: string;

  it("moves a visit to another day and position, with both days' new totals, and locks it", async () => {
    plan = await generatedPlan();
    const [from] = daysOf(plan, "N-3");
    movedTo = plan.days.map((day) => `${day.week}-${day.weekday}`).find((key) => key !== from && weekdayCode(key).weekday !== weekdayCode(from!).weekday)!;
    const to = weekdayCode(movedTo);
    const payload = await move({ planId: plan.id, expectedVersion: plan.version, customerId: customers["N-3"], fromWeek: weekdayCode(from!).week, fromWeekday: weekdayCode(from!).weekday, toWeek: to.week, toWeekday: to.weekday, toPosition: 1 });
    expect(payload.userErrors).toEqual([]);
    expect(payload.plan?.version).toBe(plan.version + 1);
    expect(daysOf(payload.plan!, "N-3")).toEqual([movedTo]);
    expect(payload.days.map((day) => `${day.week}-${day.weekday}`).sort()).toEqual([from, movedTo].sort());
    const target = payload.days.find((day) => `${day.week}-${day.weekday}` === movedTo)!;
    expect(target.stops[0]).toMatchObject({ sequence: 1, customer: { code: "N-3" }, locked: true });
    expect(target.stops.map((stop) => stop.sequence)).toEqual(target.stops.map((_, index) => index + 1));
    for (const day of payload.days) {
      const service = day.stops.reduce((sum, stop) => sum + stop.departure - stop.arrival, 0);
      expect(day.workMinutes).toBeCloseTo(day.travelMinutes + service, 6);
      expect(day.workMinutes).toBeLessThanOrEqual(day.availableMinutes);
    }
    const source = payload.days.find((day) => `${day.week}-${day.weekday}` === from)!;
    expect(source.stops.some((stop) => stop.customer.code === "N-3")).toBe(false);
    expect(payload.plan!.totalTravelMinutes).toBeCloseTo(payload.plan!.days.reduce((sum, day) => sum + day.travelMinutes, 0), 6);
    plan = payload.plan!;
  });

  it("refuses moves that break the spacing rule, double a visit, overfill a day or use a stale version, and changes nothing", async () => {
    const [first] = daysOf(plan, "N-2");
    const next = plan.days.find((day) => day.week === weekdayCode(first!).week && day.weekday === (weekdayCode(first!).weekday % 6) + 1)!;
    const spacing = await move({ planId: plan.id, expectedVersion: plan.version, customerId: customers["N-2"], fromWeek: weekdayCode(first!).week, fromWeekday: weekdayCode(first!).weekday, toWeek: next.week, toWeekday: next.weekday });
    expect(spacing.userErrors).toHaveLength(1);
    expect(spacing.userErrors[0]).toMatchObject({ code: "VALIDATION", reason: "SPACING" });
    expect(spacing.userErrors[0]!.message).toMatch(/^N-2's 4 visits per cycle must be spread evenly, about every 3 working days; moving it to week \d \w+day would visit it on /);
    const twice = await move({ planId: plan.id, expectedVersion: plan.version, customerId: customers["N-1"], fromWeek: 1, fromWeekday: 1, toWeek: 1, toWeekday: 2 });
    expect(twice.userErrors).toEqual([{ code: "VALIDATION", reason: "SPACING", message: "N-1 is already visited on week 1 Tuesday; a customer gets at most one visit a day" }]);
    const sunday = await move({ planId: plan.id, expectedVersion: plan.version, customerId: customers["N-3"], fromWeek: weekdayCode(movedTo).week, fromWeekday: weekdayCode(movedTo).weekday, toWeek: 1, toWeekday: 7 });
    expect(sunday.userErrors).toEqual([{ code: "VALIDATION", reason: "NOT_A_WORKING_DAY", message: "the rep does not work on week 1 Sunday in this plan" }]);
    const stale = await move({ planId: plan.id, expectedVersion: plan.version - 1, customerId: customers["N-3"], fromWeek: weekdayCode(movedTo).week, fromWeekday: weekdayCode(movedTo).weekday, toWeek: 1, toWeekday: 1 });
    expect(stale.userErrors).toMatchObject([{ code: "CONFLICT" }]);
    const byRep = await move({ planId: plan.id, expectedVersion: plan.version, customerId: customers["N-3"], fromWeek: weekdayCode(movedTo).week, fromWeekday: weekdayCode(movedTo).weekday, toWeek: 1, toWeekday: 1 }, tokens[fixtureUsers.northRep]!);
    expect(byRep.userErrors).toMatchObject([{ code: "FORBIDDEN" }]);
    // The rep's day shrinks to 08:00–10:00 less 60 + 30 minutes: 30 minutes for travel and visits.
    const em = test.app.orm.em.fork();
    await executeSql(em, "update rep_work_profile set day_end_minute = 600");
    try {
      const other = plan.days.find((day) => `${day.week}-${day.weekday}` !== movedTo)!;
      const over = await move({ planId: plan.id, expectedVersion: plan.version, customerId: customers["N-3"], fromWeek: weekdayCode(movedTo).week, fromWeekday: weekdayCode(movedTo).weekday, toWeek: other.week, toWeekday: other.weekday });
      expect(over.userErrors).toHaveLength(1);
      expect(over.userErrors[0]).toMatchObject({ code: "VALIDATION", reason: "DAY_OVER_CAPACITY" });
      expect(over.userErrors[0]!.message).toMatch(new RegExp(`^week ${other.week} \\w+day would need \\d+ minutes of travel and visits, \\d+ more than the 30 the rep has$`));
    } finally {
      await executeSql(em, "update rep_work_profile set day_end_minute = 960");
    }
    const unchanged = await test.graphql<{ visitPlan: Plan }>(`query ($id: ID!) { visitPlan(id: $id) { ${planFields} } }`, { id: plan.id }, tokens[fixtureUsers.northManager]);
    expect(unchanged.data?.visitPlan).toEqual(plan);
  });

  it("keeps the moved visit where it was put when the territory is planned again against the active plan", async () => {
    const activated = await test.graphql<{ activateVisitPlan: { userErrors: unknown[] } }>(
      "mutation ($input: ActivateVisitPlanInput!) { activateVisitPlan(input: $input) { userErrors { message } } }",
      { input: { planId: plan.id, expectedVersion: plan.version } },
      tokens[fixtureUsers.northManager],
    );
    expect(activated.data?.activateVisitPlan.userErrors).toEqual([]);
    const again = await generatedPlan();
    expect(daysOf(again, "N-3")).toEqual([movedTo]);
  });

  it("pins a customer's weekdays, refuses pins the spacing rule cannot meet, and plans respect them", async () => {
    const pin = async (input: Record<string, unknown>) =>
      (
        await test.graphql<{ pinCustomerWeekdays: { pinnedWeekdays: number[]; closedWeekdays: number[]; userErrors: { reason: string | null; message: string }[] } }>(
          "mutation ($input: PinCustomerWeekdaysInput!) { pinCustomerWeekdays(input: $input) { pinnedWeekdays closedWeekdays userErrors { reason message } } }",
          { input },
          tokens[fixtureUsers.northManager],
        )
      ).data!.pinCustomerWeekdays;
    expect((await pin({ customerId: customers["N-2"], pinnedWeekdays: [2] })).userErrors).toEqual([
      { reason: "SPACING", message: "N-2 (class B) needs 4 evenly spread visits every 2 week(s), which cannot all fall on Tuesday" },
    ]);
    expect((await pin({ customerId: customers["N-2"], pinnedWeekdays: [2, 9], closedWeekdays: [2] })).userErrors.map((error) => error.message)).toEqual([
      "pinnedWeekdays must be ISO weekdays 1 (Monday) to 7 (Sunday), got 9",
      "a weekday cannot be both pinned and closed, got Tuesday",
    ]);
    expect(await pin({ customerId: customers["N-2"], pinnedWeekdays: [4, 1] })).toEqual({ pinnedWeekdays: [1, 4], closedWeekdays: [], userErrors: [] });
    expect(await pin({ customerId: customers["N-3"], pinnedWeekdays: [], closedWeekdays: [1, 2, 3, 4, 5] })).toEqual({ pinnedWeekdays: [], closedWeekdays: [1, 2, 3, 4, 5], userErrors: [] });
    const pinned = await generatedPlan();
    expect(daysOf(pinned, "N-2").map((key) => weekdayCode(key).weekday).sort()).toEqual([1, 1, 4, 4]);
    // N-3's lock (its moved day) is kept only if that day is open; it is closed now unless it was a Saturday.
    expect(daysOf(pinned, "N-3").map((key) => weekdayCode(key).weekday)).toEqual([6]);
  });
});
