import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { fixtureTerritories, fixtureUsers, twoTerritories } from "../../test/fixtures.ts";
import { toGlobalId } from "../shared/global-id.ts";
import { executeSql } from "../shared/sql.ts";
import { prepareTerritoryForPlanning } from "./visit-plan-test-kit.ts";

const startsOn = "2026-11-23";

interface Plan {
  id: string;
  version: number;
  feasible: boolean;
  movedVisits: number | null;
  referencePlan: { id: string } | null;
  days: { week: number; weekday: number; stops: { customer: { code: string } }[] }[];
  diagnosis: {
    summary: string;
    overloadedDays: { week: number; weekday: number; rep: { email: string } | null; requiredMinutes: number; availableMinutes: number; overMinutes: number }[];
    unplacedVisits: { customer: { code: string } | null; week: number; weekday: number }[];
    requiredMinutes: number;
    availableMinutes: number | null;
    suggestions: string[];
  } | null;
}

const planFields = `id version feasible movedVisits referencePlan { id } days { week weekday stops { customer { code } } }
  diagnosis { summary overloadedDays { week weekday rep { email } requiredMinutes availableMinutes overMinutes } unplacedVisits { customer { code } week weekday } requiredMinutes availableMinutes suggestions }`;

let test: TestApp;
let north: string;
let manager: string;

beforeAll(async () => {
  test = await startTestApp({ fixture: twoTerritories });
  const [row] = await executeSql<{ id: string }>(test.app.orm.em.fork(), "select id from territory where code = $1", [fixtureTerritories.north]);
  north = toGlobalId("Territory", row!.id);
  await prepareTerritoryForPlanning(test.app.orm.em.fork(), fixtureTerritories.north);
  manager = await test.login(fixtureUsers.northManager);
});
afterAll(async () => test?.close());

async function generatedPlan(): Promise<Plan> {
  const queued = await test.graphql<{ generateVisitPlan: { job: { id: string } } }>(
    "mutation ($input: GenerateVisitPlanInput!) { generateVisitPlan(input: $input) { job { id } userErrors { message } } }",
    { input: { territoryId: north, startsOn, cycleWeeks: 2, timeLimitSeconds: 0.3 } },
    manager,
  );
  for (let attempt = 0; attempt < 300; attempt++) {
    const result = await test.graphql<{ visitPlanJob: { plan: Plan | null } }>(`query ($id: ID!) { visitPlanJob(id: $id) { plan { ${planFields} } } }`, { id: queued.data!.generateVisitPlan.job.id }, manager);
    expect(result.errors).toBeUndefined();
    if (result.data?.visitPlanJob.plan) return result.data.visitPlanJob.plan;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("no plan");
}

describe("diagnosis and stable re-planning", () => {
  it("explains a plan that does not fit: the days over and by how much, the visits left out, required against available minutes, and what to change", async () => {
    const em = test.app.orm.em.fork();
    // 08:00–09:40 less a 60-minute break and 30 minutes of reports leaves 10 minutes a day.
    await executeSql(em, "update rep_work_profile set day_start_minute = 480, day_end_minute = 580");
    let plan: Plan;
    try {
      plan = await generatedPlan();
    } finally {
      await executeSql(em, "update rep_work_profile set day_end_minute = 960");
    }
    expect(plan.feasible).toBe(false);
    const diagnosis = plan.diagnosis!;
    expect(diagnosis.availableMinutes).toBe(12 * 10);
    expect(diagnosis.requiredMinutes).toBeGreaterThan(120);
    expect(diagnosis.overloadedDays.length).toBeGreaterThan(0);
    for (const day of diagnosis.overloadedDays) {
      expect(day.rep?.email).toBe(fixtureUsers.northRep);
      expect(day.availableMinutes).toBe(10);
      expect(day.overMinutes).toBeCloseTo(day.requiredMinutes - day.availableMinutes, 6);
    }
    expect(diagnosis.unplacedVisits.length).toBeGreaterThan(0);
    expect(diagnosis.unplacedVisits.every((visit) => ["N-1", "N-2", "N-3"].includes(visit.customer?.code ?? ""))).toBe(true);
    const totalOver = diagnosis.overloadedDays.reduce((sum, day) => sum + day.overMinutes, 0);
    expect(diagnosis.summary).toContain(`The plan does not fit the working time: ${diagnosis.overloadedDays.length} day(s) are over by ${Math.round(totalOver)} minutes in all (`);
    expect(diagnosis.summary).toContain(`The cycle needs ${Math.round(diagnosis.requiredMinutes)} minutes of visits and travel; the reps have 120 minutes.`);
    expect(diagnosis.suggestions).toHaveLength(3);
    expect(diagnosis.suggestions[0]).toBe("Fewer visits for class C: its 1 visits per cycle take 20 minutes; change the visit standard or reclassify customers.");
    expect(diagnosis.suggestions[1]).toMatch(/^Longer days: the most overloaded day needs \d+ more minutes; /);
    expect(diagnosis.suggestions[2]).toMatch(/^Another rep: the cycle needs \d+ minutes more than the reps have, about \d+ more working day\(s\); /);
    // A plan that fits has none.
    expect((await generatedPlan()).diagnosis).toBeNull();
  });

  it("re-plans against the active plan after a reclassification and counts the visits it moved", async () => {
    const first = await generatedPlan();
    expect(first.referencePlan).toBeNull();
    expect(first.movedVisits).toBeNull();
    const activated = await test.graphql<{ activateVisitPlan: { userErrors: unknown[] } }>(
      "mutation ($input: ActivateVisitPlanInput!) { activateVisitPlan(input: $input) { userErrors { message } } }",
      { input: { planId: first.id, expectedVersion: first.version } },
      manager,
    );
    expect(activated.data?.activateVisitPlan.userErrors).toEqual([]);
    await executeSql(test.app.orm.em.fork(), "update customer set class = 'B' where code = 'N-3'");
    const second = await generatedPlan();
    expect(second.referencePlan?.id).toBe(first.id);
    const visitsOf = (plan: Plan) => new Set(plan.days.flatMap((day) => day.stops.map((stop) => `${stop.customer.code} ${day.week}-${day.weekday}`)));
    const before = visitsOf(first);
    const after = visitsOf(second);
    const moved = [...before].filter((visit) => !after.has(visit)).length;
    expect(second.movedVisits).toBe(moved);
    // N-3 now comes 4 times instead of once; the other customers keep their days.
    expect([...after].filter((visit) => visit.startsWith("N-3 "))).toHaveLength(4);
    expect([...before].filter((visit) => !visit.startsWith("N-3 ")).every((visit) => after.has(visit))).toBe(true);
  });

  it("lists the phone calls and the manager's visits the standard asks for apart from the routes", async () => {
    const em = test.app.orm.em.fork();
    await executeSql(em, "update customer set class = 'C' where code = 'N-3'");
    const standard = {
      name: "Routes with calls and manager visits",
      cycle: { weeks: 2, workingDaysPerWeek: 6 },
      requirements: {
        A: [
          { kind: "ON_SITE", visitor: "REP", visitsPerCycle: 12, minutesPerVisit: 30 },
          { kind: "ON_SITE", visitor: "MANAGER", visitsPerCycle: 1, minutesPerVisit: 60 },
        ],
        B: [{ kind: "ON_SITE", visitor: "REP", visitsPerCycle: 4, minutesPerVisit: 25 }],
        C: [{ kind: "PHONE", visitor: "REP", visitsPerCycle: 2, minutesPerVisit: 10 }],
      },
    };
    await executeSql(
      em,
      `insert into classification_policy (territory_id, region_id, method, period_months, parameters, visit_standard, version, updated_at)
       values ((select id from territory where code = $1), null, 'PARETO', 3, '{"thresholds": {"A": 40, "B": 40, "C": 20}}'::jsonb, $2::jsonb, 1, now())`,
      [fixtureTerritories.north, JSON.stringify(standard)],
    );
    const result = await test.graphql<{ visitPlan: unknown }>(
      "query ($id: ID!) { visitPlan(id: $id) { unroutedContacts { customer { code } kind visitor contactsPerCycle minutesPerContact } } }",
      { id: (await generatedPlan()).id },
      manager,
    );
    expect(result.data?.visitPlan).toEqual({
      unroutedContacts: [
        { customer: { code: "N-1" }, kind: "ON_SITE", visitor: "MANAGER", contactsPerCycle: 1, minutesPerContact: 60 },
        { customer: { code: "N-3" }, kind: "PHONE", visitor: "REP", contactsPerCycle: 2, minutesPerContact: 10 },
      ],
    });
  });
});
