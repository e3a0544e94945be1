import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { oneTerritory, fixtureTerritories, fixtureUsers } from "../../test/fixtures.ts";
import { DomainError, DomainErrors } from "../shared/domain-error.ts";
import { executeSql } from "../shared/sql.ts";
import { buildVisitProblem } from "./visit-problem.ts";
import { prepareTerritoryForPlanning } from "./visit-plan-test-kit.ts";

let test: TestApp;
let territoryId: string;

beforeAll(async () => {
  test = await startTestApp({ fixture: oneTerritory });
  territoryId = (await executeSql<{ id: string }>(test.app.orm.em.fork(), "select id from territory where code = $1", [fixtureTerritories.north]))[0]!.id;
});
afterAll(async () => test?.close());
beforeEach(async () => prepareTerritoryForPlanning(test.app.orm.em.fork(), fixtureTerritories.north, [1, 2, 3, 4, 5]));

async function problemsOf(run: Promise<unknown>): Promise<{ reason: string | undefined; message: string }[]> {
  const error = await run.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainErrors);
  return (error as DomainErrors).errors.map((item) => ({ reason: item.detail?.reason, message: item.message }));
}

describe("the visit-cycle problem of a territory, from the archive", () => {
  it("holds every active customer with its class's on-site frequency and minutes, and each rep from their start", async () => {
    const problem = await buildVisitProblem(test.app.orm.em.fork(), territoryId, { cycleWeeks: 2, repAssignment: "KEEP" });
    expect(problem.input.cycleDays).toBe(12);
    expect(problem.customers.map((customer) => [customer.code, customer.customerClass])).toEqual([["N-1", "A"], ["N-2", "B"], ["N-3", "C"]]);
    expect(problem.input.customers.map((customer) => [customer.frequency, customer.serviceMinutes])).toEqual([[12, 30], [4, 25], [1, 20]]);
    const [rep] = problem.reps;
    expect(rep?.email).toBe(fixtureUsers.northRep);
    // KEEP: each customer stays with their responsible rep.
    expect(problem.input.customers.every((customer) => customer.allowedReps?.[0] === rep?.id)).toBe(true);
    expect(problem.input.reps?.[0]).toMatchObject({ id: rep?.id, start: { lat: 31.2, lng: 121.4 }, routeDurationLimit: 480 - 60 - 30 });
    // Mon–Fri only: Saturdays (days 5 and 11) are not worked.
    expect(problem.input.reps?.[0]?.workingDays).toEqual([0, 1, 2, 3, 4, 6, 7, 8, 9, 10]);
  });

  it("scales frequencies to a longer cycle and frees customers from their rep with OPTIMISE", async () => {
    const problem = await buildVisitProblem(test.app.orm.em.fork(), territoryId, { cycleWeeks: 4, repAssignment: "OPTIMISE" });
    expect(problem.input.cycleDays).toBe(24);
    expect(problem.input.customers.map((customer) => customer.frequency)).toEqual([24, 8, 2]);
    expect(problem.input.customers.every((customer) => customer.allowedReps === undefined)).toBe(true);
  });

  it("names every customer without coordinates or class, every class without a standard and every rep without a start", async () => {
    const em = test.app.orm.em.fork();
    await executeSql(em, "update customer set latitude = null where code = 'N-2'");
    await executeSql(em, "update customer set class = 'D' where code = 'N-3'");
    await executeSql(em, "update customer set class = null where code = 'N-1'");
    await executeSql(em, "update rep_work_profile set start_latitude = null, start_longitude = null");
    expect(await problemsOf(buildVisitProblem(em, territoryId, { cycleWeeks: 2, repAssignment: "KEEP" }))).toEqual([
      { reason: "REP_WITHOUT_START_LOCATION", message: `rep ${fixtureUsers.northRep} has no start location in their work profile` },
      { reason: "CUSTOMER_WITHOUT_CLASS", message: "customer N-1 has no class" },
      { reason: "CUSTOMER_WITHOUT_LOCATION", message: "customer N-2 has no coordinates" },
      { reason: "CLASS_WITHOUT_STANDARD", message: 'class D has no visit standard ("Worked example B: A daily, B twice a week, C fortnightly"), needed by N-3' },
    ]);
  });

  it("names a rep without any work profile, and refuses a cycle that is not a multiple of the standard's", async () => {
    const em = test.app.orm.em.fork();
    await executeSql(em, "delete from rep_work_profile");
    expect(await problemsOf(buildVisitProblem(em, territoryId, { cycleWeeks: 2, repAssignment: "KEEP" }))).toEqual([
      { reason: "REP_WITHOUT_START_LOCATION", message: `rep ${fixtureUsers.northRep} has no start location in their work profile` },
    ]);
    const error = await buildVisitProblem(em, territoryId, { cycleWeeks: 3, repAssignment: "KEEP" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).message).toBe("cycleWeeks must be a multiple of the visit standard's cycle of 2 week(s), got 3");
  });
});
