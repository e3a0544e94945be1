import { MANUFACTURER_RULE_SET, shiftMonth } from "@beatplan/domain";
import { testClock, testLastCompleteMonth, testToday } from "@beatplan/domain/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { classificationTerritories, classifiedTerritories, fixtureUsers, otherClassificationVolumes } from "../../test/fixtures.ts";
import { startTestApp, type TestApp } from "../../test/test-app.ts";

/** T-SOUTH's manager sets its policy; T-WEST keeps the company default; T-NORTH has its own policy and another manager. */
const { north, south, west } = classificationTerritories;

const setPolicy = `mutation($input: SetClassificationPolicyInput!) {
  setClassificationPolicy(input: $input) {
    policy { level method periodMonths paretoShares { a b c d } amountCuts { class minimumAverage } lowestClass ruleSet
             visitStandardName visitCycle { weeks workingDaysPerWeek } visitRequirements { class kind visitor visitsPerCycle minutesPerVisit } version updatedBy { email } }
    userErrors { code field message }
  }
}`;

const policyQuery = `query($code: String!) { classificationPolicy(scope: { territoryCode: $code }) { level method periodMonths version paretoShares { a b c } } }`;

type Payload = { setClassificationPolicy: { policy: Record<string, any> | null; userErrors: { code: string; field: string[] | null; message: string }[] } };

const visit = {
  visitStandardName: "A weekly, B monthly, C by phone",
  visitCycle: { weeks: 4, workingDaysPerWeek: 6 },
  visitRequirements: [
    { class: "A", kind: "ON_SITE", visitor: "REP", visitsPerCycle: 4, minutesPerVisit: 30 },
    { class: "A", kind: "ON_SITE", visitor: "MANAGER", visitsPerCycle: 1, minutesPerVisit: 45 },
    { class: "B", kind: "ON_SITE", visitor: "REP", visitsPerCycle: 1, minutesPerVisit: 25 },
    { class: "C", kind: "PHONE", visitor: "REP", visitsPerCycle: 1, minutesPerVisit: 10 },
  ],
};

describe("classification policies", () => {
  let testApp: TestApp;
  let adminToken: string;
  let managerToken: string;
  let territoryIds: Map<string, string>;

  beforeAll(async () => {
    testApp = await startTestApp({ fixture: classifiedTerritories, now: testClock });
    adminToken = await testApp.login(fixtureUsers.admin);
    managerToken = await testApp.login(fixtureUsers.southManager);
    const territories = await testApp.graphql<{ territories: { id: string; code: string }[] }>("{ territories { id code } }", {}, adminToken);
    territoryIds = new Map(territories.data!.territories.map((territory) => [territory.code, territory.id]));
  });

  afterAll(async () => {
    await testApp.close();
  });

  it("shows the stored company default for a territory without its own policy", async () => {
    const result = await testApp.graphql<{ classificationPolicy: Record<string, unknown> }>(policyQuery, { code: west }, adminToken);
    expect(result.data!.classificationPolicy).toEqual({ level: "COMPANY", method: "PARETO", periodMonths: 3, version: 1, paretoShares: { a: 40, b: 40, c: 20 } });
  });

  it("lets a territory's manager store threshold amounts with a visit standard, then change them only at the current version", async () => {
    const input = { territoryId: territoryIds.get(south), method: "THRESHOLD_AMOUNTS", periodMonths: 4, amountCuts: [{ class: "A", minimumAverage: "150" }, { class: "B", minimumAverage: "40" }], ...visit };
    const created = await testApp.graphql<Payload>(setPolicy, { input }, managerToken);
    expect(created.data!.setClassificationPolicy.userErrors).toEqual([]);
    expect(created.data!.setClassificationPolicy.policy).toMatchObject({
      level: "TERRITORY",
      method: "THRESHOLD_AMOUNTS",
      periodMonths: 4,
      paretoShares: null,
      amountCuts: [{ class: "A", minimumAverage: "150" }, { class: "B", minimumAverage: "40" }],
      lowestClass: null,
      visitCycle: { weeks: 4, workingDaysPerWeek: 6 },
      visitRequirements: visit.visitRequirements,
      version: 1,
      updatedBy: { email: fixtureUsers.southManager },
    });

    const stale = await testApp.graphql<Payload>(setPolicy, { input: { ...input, periodMonths: 5 } }, managerToken);
    expect(stale.data!.setClassificationPolicy.userErrors.map((error) => [error.code, error.field])).toEqual([["CONFLICT", ["expectedVersion"]]]);
    const changed = await testApp.graphql<Payload>(setPolicy, { input: { ...input, periodMonths: 5, expectedVersion: 1 } }, managerToken);
    expect(changed.data!.setClassificationPolicy.policy).toMatchObject({ periodMonths: 5, version: 2 });
  });

  it("classifies with the stored threshold amounts and explains the amount reached", async () => {
    const preview = await testApp.graphql<{ previewClassification: { method: string; firstMonth: string; items: { edges: { node: { volume: string; proposedClass: string; reason: string } }[] } } }>(
      `query($code: String!, $asOf: Date!) { previewClassification(input: { scope: { territoryCode: $code }, asOf: $asOf }) { method firstMonth items(first: 400) { edges { node { volume proposedClass reason } } } } }`,
      { code: south, asOf: testToday },
      managerToken,
    );
    const data = preview.data!.previewClassification;
    const firstMonth = shiftMonth(testLastCompleteMonth, -4);
    expect([data.method, data.firstMonth]).toEqual(["THRESHOLD_AMOUNTS", firstMonth]);
    const items = data.items.edges.map((edge) => edge.node);
    // T-SOUTH's customers sell 200, 80 and 20 a month: one of each class.
    expect(items.map((item) => Number(item.volume))).toEqual(["S-1", "S-2", "S-3"].map((code) => otherClassificationVolumes[code]));
    for (const item of items) {
      const volume = Number(item.volume);
      expect(item.proposedClass).toBe(volume >= 150 ? "A" : volume >= 40 ? "B" : "C");
    }
    expect(items[0]!.reason).toBe(`Threshold amounts over ${firstMonth}..${testLastCompleteMonth}: average ${otherClassificationVolumes["S-1"]} over 5 months; reaches 150 → A`);
  });

  it("rejects shares that do not add up to 100 with the domain's message", async () => {
    const result = await testApp.graphql<Payload>(setPolicy, { input: { territoryId: territoryIds.get(north), expectedVersion: 1, method: "PARETO", periodMonths: 3, paretoShares: { a: 40, b: 40, c: 10 }, ...visit } }, adminToken);
    expect(result.data!.setClassificationPolicy.userErrors).toEqual([
      { code: "VALIDATION", field: ["paretoShares"], message: "Pareto shares must add up to 100, got A 40 + B 40 + C 10 = 90" },
    ]);
  });

  it("rejects a visit standard that plans more visits than the cycle has days", async () => {
    const tooMany = { ...visit, visitRequirements: [{ class: "A", kind: "ON_SITE", visitor: "REP", visitsPerCycle: 30, minutesPerVisit: 30 }] };
    const result = await testApp.graphql<Payload>(setPolicy, { input: { territoryId: territoryIds.get(north), expectedVersion: 1, method: "PARETO", periodMonths: 3, paretoShares: { a: 40, b: 40, c: 20 }, ...tooMany } }, adminToken);
    const [error] = result.data!.setClassificationPolicy.userErrors;
    expect([error?.code, error?.field]).toEqual(["VALIDATION", ["visitRequirements"]]);
    expect(error?.message).toContain("30");
  });

  it("stores the manufacturer rule set as the company default and keeps it as JSON", async () => {
    const current = await testApp.graphql<{ classificationPolicy: { version: number } }>(policyQuery, { code: west }, adminToken);
    const result = await testApp.graphql<Payload>(setPolicy, { input: { expectedVersion: current.data!.classificationPolicy.version, method: "RULES", periodMonths: 3, ruleSet: MANUFACTURER_RULE_SET, ...visit } }, adminToken);
    expect(result.data!.setClassificationPolicy.userErrors).toEqual([]);
    expect(result.data!.setClassificationPolicy.policy).toMatchObject({ level: "COMPANY", method: "RULES", ruleSet: JSON.parse(JSON.stringify(MANUFACTURER_RULE_SET)) });
    const preview = await testApp.graphql<{ previewClassification: { items: { edges: { node: { reason: string } }[] } } }>(
      `query($code: String!) { previewClassification(input: { scope: { territoryCode: $code } }) { items(first: 1) { edges { node { reason } } } } }`,
      { code: west },
      adminToken,
    );
    expect(preview.errors).toBeUndefined();
    expect(preview.data!.previewClassification.items.edges[0]!.node.reason).toMatch(/^Rule set "Manufacturer example \(DOMAIN\.md §2\)": /);
  });

  it("keeps company and regional defaults to admins", async () => {
    const result = await testApp.graphql<Payload>(setPolicy, { input: { method: "PARETO", periodMonths: 3, paretoShares: { a: 40, b: 40, c: 20 }, ...visit } }, managerToken);
    expect(result.data!.setClassificationPolicy.userErrors.map((error) => error.code)).toEqual(["FORBIDDEN"]);
  });

  it("answers NOT_FOUND when a manager sets the policy of a territory they do not manage", async () => {
    const result = await testApp.graphql<Payload>(setPolicy, { input: { territoryId: territoryIds.get(north), method: "PARETO", periodMonths: 3, paretoShares: { a: 40, b: 40, c: 20 }, ...visit } }, managerToken);
    expect(result.data!.setClassificationPolicy.userErrors.map((error) => error.code)).toEqual(["NOT_FOUND"]);
  });
});
