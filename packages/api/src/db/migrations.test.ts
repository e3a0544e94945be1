import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/test-database.ts";

describe("committed migrations", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let client: pg.Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });

  afterAll(async () => {
    await client.end();
    await database.drop();
  });

  it("index every foreign key by its leading columns", async () => {
    const { rows } = await client.query<{ constraint: string }>(`
      select c.conname as constraint
      from pg_constraint c
      where c.contype = 'f'
        and not exists (
          select 1 from pg_index i
          where i.indrelid = c.conrelid
            and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] = c.conkey
        )`);
    expect(rows.map((row) => row.constraint)).toEqual([]);
  });

  it("store money and volumes as numeric, never floating point", async () => {
    const { rows } = await client.query<{ column: string; type: string }>(`
      select table_name || '.' || column_name as column, data_type as type
      from information_schema.columns
      where table_schema = 'public'
        and column_name in ('volume', 'amount', 'our_share', 'credit_limit', 'registered_capital', 'floor_area', 'storage_area')`);
    expect(rows.length).toBeGreaterThanOrEqual(7);
    expect(rows.filter((row) => row.type !== "numeric")).toEqual([]);
  });

  it("reject a second sales row for the same customer and month", async () => {
    await client.query(`insert into region (code, name) values ('R', 'Region')`);
    await client.query(`insert into territory (code, name, region_id) select 'T', 'Territory', id from region`);
    await client.query(`insert into customer (code, name, type, territory_id, created_at, updated_at) select 'C-1', 'Shop', 'RETAIL', id, now(), now() from territory`);
    const insertSales = `insert into monthly_sales (customer_id, month, volume, amount, updated_at) select id, '2026-01-01', 1, 2, now() from customer`;
    await client.query(insertSales);
    await expect(client.query(insertSales)).rejects.toThrow(/monthly_sales_customer_month_unique/);
  });
});
