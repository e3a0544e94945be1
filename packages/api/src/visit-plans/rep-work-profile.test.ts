import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { fixtureUsers, twoTerritories } from "../../test/fixtures.ts";
import { toGlobalId } from "../shared/global-id.ts";
import { executeSql } from "../shared/sql.ts";

const profileFields = `startLocation { label latitude longitude } endLocation { label latitude longitude } workingWeekdays dayStart dayEnd
  breakMinutes nonCustomerMinutes availableMinutes speedKmPerHour roadFactor daysOff { from to }`;
const setProfile = `mutation ($input: SetRepWorkProfileInput!) { setRepWorkProfile(input: $input) { rep { email } workProfile { ${profileFields} } userErrors { code field message reason } } }`;

interface Payload {
  rep: { email: string } | null;
  workProfile: Record<string, unknown> | null;
  userErrors: { code: string; field: string[] | null; message: string; reason: string | null }[];
}

let test: TestApp;
const ids: Record<string, string> = {};
const tokens: Record<string, string> = {};

const goodProfile = {
  startLocation: { label: "Home", latitude: 31.26, longitude: 121.48 },
  endLocation: { label: "Office", latitude: 31.23, longitude: 121.47 },
  workingWeekdays: [6, 1, 2, 3, 4, 5],
  dayStart: "08:30",
  dayEnd: "17:30",
  breakMinutes: 60,
  nonCustomerMinutes: 60,
  speedKmPerHour: 25,
  roadFactor: 1.4,
  daysOff: [{ from: "2026-12-28", to: "2026-12-31" }, { from: "2026-12-07", to: "2026-12-07" }],
};

beforeAll(async () => {
  test = await startTestApp({ fixture: twoTerritories });
  for (const row of await executeSql<{ id: string; email: string }>(test.app.orm.em.fork(), "select id, email from app_user")) ids[row.email] = toGlobalId("User", row.id);
  for (const email of Object.values(fixtureUsers)) tokens[email] = await test.login(email);
});
afterAll(async () => test?.close());

async function set(input: Record<string, unknown>, token: string): Promise<Payload> {
  const result = await test.graphql<{ setRepWorkProfile: Payload }>(setProfile, { input }, token);
  expect(result.errors).toBeUndefined();
  return result.data!.setRepWorkProfile;
}

async function profileAs(repEmail: string, token: string): Promise<Record<string, unknown> | null> {
  const result = await test.graphql<{ node: { workProfile: Record<string, unknown> | null } | null }>(
    `query ($id: ID!) { node(id: $id) { ... on User { workProfile { ${profileFields} } } } }`,
    { id: ids[repEmail] },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data?.node?.workProfile ?? null;
}

describe("reps' work profiles", () => {
  it("stores the whole profile set by the territory's manager, and shows it to the rep and admins only", async () => {
    const payload = await set({ repId: ids[fixtureUsers.northRep], ...goodProfile }, tokens[fixtureUsers.northManager]!);
    const expected = {
      ...goodProfile,
      workingWeekdays: [1, 2, 3, 4, 5, 6],
      availableMinutes: 540 - 60 - 60,
      daysOff: [{ from: "2026-12-07", to: "2026-12-07" }, { from: "2026-12-28", to: "2026-12-31" }],
    };
    expect(payload).toEqual({ rep: { email: fixtureUsers.northRep }, workProfile: expected, userErrors: [] });
    const own = await test.graphql<{ me: { workProfile: unknown } }>(`{ me { workProfile { ${profileFields} } } }`, {}, tokens[fixtureUsers.northRep]);
    expect(own.data?.me.workProfile).toEqual(expected);
    expect(await profileAs(fixtureUsers.northRep, tokens[fixtureUsers.admin]!)).toEqual(expected);
    expect(await profileAs(fixtureUsers.northRep, tokens[fixtureUsers.southManager]!)).toBeNull();
  });

  it("replaces the stored profile and audits the change", async () => {
    const payload = await set({ repId: ids[fixtureUsers.northRep], ...goodProfile, endLocation: null, daysOff: [], dayEnd: "18:00" }, tokens[fixtureUsers.admin]!);
    expect(payload.workProfile).toMatchObject({ endLocation: null, daysOff: [], dayEnd: "18:00", availableMinutes: 570 - 120 });
    const log = await test.graphql<{ auditLog: { edges: { node: { entityType: string; operation: string | null; action: string } }[] } }>(
      "{ auditLog(first: 100) { edges { node { entityType operation action } } } }",
      {},
      tokens[fixtureUsers.admin],
    );
    const entries = log.data!.auditLog.edges.map((edge) => edge.node).filter((entry) => entry.entityType === "RepWorkProfile");
    expect(entries).toEqual(expect.arrayContaining([
      { entityType: "RepWorkProfile", operation: "setRepWorkProfile", action: "CREATE" },
      { entityType: "RepWorkProfile", operation: "setRepWorkProfile", action: "UPDATE" },
    ]));
  });

  it("states every broken rule with its value and changes nothing", async () => {
    const before = await profileAs(fixtureUsers.northRep, tokens[fixtureUsers.admin]!);
    const payload = await set(
      {
        repId: ids[fixtureUsers.northRep],
        ...goodProfile,
        startLocation: { latitude: 91, longitude: 121 },
        workingWeekdays: [1, 8],
        dayStart: "17:00",
        dayEnd: "09:00",
        breakMinutes: -5,
        speedKmPerHour: 0,
        roadFactor: 0.8,
        daysOff: [{ from: "2026-12-10", to: "2026-12-01" }, { from: "2026-12-20", to: "2026-12-24" }, { from: "2026-12-24", to: "2026-12-26" }],
      },
      tokens[fixtureUsers.admin]!,
    );
    expect(payload.workProfile).toBeNull();
    expect(payload.userErrors.map((error) => [error.field?.join("."), error.reason, error.message])).toEqual([
      ["startLocation.latitude", "LATITUDE_OUT_OF_RANGE", "startLocation.latitude must be between -90 and 90, got 91"],
      ["workingWeekdays", "WEEKDAY_OUT_OF_RANGE", "workingWeekdays must be ISO weekdays 1 (Monday) to 7 (Sunday), got 8"],
      ["dayEnd", "DAY_END_NOT_AFTER_START", "dayEnd must be after dayStart, got 17:00 – 09:00"],
      ["breakMinutes", "NEGATIVE_MINUTES", "breakMinutes must be a whole number of minutes, 0 or more, got -5"],
      ["speedKmPerHour", "SPEED_OUT_OF_RANGE", "speedKmPerHour must be between 1 and 150, got 0"],
      ["roadFactor", "ROAD_FACTOR_OUT_OF_RANGE", "roadFactor must be between 1 and 3, got 0.8"],
      ["daysOff.0", "DAYS_OFF_END_BEFORE_START", "daysOff[0] must end on or after its first day, got 2026-12-10 – 2026-12-01"],
      ["daysOff", "DAYS_OFF_OVERLAP", "days off may not overlap, got 2026-12-20 – 2026-12-24 and 2026-12-24 – 2026-12-26"],
    ]);
    const longBreak = await set({ repId: ids[fixtureUsers.northRep], ...goodProfile, dayStart: "09:00", dayEnd: "10:00", breakMinutes: 45, nonCustomerMinutes: 15, workingWeekdays: [] }, tokens[fixtureUsers.admin]!);
    expect(longBreak.userErrors.map((error) => error.message)).toEqual([
      "workingWeekdays must name at least one weekday, got none",
      "breakMinutes plus nonCustomerMinutes must be shorter than the day of 60 minutes, got 45 + 15",
    ]);
    const badTime = await set({ repId: ids[fixtureUsers.northRep], ...goodProfile, dayStart: "8:30", dayEnd: "25:00" }, tokens[fixtureUsers.admin]!);
    expect(badTime.userErrors.map((error) => error.message)).toEqual([
      "dayStart must be a time HH:MM from 00:00 to 23:59, got 8:30",
      "dayEnd must be a time HH:MM from 00:00 to 24:00, got 25:00",
    ]);
    expect(await profileAs(fixtureUsers.northRep, tokens[fixtureUsers.admin]!)).toEqual(before);
  });

  it("lets only admins and the rep's managers set it; a profile is for reps only", async () => {
    const byRep = await set({ repId: ids[fixtureUsers.northRep], ...goodProfile }, tokens[fixtureUsers.northRep]!);
    expect(byRep.userErrors).toMatchObject([{ code: "FORBIDDEN" }]);
    const byOtherManager = await set({ repId: ids[fixtureUsers.northRep], ...goodProfile }, tokens[fixtureUsers.southManager]!);
    expect(byOtherManager.userErrors).toMatchObject([{ code: "NOT_FOUND", message: "rep not found" }]);
    const forManager = await set({ repId: ids[fixtureUsers.northManager], ...goodProfile }, tokens[fixtureUsers.admin]!);
    expect(forManager.userErrors).toMatchObject([{ code: "VALIDATION", reason: "NOT_A_REP", message: "work profiles are for reps, got a user with role MANAGER" }]);
    const unknown = await set({ repId: toGlobalId("User", "00000000-0000-4000-8000-000000000000"), ...goodProfile }, tokens[fixtureUsers.admin]!);
    expect(unknown.userErrors).toMatchObject([{ code: "NOT_FOUND" }]);
    // The south rep has no profile: null for everyone.
    expect(await profileAs(fixtureUsers.southRep, tokens[fixtureUsers.admin]!)).toBeNull();
  });
});
