import { PARETO_40_40_20 } from "@beatplan/domain";
import type { EntityManager } from "@mikro-orm/postgresql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/test-database.ts";
import { Scope } from "../auth/scope.ts";
import { connectDatabase, type Orm } from "../db/database.ts";
import { executeSql } from "../shared/sql.ts";
import { ClassAssignment } from "./class-assignment.entity.ts";
import { ClassificationMethod } from "./classification-enums.ts";
import { classificationPeriod } from "./classification-period.ts";
import { previewSummaryAndPage } from "./classification-preview.ts";
import { classifyTerritory } from "./classify-territory.ts";
import { classAssignmentReason } from "./customer-class-fields.resolver.ts";
import { BUILT_IN_POLICY, type EffectivePolicy } from "./effective-policy.ts";
import { classifyAndWrite } from "./write-classification.ts";

// History rows of Pareto and threshold-amount runs keep figures, not text; their reasons are
// rendered from the figures and the run's template. They must read exactly as the preview and
// the apply result said.
describe("class history reasons", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let orm: Orm;
  const period = classificationPeriod("2026-11-05", 3);
  const at = new Date("2026-11-05T08:00:00Z");

  beforeAll(async () => {
    database = await createTestDatabase();
    orm = await connectDatabase({ clientUrl: database.url });
    await executeSql(orm.em.fork(), "insert into region (code, name) values ('R', 'Region')");
  });

  afterAll(async () => {
    await orm.close(true);
    await database.drop();
  });

  /**
   * Nine customers with volumes over Aug–Oct 2026: N-1 sells only in October (younger than the
   * period), N-9 sells nothing, N-8 holds a manual override until the end of the year.
   */
  async function territory(code: string): Promise<string> {
    const em = orm.em.fork();
    const [row] = await executeSql<{ id: string }>(em, "insert into territory (code, name, region_id) select $1, $1, id from region returning id", [code]);
    const codes = Array.from({ length: 9 }, (_, index) => `${code}-${index + 1}`);
    await executeSql(
      em,
      `insert into customer (code, name, type, territory_id, status, version, created_at, updated_at)
       select c, c, 'RETAIL', $2::uuid, 'ACTIVE', 1, now(), now() from unnest($1::text[]) as c`,
      [codes, row!.id],
    );
    await executeSql(
      em,
      `insert into monthly_sales (customer_id, month, volume, amount, updated_at)
       select c.id, m, round((20000 / n) * (1 + n * 0.01 * extract(month from m)), 2), 0, now()
       from customer c
       cross join lateral (select split_part(c.code, '-', 2)::int as n) k
       cross join unnest(array['2026-08-01', '2026-09-01', '2026-10-01']::date[]) as m
       where c.territory_id = $1::uuid and k.n < 9 and (k.n <> 1 or m = '2026-10-01')`,
      [row!.id],
    );
    await executeSql(
      em,
      `insert into customer_class_override (customer_id, class, reason, until, created_at)
       select id, 'A', 'opening three stores', '2026-12-31', now() from customer where code = $1`,
      [`${code}-8`],
    );
    return row!.id;
  }

  async function reasonsAgree(policy: EffectivePolicy, territoryCode: string): Promise<Map<string, string>> {
    const territoryId = await territory(territoryCode);
    const scope = Scope.forOperator();
    const run = await classifyTerritory(orm.em.fork(), scope, territoryId, policy, period);
    const page = (await previewSummaryAndPage(orm.em.fork(), { scope, territoryId, policy, period }, { first: 100, afterRank: 0, changesOnly: false })).page!;
    const summary = await orm.em.fork().transactional((tx) => classifyAndWrite(tx as EntityManager, scope, territoryId, policy, period, null, at));
    const history = await orm.em.fork().find(ClassAssignment, { customer: { territory: territoryId } }, { populate: ["run", "customer"] });

    const byCode = (items: { code: string; reason: string }[]) => new Map(items.map((item) => [item.code, item.reason]));
    const fromRun = byCode(run.items);
    expect(summary.changedCount).toBe(9);
    expect(byCode(page.items)).toEqual(fromRun);
    expect(byCode(summary.changes)).toEqual(fromRun);
    expect(new Map(history.map((row) => [row.customer.getEntity().code, classAssignmentReason(row)]))).toEqual(fromRun);
    expect(history.every((row) => row.reason === null)).toBe(true);
    return fromRun;
  }

  it("read the same in the preview, the apply result and the history for Pareto", async () => {
    const policy: EffectivePolicy = { ...BUILT_IN_POLICY, parameters: { method: ClassificationMethod.PARETO, thresholds: PARETO_40_40_20 } };
    const reasons = await reasonsAgree(policy, "P");
    expect(reasons.get("P-2")).toMatch(/^Pareto 40\/40\/20 over 2026-08\.\.2026-10: rank 2 of 9, average \S+ over 3 months; customers ranked above hold \S+% \(/);
    expect(reasons.get("P-1")).toContain("over 1 month (customer younger than the period)");
    expect(reasons.get("P-9")).toContain("average 0 over 3 months");
    expect(reasons.get("P-8")).toMatch(/^manual override until 2026-12-31: opening three stores \(computed: Pareto /);
  });

  it("read the same in the preview, the apply result and the history for threshold amounts", async () => {
    const policy: EffectivePolicy = {
      ...BUILT_IN_POLICY,
      parameters: { method: ClassificationMethod.THRESHOLD_AMOUNTS, cuts: [{ class: "A", minimumAverage: 5000 }, { class: "B", minimumAverage: 2500 }], lowestClass: undefined },
    };
    const reasons = await reasonsAgree(policy, "T");
    expect(reasons.get("T-3")).toMatch(/^Threshold amounts over 2026-08\.\.2026-10: average \S+ over 3 months; reaches 5000 → A$/);
    expect(reasons.get("T-9")).toBe("Threshold amounts over 2026-08..2026-10: average 0 over 3 months; below every amount → C");
  });
});
