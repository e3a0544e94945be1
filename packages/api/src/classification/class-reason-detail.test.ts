import { PARETO_40_40_20, shiftMonth } from "@beatplan/domain";
import { paretoExampleB, testLastCompleteMonth, testMonth, testToday } from "@beatplan/domain/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { classifiedTerritories, exampleCustomerCodes, fixtureTerritories, fixtureUsers } from "../../test/fixtures.ts";
import { advancingTestClock, startTestApp, type TestApp } from "../../test/test-app.ts";
import { executeSql } from "../shared/sql.ts";
import { computedReasonDetail } from "./class-reason-detail.ts";
import { computedReason, reasonTemplate } from "./class-reasons.ts";
import { ClassificationMethod } from "./classification-enums.ts";
import { classificationPeriod } from "./classification-period.ts";
import { BUILT_IN_POLICY, type EffectivePolicy } from "./effective-policy.ts";

// Issue 11 item 6: the "Why" column's figures come as fields, for the web app to word in the reader's language.
const detailFields = `reasonDetail { method firstMonth lastMonth average monthsAveraged shortHistory computedClass thresholds rank customerCount heldPercent bandFromPercent bandBelowPercent minimumAverage ruleSetName ruleReason overridden overrideUntil overrideReason }`;

const north = fixtureTerritories.north;
const volumes = paretoExampleB.map((item) => Number(item.volume));
const totalVolume = volumes.reduce((sum, volume) => sum + volume, 0);
/** E-05, fifth of worked example B in T-NORTH, over the last 3 complete months under Pareto 40/40/20: the figures its English reason quotes. */
const fifthCode = exampleCustomerCodes[4]!;
const fifth = {
  method: "PARETO",
  firstMonth: shiftMonth(testLastCompleteMonth, -2),
  lastMonth: testLastCompleteMonth,
  average: String(volumes[4]),
  monthsAveraged: 3,
  shortHistory: false,
  computedClass: "A",
  thresholds: "40/40/20",
  rank: 5,
  customerCount: exampleCustomerCodes.length,
  // what customers 1–4 hold, in percent with one decimal
  heldPercent: String(Math.round((volumes.slice(0, 4).reduce((sum, volume) => sum + volume, 0) / totalVolume) * 1000) / 10),
  bandFromPercent: "0",
  bandBelowPercent: "40",
  minimumAverage: null,
  ruleSetName: null,
  ruleReason: null,
  overridden: false,
  overrideUntil: null,
  overrideReason: null,
};

type Node = { code: string; reason: string; reasonDetail: Record<string, unknown> | null };

describe("structured class reasons", () => {
  let testApp: TestApp;
  let adminToken: string;

  beforeAll(async () => {
    testApp = await startTestApp({ fixture: classifiedTerritories, now: advancingTestClock(1000) });
    adminToken = await testApp.login(fixtureUsers.admin);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it("gives preview items, apply changes and the history the figures their reason quotes", async () => {
    await executeSql(testApp.app.orm.em.fork(), "update customer set class = null where territory_id = (select id from territory where code = $1)", [north]);
    const preview = await testApp.graphql<{ previewClassification: { items: { edges: { node: Node }[] } } }>(
      `query($code: String!, $asOf: Date!) { previewClassification(input: { scope: { territoryCode: $code }, asOf: $asOf }) { items(first: 6) { edges { node { code reason ${detailFields} } } } } }`,
      { code: north, asOf: testToday },
      adminToken,
    );
    expect(preview.errors).toBeUndefined();
    const item = preview.data!.previewClassification.items.edges.map((edge) => edge.node).find((node) => node.code === fifthCode)!;
    expect(item.reason).toBe(
      `Pareto 40/40/20 over ${fifth.firstMonth}..${fifth.lastMonth}: rank 5 of ${fifth.customerCount}, average ${fifth.average} over 3 months; customers ranked above hold ${fifth.heldPercent}% (0% to below 40% → A)`,
    );
    expect(item.reasonDetail).toEqual(fifth);

    const applied = await testApp.graphql<{ applyClassification: { result: { changes: Node[] } } }>(
      `mutation($input: ApplyClassificationInput!) { applyClassification(input: $input) { result { changes { code reason ${detailFields} } } } }`,
      { input: { scope: { territoryCode: north }, asOf: testToday, idempotencyKey: "reason-detail-apply" } },
      adminToken,
    );
    expect(applied.errors).toBeUndefined();
    const change = applied.data!.applyClassification.result.changes.find((node) => node.code === fifthCode)!;
    expect([change.reason, change.reasonDetail]).toEqual([item.reason, fifth]);

    const history = await testApp.graphql<{ customers: { edges: { node: { classHistory: { reason: string; reasonDetail: unknown }[] } }[] } }>(
      `query($code: String!, $search: String!) { customers(first: 1, filter: { territoryCode: $code, search: $search }) { edges { node { classHistory { reason ${detailFields} } } } } }`,
      { code: north, search: fifthCode },
      adminToken,
    );
    const [latest] = history.data!.customers.edges[0]!.node.classHistory;
    expect(latest).toEqual({ reason: item.reason, reasonDetail: fifth });
  });

  it("gives a manual override's history entry no figures: its reason is the text given", async () => {
    const customers = await testApp.graphql<{ customers: { edges: { node: { id: string } }[] } }>(`{ customers(first: 1, filter: { search: "E-12" }) { edges { node { id } } } }`, {}, adminToken);
    const customerId = customers.data!.customers.edges[0]!.node.id;
    const override = await testApp.graphql<{ overrideCustomerClass: { userErrors: unknown[] } }>(
      `mutation($input: OverrideCustomerClassInput!) { overrideCustomerClass(input: $input) { userErrors { code } } }`,
      { input: { customerId, class: "A", reason: "key account", until: `${shiftMonth(testMonth, 1)}-28` } },
      adminToken,
    );
    expect(override.data!.overrideCustomerClass.userErrors).toEqual([]);
    const history = await testApp.graphql<{ node: { classHistory: { source: string; reasonDetail: unknown }[] } }>(`query($id: ID!) { node(id: $id) { ... on Customer { classHistory { source ${detailFields} } } } }`, { id: customerId }, adminToken);
    expect(history.data!.node.classHistory[0]).toEqual({ source: "MANUAL", reasonDetail: null });
  });
});

describe("computedReasonDetail", () => {
  const period = classificationPeriod("2026-11-05", 3);
  const amounts: EffectivePolicy = {
    ...BUILT_IN_POLICY,
    parameters: { method: ClassificationMethod.THRESHOLD_AMOUNTS, cuts: [{ class: "A", minimumAverage: 10000 }, { class: "B", minimumAverage: 2000 }], lowestClass: undefined },
  };

  it("names the amount a threshold class needs, none below every amount, and an override that holds", () => {
    const template = reasonTemplate(amounts, period)!;
    const figures = { rank: 2, customerCount: 9, average: "2500.5", monthsAveraged: 1, heldPercent: "10", computedClass: "B" };
    expect(computedReasonDetail(template, figures)).toMatchObject({ method: "THRESHOLD_AMOUNTS", firstMonth: "2026-08", lastMonth: "2026-10", shortHistory: true, minimumAverage: "2000", rank: null, overridden: false });
    expect(computedReasonDetail(template, { ...figures, computedClass: "C", override: { until: null, reason: "new outlet" } })).toMatchObject({ minimumAverage: null, overridden: true, overrideUntil: null, overrideReason: "new outlet" });
  });

  it("gives the last Pareto class no upper bound", () => {
    const pareto: EffectivePolicy = { ...BUILT_IN_POLICY, parameters: { method: ClassificationMethod.PARETO, thresholds: PARETO_40_40_20 } };
    const detail = computedReasonDetail(reasonTemplate(pareto, period)!, { rank: 19, customerCount: 20, average: "3", monthsAveraged: 3, heldPercent: "99", computedClass: "C" });
    expect(detail).toMatchObject({ bandFromPercent: "80", bandBelowPercent: null, thresholds: "40/40/20" });
  });

  it("has no figures for a template stored before them, whose English reason still reads", () => {
    const { firstMonth, lastMonth, thresholds, bands, ...older } = reasonTemplate(amounts, period)!;
    expect([firstMonth, lastMonth, thresholds, bands]).toEqual(["2026-08", "2026-10", undefined, undefined]);
    const figures = { rank: 1, customerCount: 1, average: "20000", monthsAveraged: 3, heldPercent: "0", computedClass: "A" };
    expect(computedReasonDetail(older, figures)).toBeNull();
    expect(computedReason(older, figures)).toBe("Threshold amounts over 2026-08..2026-10: average 20000 over 3 months; reaches 10000 → A");
  });
});
