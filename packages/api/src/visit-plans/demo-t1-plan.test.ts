import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { DEMO_T1 } from "../demo/demo-data.ts";
import { toGlobalId } from "../shared/global-id.ts";
import { executeSql } from "../shared/sql.ts";

// The Monday after the test clock's day (2026-11-18).
const startsOn = "2026-11-23";

interface Day {
  week: number;
  weekday: number;
  stops: { customer: { code: string; class: string } }[];
  workMinutes: number;
  availableMinutes: number;
}

let test: TestApp;
let manager: string;
let territoryId: string;

beforeAll(async () => {
  test = await startTestApp();
  manager = await test.login("manager.demo-t1@beatplan.test");
  const [row] = await executeSql<{ id: string }>(test.app.orm.em.fork(), "select id from territory where code = $1", [DEMO_T1]);
  territoryId = toGlobalId("Territory", row!.id);
});
afterAll(async () => test?.close());

describe("Demo-T1's visit plan (worked example B)", () => {
  it("gives the demo rep worked example B's working day", async () => {
    const result = await test.graphql<{ territories: { code: string; reps: { email: string; workProfile: unknown }[] }[] }>(
      "{ territories { code reps { email workProfile { workingWeekdays dayStart dayEnd breakMinutes nonCustomerMinutes availableMinutes startLocation { latitude } } } } }",
      {},
      manager,
    );
    const demo = result.data?.territories.find((territory) => territory.code === DEMO_T1);
    expect(demo?.reps).toEqual([
      {
        email: "rep.demo-t1@beatplan.test",
        workProfile: { workingWeekdays: [1, 2, 3, 4, 5, 6], dayStart: "08:30", dayEnd: "17:30", breakMinutes: 60, nonCustomerMinutes: 60, availableMinutes: 420, startLocation: { latitude: expect.any(Number) } },
      },
    ]);
  });

  it("generates a plan with every frequency, spacing and day limit of the worked example", async () => {
    const queued = await test.graphql<{ generateVisitPlan: { job: { id: string } | null; userErrors: unknown[] } }>(
      "mutation ($input: GenerateVisitPlanInput!) { generateVisitPlan(input: $input) { job { id } userErrors { code message } } }",
      { input: { territoryId, startsOn, cycleWeeks: 2, timeLimitSeconds: 1 } },
      manager,
    );
    expect(queued.data?.generateVisitPlan.userErrors).toEqual([]);
    const jobId = queued.data!.generateVisitPlan.job!.id;
    let plan: { feasible: boolean; days: Day[] } | null = null;
    for (let attempt = 0; attempt < 300 && !plan; attempt++) {
      const result = await test.graphql<{ visitPlanJob: { status: string; plan: { feasible: boolean; days: Day[] } | null } }>(
        "query ($id: ID!) { visitPlanJob(id: $id) { status plan { feasible days { week weekday stops { customer { code class } } workMinutes availableMinutes } } } }",
        { id: jobId },
        manager,
      );
      expect(["QUEUED", "RUNNING", "SUCCEEDED"]).toContain(result.data?.visitPlanJob.status);
      plan = result.data?.visitPlanJob.plan ?? null;
      if (!plan) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(plan?.feasible).toBe(true);
    const days = plan!.days;
    // Twelve working days, Monday to Saturday of two weeks, each within the 420 minutes left of 08:30–17:30.
    expect(days.map((day) => `${day.week}-${day.weekday}`)).toEqual([1, 2].flatMap((week) => [1, 2, 3, 4, 5, 6].map((weekday) => `${week}-${weekday}`)));
    for (const day of days) {
      expect(day.availableMinutes).toBe(420);
      expect(day.workMinutes).toBeLessThanOrEqual(420);
    }
    const visitDays = new Map<string, { class: string; days: number[] }>();
    days.forEach((day, index) => {
      for (const stop of day.stops) {
        const entry = visitDays.get(stop.customer.code) ?? { class: stop.customer.class, days: [] };
        entry.days.push(index);
        visitDays.set(stop.customer.code, entry);
      }
    });
    expect(visitDays.size).toBe(20);
    expect([...visitDays.values()].reduce((sum, entry) => sum + entry.days.length, 0)).toBe(90);
    for (const [code, entry] of visitDays) {
      const number = Number(code.slice("DEMO-".length));
      const expectedClass = number <= 5 ? "A" : number <= 10 ? "B" : "C";
      expect(entry.class, code).toBe(expectedClass);
      expect(entry.days.length, code).toBe({ A: 12, B: 4, C: 1 }[expectedClass]);
      if (expectedClass === "B") {
        // Twice a week, three working days apart (Mon+Thu, Tue+Fri or Wed+Sat), the same in both weeks.
        const gaps = entry.days.map((day, index) => ((entry.days[(index + 1) % 4] as number) - day + 12) % 12);
        expect(gaps, code).toEqual([3, 3, 3, 3]);
      }
    }
  });
});
