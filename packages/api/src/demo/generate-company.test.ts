import { testLastCompleteMonth, testNow } from "@beatplan/domain/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectDatabase, type Orm } from "../db/database.ts";
import { executeSql } from "../shared/sql.ts";
import { createTestDatabase } from "../../test/test-database.ts";
import { generateCompany, type GeneratedCompany } from "./generate-company.ts";

describe("generateCompany", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let orm: Orm;
  let summary: GeneratedCompany;
  const sql = <Row,>(text: string) => executeSql<Row>(orm.em.fork(), text);

  beforeAll(async () => {
    database = await createTestDatabase();
    orm = await connectDatabase({ clientUrl: database.url, poolSize: 2 });
    summary = await orm.em.fork().transactional((tx) =>
      generateCompany(tx, { customers: 200, reps: 4, repsPerTerritory: 2, months: 6, contacts: 2, planShare: 0.5 }, testLastCompleteMonth, "not-a-real-hash", testNow),
    );
  });

  afterAll(async () => {
    await orm?.close(true);
    await database?.drop();
  });

  it("writes the requested size", () => {
    expect(summary).toMatchObject({ regions: 1, territories: 2, users: 1 + 2 + 4, customers: 200, monthlySales: 200 * 6 });
    expect(summary.contacts).toBeGreaterThanOrEqual(200);
    expect(summary.contacts).toBeLessThanOrEqual(200 * 3);
    expect(summary.businessPlans).toBeGreaterThan(0);
  });

  it("gives every customer a rep of its own territory and every territory one manager", async () => {
    const [row] = await sql<{ mismatched: number; managers: number }>(
      `select (select count(*)::int from customer c where not exists (
                 select 1 from territory_member m where m.user_id = c.responsible_rep_id and m.territory_id = c.territory_id and m.membership = 'REP')) as mismatched,
              (select count(*)::int from territory_member where membership = 'MANAGER') as managers`,
    );
    expect(row).toEqual({ mismatched: 0, managers: 2 });
  });

  it("ends every customer's sales with the last complete month, one row per month", async () => {
    const rows = await sql<{ months: number; last: string; first: string }>(
      `select count(*)::int as months, to_char(max(month), 'YYYY-MM') as last, to_char(min(month), 'YYYY-MM') as first from monthly_sales group by customer_id`,
    );
    expect(rows).toHaveLength(200);
    expect(new Set(rows.map((row) => `${row.months} ${row.last}`))).toEqual(new Set([`6 ${testLastCompleteMonth}`]));
  });

  it("splits each plan's target over the customer's stores so that the lines add up", async () => {
    const rows = await sql<{ plan_id: string; target: string; lines: string | null; line_count: number; stores: number; owner_is_rep: boolean }>(
      `select p.id as plan_id, r.target_amount::text as target,
              (select sum((line->>'amount')::numeric)::text from jsonb_array_elements(r.content->'storeTargets') line) as lines,
              jsonb_array_length(r.content->'storeTargets') as line_count,
              (select count(*)::int from store s where s.customer_id = p.customer_id) as stores,
              p.owner_id = c.responsible_rep_id as owner_is_rep
       from business_plan p join business_plan_revision r on r.plan_id = p.id and r.number = p.current_revision_number join customer c on c.id = p.customer_id`,
    );
    expect(rows.length).toBe(summary.businessPlans);
    for (const row of rows) {
      expect(row.owner_is_rep).toBe(true);
      expect(row.line_count).toBe(row.stores);
      if (row.stores > 0) expect(Number(row.lines)).toBeCloseTo(Number(row.target), 2);
    }
  });

  it("refuses a size that makes no sense and writes nothing", async () => {
    await expect(orm.em.fork().transactional((tx) => generateCompany(tx, { customers: 0 }, testLastCompleteMonth, "x", testNow))).rejects.toThrow(/customers must be/);
    const [row] = await sql<{ customers: number }>("select count(*)::int as customers from customer");
    expect(row?.customers).toBe(200);
  });
});
