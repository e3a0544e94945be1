import { classifyScopeByPareto, PARETO_40_40_20, PARETO_40_40_15_5, PARETO_80_15_5, type ParetoThresholds } from "@beatplan/domain";
import { paretoExampleA, paretoExampleB } from "@beatplan/domain/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/test-database.ts";
import { Scope } from "../auth/scope.ts";
import { connectDatabase, type Orm } from "../db/database.ts";
import { executeSql } from "../shared/sql.ts";
import { ClassificationMethod } from "./classification-enums.ts";
import { classificationPeriod } from "./classification-period.ts";
import { classifyTerritory } from "./classify-territory.ts";
import { BUILT_IN_POLICY, type EffectivePolicy } from "./effective-policy.ts";

interface SalesRow {
  code: string;
  month: string;
  volume: string;
}

const period = classificationPeriod("2026-11-05", 3);
const windowMonths = ["2026-08", "2026-09", "2026-10"];

function paretoPolicy(thresholds: ParetoThresholds): EffectivePolicy {
  return { ...BUILT_IN_POLICY, parameters: { method: ClassificationMethod.PARETO, thresholds } };
}

/** A deterministic pseudo-random sequence (mulberry32), so a failure can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe("SQL classification agrees with the domain's Pareto function", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let orm: Orm;
  let territoryCount = 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    orm = await connectDatabase({ clientUrl: database.url });
    await executeSql(orm.em.fork(), "insert into region (code, name) values ('R', 'Region')");
  });

  afterAll(async () => {
    await orm.close(true);
    await database.drop();
  });

  /** Loads customers with their sales into a new territory and returns its id. */
  async function territoryWith(codes: readonly string[], sales: readonly SalesRow[]): Promise<string> {
    territoryCount += 1;
    const em = orm.em.fork();
    const [territory] = await executeSql<{ id: string }>(em, "insert into territory (code, name, region_id) select $1, $1, id from region returning id", [`T-${territoryCount}`]);
    await executeSql(
      em,
      `insert into customer (code, name, type, territory_id, status, version, created_at, updated_at)
       select code, code, 'RETAIL', $2::uuid, 'ACTIVE', 1, now(), now() from unnest($1::text[]) as code`,
      [codes.map((code) => `${territoryCount}-${code}`), territory!.id],
    );
    await executeSql(
      em,
      `insert into monthly_sales (customer_id, month, volume, amount, updated_at)
       select c.id, (s.month || '-01')::date, s.volume, 0, now()
       from unnest($1::text[], $2::text[], $3::numeric[]) as s(code, month, volume) join customer c on c.code = s.code`,
      [sales.map((row) => `${territoryCount}-${row.code}`), sales.map((row) => row.month), sales.map((row) => row.volume)],
    );
    return territory!.id;
  }

  async function compare(codes: readonly string[], sales: readonly SalesRow[], thresholds: ParetoThresholds): Promise<{ code: string; class: string }[]> {
    const territoryId = await territoryWith(codes, sales);
    const run = await classifyTerritory(orm.em.fork(), Scope.forOperator(), territoryId, paretoPolicy(thresholds), period);
    const firstSale = new Map<string, string>();
    // The API dates a customer from its first reported month up to the period's end; later rows do not count.
    const reported = sales.filter((row) => row.month <= period.lastMonth).sort((left, right) => (left.month < right.month ? -1 : 1));
    for (const row of reported) if (!firstSale.has(row.code)) firstSale.set(row.code, row.month);
    const expected = classifyScopeByPareto(
      codes.map((code) => ({
        customerKey: `${territoryCount}-${code}`,
        ...(firstSale.has(code) ? { firstMonth: firstSale.get(code)! } : {}),
        monthlyVolumes: sales.filter((row) => row.code === code).map((row) => ({ month: row.month, volume: row.volume })),
      })),
      { lastMonth: period.lastMonth, months: 3, thresholds },
    );
    const fromSql = run.items.map((item) => ({ code: item.code, class: item.computedClass, rank: item.rank, volume: item.volume, monthsAveraged: item.monthsAveraged }));
    const fromDomain = expected.items.map((item) => ({ code: item.customerKey, class: item.class, rank: item.rank, volume: item.volume, monthsAveraged: item.monthsAveraged }));
    expect(fromSql).toEqual(fromDomain);
    return fromSql.map((item) => ({ code: item.code.replace(/^\d+-/, ""), class: item.class }));
  }

  function steadySales(items: readonly { customerKey: string; volume: string | number }[]): SalesRow[] {
    return items.flatMap((item) => windowMonths.map((month) => ({ code: item.customerKey, month, volume: String(item.volume) })));
  }

  it("gives worked example A 4 A, 6 B and 10 C under 80/15/5", async () => {
    const classes = await compare(paretoExampleA.map((item) => item.customerKey), steadySales(paretoExampleA), PARETO_80_15_5);
    expect(classes.map((item) => item.class).join("")).toBe("AAAABBBBBBCCCCCCCCCC");
  });

  it("gives worked example B customers 1–5 A, 6–10 B and 11–20 C under 40/40/20", async () => {
    const classes = await compare(paretoExampleB.map((item) => item.customerKey), steadySales(paretoExampleB), PARETO_40_40_20);
    expect(classes.map((item) => item.class).join("")).toBe("AAAAABBBBBCCCCCCCCCC");
  });

  it("puts the customer that crosses a boundary in the higher class and breaks equal volumes by code", async () => {
    // 40 + 40 + 20: the second customer starts at 40%, exactly on the boundary, so it is B; the tied pair is ordered by code.
    const classes = await compare(["K2", "K1", "K3"], steadySales([{ customerKey: "K2", volume: 40 }, { customerKey: "K1", volume: 40 }, { customerKey: "K3", volume: 20 }]), PARETO_40_40_20);
    expect(classes).toEqual([{ code: "K1", class: "A" }, { code: "K2", class: "B" }, { code: "K3", class: "C" }]);
  });

  it("puts every customer of a scope without sales in the last class", async () => {
    const classes = await compare(["Z1", "Z2"], [], PARETO_40_40_20);
    expect(classes.map((item) => item.class)).toEqual(["C", "C"]);
  });

  it.each([1, 2, 3, 4, 5, 6])("agrees on randomised scope %i with ties, gaps, zero months, young and silent customers", async (seed) => {
    const random = seededRandom(seed * 7919);
    const codes = Array.from({ length: 40 + Math.floor(random() * 40) }, (_, index) => `${random() < 0.5 ? "a" : "B"}${index}`);
    // Codes start with "a" or "B": byte order puts "B…" first, a linguistic collation would not.
    const sales: SalesRow[] = [];
    const months = ["2026-03", "2026-04", "2026-05", "2026-06", "2026-07", ...windowMonths, "2026-11"];
    for (const code of codes) {
      if (random() < 0.05) continue;
      const start = random() < 0.15 ? 5 + Math.floor(random() * 3) : Math.floor(random() * 5);
      // Volumes from a small set produce many ties; decimals test exact averaging.
      const base = [0, 1, 5, 5, 12.5, 40, 40, 100.125, 333.333][Math.floor(random() * 9)]!;
      for (const month of months.slice(start)) {
        if (random() < 0.15) continue;
        sales.push({ code, month, volume: String(base * (1 + Math.floor(random() * 3))) });
      }
    }
    const thresholds = [PARETO_40_40_20, PARETO_80_15_5, PARETO_40_40_15_5][seed % 3]!;
    await compare(codes, sales, thresholds);
  });
});
