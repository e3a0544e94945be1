import { shiftMonth, todayIn } from "@beatplan/domain";
import { exampleBClass, paretoExampleB, testLastCompleteMonth, testMonth, testToday } from "@beatplan/domain/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { customerClasses } from "../../test/customer-classes.ts";
import { classifiedTerritories, exampleCustomerCodes, fixtureTerritories, fixtureUsers } from "../../test/fixtures.ts";
import { advancingTestClock, startTestApp, type TestApp } from "../../test/test-app.ts";
import { executeSql } from "../shared/sql.ts";

const manager = fixtureUsers.northManager;
const rep = fixtureUsers.northRep;
/** T-NORTH holds worked example B: E-01 … E-20 with paretoExampleB's volumes every month. */
const north = fixtureTerritories.north;
const exampleCount = exampleCustomerCodes.length;
const volumes = paretoExampleB.map((item) => Number(item.volume));
const totalVolume = volumes.reduce((sum, volume) => sum + volume, 0);
/** Share of the total volume that the customers ranked 1 … `rank` hold. */
const shareUpTo = (rank: number) => volumes.slice(0, rank).reduce((sum, volume) => sum + volume, 0) / totalVolume;
const exampleClasses = exampleCustomerCodes.map((_, index) => exampleBClass(index + 1));
const classCount = (customerClass: string) => exampleClasses.filter((candidate) => candidate === customerClass).length;
const lastRankOf = (customerClass: string) => exampleClasses.lastIndexOf(customerClass as "A") + 1;
const firstMonth = shiftMonth(testLastCompleteMonth, -2);
/** Overrides are set to end within next month; applies after that month no longer see them. */
const overrideUntil = `${shiftMonth(testMonth, 1)}-28`;
const afterOverride = `${shiftMonth(testMonth, 2)}-01`;

const applyMutation = `mutation Apply($input: ApplyClassificationInput!) {
  applyClassification(input: $input) {
    result { customerCount changedCount firstMonth lastMonth method changes { code from to reason } }
    userErrors { code message field }
  }
}`;

const classAQuery = `{ customers(first: 50, filter: { territoryCode: "${north}", class: A }, orderBy: { field: CODE, direction: ASC }) { edges { node { code } } } }`;

type ApplyData = {
  applyClassification: {
    result: { customerCount: number; changedCount: number; firstMonth: string; lastMonth: string; method: string; changes: { code: string; from: string | null; to: string; reason: string }[] } | null;
    userErrors: { code: string; message: string; field: string[] | null }[];
  };
};

/** Codes of worked example B's customers `from` … `to` (1-based). */
function codes(from: number, to: number): string[] {
  return exampleCustomerCodes.slice(from - 1, to);
}

describe("classification over HTTP", () => {
  let testApp: TestApp;
  let adminToken: string;
  let managerToken: string;

  // The test clock, a second further on every reading.
  const now = advancingTestClock(1000);

  beforeAll(async () => {
    testApp = await startTestApp({ fixture: classifiedTerritories, now });
    adminToken = await testApp.login(fixtureUsers.admin);
    managerToken = await testApp.login(manager);
  });

  afterAll(async () => {
    await testApp.close();
  });

  const classesOf = (territoryCode: string) => customerClasses(testApp, adminToken, territoryCode);


  it("applies T-NORTH's policy as its manager: A = E-01..05, B = 06..10, C = 11..20, with history naming the manager and the reason", async () => {
    await executeSql(testApp.app.orm.em.fork(), "update customer set class = null where territory_id = (select id from territory where code = $1)", [north]);
    const applied = await testApp.graphql<ApplyData>(applyMutation, { input: { scope: { territoryCode: north }, asOf: testToday, idempotencyKey: "apply-north" } }, managerToken);
    expect(applied.errors).toBeUndefined();
    expect(applied.data!.applyClassification.userErrors).toEqual([]);
    const result = applied.data!.applyClassification.result!;
    expect([result.customerCount, result.changedCount, result.firstMonth, result.lastMonth, result.method]).toEqual([exampleCount, exampleCount, firstMonth, testLastCompleteMonth, "PARETO"]);

    const classA = await testApp.graphql<{ customers: { edges: { node: { code: string } }[] } }>(classAQuery, {}, managerToken);
    expect(classA.data!.customers.edges.map((edge) => edge.node.code)).toEqual(codes(1, 5));
    const classes = await classesOf(north);
    expect(codes(6, 10).map((code) => classes.get(code))).toEqual(codes(6, 10).map(() => "B"));
    expect(codes(11, exampleCount).map((code) => classes.get(code))).toEqual(codes(11, exampleCount).map(() => "C"));

    const history = await testApp.graphql<{ customers: { edges: { node: { classHistory: { fromClass: string | null; toClass: string; source: string; reason: string; actor: { email: string } | null }[] } }[] } }>(
      `query($code: String!, $search: String!) { customers(first: 1, filter: { territoryCode: $code, search: $search }) { edges { node { classHistory { fromClass toClass source reason actor { email } } } } } }`,
      { code: north, search: codes(5, 5)[0] },
      managerToken,
    );
    const [latest, loaded] = history.data!.customers.edges[0]!.node.classHistory;
    expect(latest).toMatchObject({ fromClass: null, toClass: "A", source: "PARETO", actor: { email: manager } });
    expect(latest!.reason).toContain(`Pareto 40/40/20 over ${firstMonth}..${testLastCompleteMonth}: rank 5 of ${exampleCount}`);
    expect(latest!.reason).toContain(`customers ranked above hold ${(shareUpTo(4) * 100).toFixed(1)}% (0% to below 40% → A)`);
    expect(loaded).toMatchObject({ fromClass: null, toClass: "A", actor: null });

    const [audit] = await executeSql<{ entity_id: string; changes: Record<string, { to: unknown }>; actor_label: string }>(
      testApp.app.orm.em.fork(),
      "select entity_id, changes, actor_label from audit_entry where operation = 'applyClassification'",
    );
    expect(audit).toMatchObject({ entity_id: `classification:${north}:${testToday}`, changes: { method: { to: "PARETO" }, changed: { to: exampleCount } } });
  });

  it("returns the first result for a retry with the same idempotency key and writes nothing more", async () => {
    const retry = await testApp.graphql<ApplyData>(applyMutation, { input: { scope: { territoryCode: north }, asOf: testToday, idempotencyKey: "apply-north" } }, managerToken);
    expect(retry.data!.applyClassification.result!.changedCount).toBe(exampleCount);
    const again = await testApp.graphql<ApplyData>(applyMutation, { input: { scope: { territoryCode: north }, asOf: testToday, idempotencyKey: "apply-north-second" } }, managerToken);
    expect(again.data!.applyClassification.result).toMatchObject({ customerCount: exampleCount, changedCount: 0, changes: [] });
  });

  it("previews without writing: current and proposed classes, figures and reasons per customer", async () => {
    const preview = await testApp.graphql<{ previewClassification: { customerCount: number; changeCount: number; totalVolume: string; distribution: { class: string; count: number; volumeShare: number }[]; items: { totalCount: number; edges: { node: { code: string; currentClass: string; proposedClass: string; volume: string; share: number; cumulativeShare: number; reason: string } }[] } } }>(
      `query($code: String!, $asOf: Date!) { previewClassification(input: { scope: { territoryCode: $code }, asOf: $asOf }) {
          customerCount changeCount totalVolume distribution { class count volumeShare }
          items(first: 6) { totalCount edges { node { code currentClass proposedClass volume share cumulativeShare reason } } } } }`,
      { code: north, asOf: testToday },
      adminToken,
    );
    expect(preview.errors).toBeUndefined();
    const data = preview.data!.previewClassification;
    expect([data.customerCount, data.changeCount, data.totalVolume]).toEqual([exampleCount, 0, String(totalVolume)]);
    const classShare = (customerClass: string) => Math.round((volumes.filter((_, index) => exampleClasses[index] === customerClass).reduce((sum, volume) => sum + volume, 0) / totalVolume) * 100) / 100;
    expect(data.distribution.map((entry) => [entry.class, entry.count, entry.volumeShare])).toEqual(["A", "B", "C"].map((customerClass) => [customerClass, classCount(customerClass), classShare(customerClass)]));
    const items = data.items.edges.map((edge) => edge.node);
    expect(data.items.totalCount).toBe(exampleCount);
    expect(items.map((item) => [item.code, item.proposedClass, item.volume])).toEqual(codes(1, 6).map((code, index) => [code, exampleClasses[index], String(volumes[index])]));
    expect(items[4]!.cumulativeShare).toBeCloseTo(shareUpTo(5), 10);
  });

  it("keeps a manual override through an apply until it expires, and records who set it and why", async () => {
    const customers = await testApp.graphql<{ customers: { edges: { node: { id: string } }[] } }>(`{ customers(first: 1, filter: { search: "E-12" }) { edges { node { id } } } }`, {}, adminToken);
    const customerId = customers.data!.customers.edges[0]!.node.id;
    const override = await testApp.graphql<{ overrideCustomerClass: { customer: { class: string; classOverride: { class: string; reason: string; until: string; actor: { email: string } } } | null; userErrors: { code: string; field: string[] }[] } }>(
      `mutation($input: OverrideCustomerClassInput!) { overrideCustomerClass(input: $input) {
         customer { class classOverride { class reason until actor { email } } } userErrors { code field } } }`,
      { input: { customerId, class: "A", reason: "strategic partner opening three stores", until: overrideUntil } },
      managerToken,
    );
    expect(override.data!.overrideCustomerClass.customer).toEqual({
      class: "A",
      classOverride: { class: "A", reason: "strategic partner opening three stores", until: overrideUntil, actor: { email: manager } },
    });
    const during = await testApp.graphql<ApplyData>(applyMutation, { input: { scope: { territoryCode: north }, asOf: overrideUntil } }, managerToken);
    expect(during.data!.applyClassification.result!.changes.map((change) => change.code)).not.toContain("E-12");
    expect((await classesOf(north)).get("E-12")).toBe("A");
    const audited = await executeSql<{ changes: Record<string, unknown> }>(testApp.app.orm.em.fork(), "select changes from audit_entry where operation = 'overrideCustomerClass'");
    expect(audited.map((entry) => entry.changes.class)).toEqual([{ from: "C", to: "A" }]);
    const after = await testApp.graphql<ApplyData>(applyMutation, { input: { scope: { territoryCode: north }, asOf: afterOverride } }, managerToken);
    expect(after.data!.applyClassification.result!.changes.find((change) => change.code === "E-12")).toMatchObject({ from: "A", to: "C" });
  });

  it("refuses an override without a reason, or ending before today, naming the rule and its values", async () => {
    const customers = await testApp.graphql<{ customers: { edges: { node: { id: string } }[] } }>(`{ customers(first: 1, filter: { search: "E-13" }) { edges { node { id } } } }`, {}, adminToken);
    const customerId = customers.data!.customers.edges[0]!.node.id;
    const override = (input: Record<string, unknown>) =>
      testApp.graphql<{ overrideCustomerClass: { userErrors: { code: string; field: string[]; message: string; reason: string | null; params: { name: string; value: string }[] }[] } }>(
        `mutation($input: OverrideCustomerClassInput!) { overrideCustomerClass(input: $input) { userErrors { code field message reason params { name value } } } }`,
        { input: { customerId, class: "A", ...input } },
        adminToken,
      );
    expect((await override({ reason: "  " })).data!.overrideCustomerClass.userErrors).toEqual([
      {
        code: "VALIDATION",
        field: ["reason"],
        message: "reason must be 1..500 characters, got 0",
        reason: "TEXT_LENGTH",
        params: [
          { name: "min", value: "1" },
          { name: "max", value: "500" },
          { name: "length", value: "0" },
        ],
      },
    ]);
    const today = todayIn(now(), "UTC");
    const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    expect((await override({ reason: "strategic partner", until: yesterday })).data!.overrideCustomerClass.userErrors).toEqual([
      {
        code: "VALIDATION",
        field: ["until"],
        message: `until must be a calendar date from today (${today}) on, got "${yesterday}"`,
        reason: "DATE_BEFORE_TODAY",
        params: [
          { name: "today", value: today },
          { name: "value", value: yesterday },
        ],
      },
    ]);
  });

  it("lets a rep preview but not apply", async () => {
    const repToken = await testApp.login(rep);
    const preview = await testApp.graphql<{ previewClassification: { customerCount: number } }>(`query($code: String!) { previewClassification(input: { scope: { territoryCode: $code } }) { customerCount } }`, { code: north }, repToken);
    expect(preview.data!.previewClassification.customerCount).toBe(exampleCount);
    const applied = await testApp.graphql<ApplyData>(applyMutation, { input: { scope: { territoryCode: north } } }, repToken);
    expect(applied.data!.applyClassification.userErrors.map((error) => error.code)).toEqual(["FORBIDDEN"]);
  });

  it("answers NOT_FOUND for a territory outside the manager's scope", async () => {
    const applied = await testApp.graphql<ApplyData>(applyMutation, { input: { scope: { territoryCode: fixtureTerritories.south } } }, managerToken);
    expect(applied.data!.applyClassification.userErrors.map((error) => error.code)).toEqual(["NOT_FOUND"]);
  });

  it("draws the Pareto chart with 40% and 80% boundaries", async () => {
    const chart = await testApp.graphql<{ paretoChart: { points: { rank: number; code: string; cumulativeShare: number; paretoClass: string }[]; boundaries: { class: string; cumulativeShare: number; count: number; lastRank: number | null }[] } }>(
      `query($code: String!, $asOf: Date!) { paretoChart(scope: { territoryCode: $code }, asOf: $asOf) { points { rank code cumulativeShare paretoClass } boundaries { class cumulativeShare count lastRank } } }`,
      { code: north, asOf: testToday },
      adminToken,
    );
    const data = chart.data!.paretoChart;
    expect(data.points).toHaveLength(exampleCount);
    expect(data.points[9]).toMatchObject({ rank: 10, code: codes(10, 10)[0], paretoClass: exampleClasses[9] });
    expect(data.points[9]!.cumulativeShare).toBeCloseTo(shareUpTo(10), 10);
    expect(data.boundaries).toEqual([
      { class: "A", cumulativeShare: 0.4, count: classCount("A"), lastRank: lastRankOf("A") },
      { class: "B", cumulativeShare: 0.8, count: classCount("B"), lastRank: lastRankOf("B") },
      { class: "C", cumulativeShare: 1, count: classCount("C"), lastRank: lastRankOf("C") },
    ]);
  });

  it("pages through the preview by rank with keyset cursors", async () => {
    type Page = {
      previewClassification: { changeCount: number; items: { totalCount: number; edges: { cursor: string; node: { rank: number; changed: boolean } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    };
    const query = `query($after: String, $changesOnly: Boolean) { previewClassification(input: { scope: { territoryCode: "${north}" }, asOf: "${testToday}" }) { changeCount
      items(first: 8, after: $after, changesOnly: $changesOnly) { totalCount edges { cursor node { rank changed } } pageInfo { hasNextPage endCursor } } } }`;
    const ranks: number[][] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      const result: { data?: Page | null } = await testApp.graphql<Page>(query, { after }, adminToken);
      const items = result.data!.previewClassification.items;
      ranks.push(items.edges.map((edge) => edge.node.rank));
      expect([items.totalCount, items.pageInfo.hasNextPage]).toEqual([exampleCount, page < 2]);
      after = items.pageInfo.endCursor;
    }
    const allRanks = exampleCustomerCodes.map((_, index) => index + 1);
    expect(ranks).toEqual([allRanks.slice(0, 8), allRanks.slice(8, 16), allRanks.slice(16)]);
    const changes = (await testApp.graphql<Page>(query, { changesOnly: true }, adminToken)).data!.previewClassification;
    expect(changes.items.totalCount).toBe(changes.changeCount);
    expect(changes.items.edges.map((edge) => edge.node.changed)).toEqual(Array(Math.min(changes.changeCount, 8)).fill(true));
    const changedRanks = changes.items.edges.map((edge) => edge.node.rank);
    expect(changedRanks).toEqual([...changedRanks].sort((left, right) => left - right));
  });

  it("refuses preview pages of more than 500 customers", async () => {
    const result = await testApp.graphql(`{ previewClassification(input: { scope: { territoryCode: "${north}" } }) { items(first: 501) { totalCount } } }`, {}, adminToken);
    expect(result.errors?.map((error) => error.message)).toEqual(["first must be 1..500, got 501"]);
  });

  it("draws the tail of the chart in buckets that keep the class counts and the exact running share", async () => {
    const chart = await testApp.graphql<{
      paretoChart: {
        customerCount: number;
        points: { rank: number }[];
        buckets: { firstRank: number; lastRank: number; customerCount: number; volume: string; cumulativeShare: number; paretoClass: string }[];
        boundaries: { class: string; count: number; lastRank: number | null }[];
      };
    }>(
      `{ paretoChart(scope: { territoryCode: "${north}" }, asOf: "${testToday}", maxPoints: 10) { customerCount points { rank }
          buckets { firstRank lastRank customerCount volume cumulativeShare paretoClass } boundaries { class count lastRank } } }`,
      {},
      adminToken,
    );
    const data = chart.data!.paretoChart;
    expect(data.customerCount).toBe(exampleCount);
    expect(data.points.map((point) => point.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(data.buckets.map((bucket) => [bucket.firstRank, bucket.lastRank, bucket.customerCount, bucket.paretoClass])).toEqual([
      [6, 10, 5, "B"],
      [11, 15, 5, "C"],
      [16, 20, 5, "C"],
    ]);
    expect(data.buckets[0]!.cumulativeShare).toBeCloseTo(shareUpTo(10), 10);
    expect(data.buckets[2]!.cumulativeShare).toBe(1);
    expect(data.boundaries).toEqual([
      { class: "A", count: classCount("A"), lastRank: lastRankOf("A") },
      { class: "B", count: classCount("B"), lastRank: lastRankOf("B") },
      { class: "C", count: classCount("C"), lastRank: lastRankOf("C") },
    ]);
  });

  it("refuses a chart of fewer than 10 bars", async () => {
    const result = await testApp.graphql(`{ paretoChart(scope: { territoryCode: "${north}" }, maxPoints: 9) { customerCount } }`, {}, adminToken);
    expect(result.errors?.map((error) => error.message)).toEqual(["maxPoints must be an integer 10..5000, got 9"]);
  });

  it("counts the changes an apply would write per current → proposed class, for the confirmation (issue 11 item 7)", async () => {
    const customers = await testApp.graphql<{ customers: { edges: { node: { id: string } }[] } }>(`{ customers(first: 1, filter: { search: "E-11" }) { edges { node { id } } } }`, {}, adminToken);
    const override = await testApp.graphql<{ overrideCustomerClass: { userErrors: unknown[] } }>(
      `mutation($input: OverrideCustomerClassInput!) { overrideCustomerClass(input: $input) { userErrors { code } } }`,
      { input: { customerId: customers.data!.customers.edges[0]!.node.id, class: "A", reason: "flagship store for a season", until: `${shiftMonth(testMonth, 2)}-15` } },
      managerToken,
    );
    expect(override.data!.overrideCustomerClass.userErrors).toEqual([]);
    type Preview = { previewClassification: { changeCount: number; transitions: { from: string | null; to: string; count: number }[]; items: { edges: { node: { code: string; currentClass: string | null; proposedClass: string } }[] } } };
    const preview = await testApp.graphql<Preview>(
      `{ previewClassification(input: { scope: { territoryCode: "${north}" }, asOf: "${shiftMonth(testMonth, 3)}-01" }) {
          changeCount transitions { from to count } items(first: 500, changesOnly: true) { edges { node { code currentClass proposedClass } } } } }`,
      {},
      managerToken,
    );
    expect(preview.errors).toBeUndefined();
    const { changeCount, transitions, items } = preview.data!.previewClassification;
    const expected = new Map<string, number>();
    for (const { node } of items.edges) expected.set(`${node.currentClass}>${node.proposedClass}`, (expected.get(`${node.currentClass}>${node.proposedClass}`) ?? 0) + 1);
    expect(changeCount).toBeGreaterThan(0);
    expect(new Map(transitions.map((transition) => [`${transition.from}>${transition.to}`, transition.count]))).toEqual(expected);
    expect(transitions.reduce((sum, transition) => sum + transition.count, 0)).toBe(changeCount);
    expect(items.edges.find((edge) => edge.node.code === "E-11")?.node).toMatchObject({ currentClass: "A", proposedClass: "C" });
  });
});
