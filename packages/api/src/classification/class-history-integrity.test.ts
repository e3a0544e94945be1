import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/test-database.ts";

// class_assignment's references to customer and class_change_run are enforced by statement-level
// triggers instead of per-row foreign keys (Migration20261122120000). These tests hold the
// triggers to everything the foreign keys guaranteed, including under concurrent deletes.
describe("class history references", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let writer: pg.Client;
  let other: pg.Client;
  /** Watches pg_stat_activity while the other two wait on locks. */
  let monitor: pg.Client;
  let customerIds: string[];
  let runId: string;

  const insertHistory = (client: pg.Client, customers: readonly string[], run: string) =>
    client.query(
      `insert into class_assignment (run_id, customer_id, from_class, to_class, source, reason)
       select $2::uuid, c, null, 'A', 'PARETO', 'test' from unnest($1::uuid[]) as c`,
      [customers, run],
    );
  const historyCount = async (customerId: string) =>
    Number((await writer.query("select count(*) from class_assignment where customer_id = $1", [customerId])).rows[0].count);
  const historyCounts = async () => {
    const counts: number[] = [];
    for (const id of customerIds) counts.push(await historyCount(id));
    return counts;
  };
  const missing = "00000000-0000-4000-8000-000000000001";

  /** Resolves once the backend of `client` waits for a lock held by another transaction. */
  async function waitUntilBlocked(client: pg.Client): Promise<void> {
    const pid = (client as unknown as { processID: number }).processID;
    for (let attempt = 0; attempt < 200; attempt++) {
      const { rows } = await monitor.query("select wait_event_type from pg_stat_activity where pid = $1", [pid]);
      if (rows[0]?.wait_event_type === "Lock") return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error("the other transaction never waited for the lock");
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    writer = new pg.Client({ connectionString: database.url });
    other = new pg.Client({ connectionString: database.url });
    monitor = new pg.Client({ connectionString: database.url });
    await Promise.all([writer.connect(), other.connect(), monitor.connect()]);
    await writer.query(`insert into region (code, name) values ('R', 'Region')`);
    await writer.query(`insert into territory (code, name, region_id) select 'T', 'Territory', id from region`);
  });

  beforeEach(async () => {
    await writer.query("delete from class_assignment");
    await writer.query("delete from class_change_run");
    await writer.query("delete from customer");
    customerIds = (
      await writer.query<{ id: string }>(
        `insert into customer (code, name, type, territory_id, created_at, updated_at)
         select 'C-' || n, 'Shop ' || n, 'RETAIL', t.id, now(), now() from generate_series(1, 3) n cross join territory t
         order by n returning id`,
      )
    ).rows.map((row) => row.id);
    runId = (await writer.query<{ id: string }>(`insert into class_change_run (source, applied_at) values ('PARETO', now()) returning id`)).rows[0]!.id;
  });

  afterAll(async () => {
    await Promise.all([writer.end(), other.end(), monitor.end()]);
    await database.drop();
  });

  it("accept a batch of history rows naming existing customers and an existing run", async () => {
    await insertHistory(writer, customerIds, runId);
    expect(await historyCounts()).toEqual([1, 1, 1]);
  });

  it("refuse a batch naming one missing customer as a foreign-key violation, writing none of it", async () => {
    const error = await insertHistory(writer, [...customerIds, missing], runId).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "23503", constraint: "class_assignment_customer_id_foreign" });
    expect(await historyCounts()).toEqual([0, 0, 0]);
  });

  it("refuse a history row naming a missing run", async () => {
    const error = await insertHistory(writer, customerIds.slice(0, 1), missing).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "23503", constraint: "class_assignment_run_id_foreign" });
  });

  it("refuse to point an existing history row at a missing customer", async () => {
    await insertHistory(writer, customerIds.slice(0, 1), runId);
    const error = await writer.query("update class_assignment set customer_id = $1", [missing]).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "23503", constraint: "class_assignment_customer_id_foreign" });
  });

  it("delete a customer's history with the customer and keep the others'", async () => {
    await insertHistory(writer, customerIds, runId);
    await writer.query("delete from customer where id = $1", [customerIds[0]]);
    expect(await historyCounts()).toEqual([0, 1, 1]);
  });

  it("refuse to delete a run that history rows belong to, and allow it once they are gone", async () => {
    await insertHistory(writer, customerIds, runId);
    const error = await writer.query("delete from class_change_run where id = $1", [runId]).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "23503", constraint: "class_assignment_run_id_foreign" });
    await writer.query("delete from class_assignment");
    await writer.query("delete from class_change_run where id = $1", [runId]);
  });

  it("refuse to change the id of a customer or a run that history refers to", async () => {
    await insertHistory(writer, customerIds.slice(0, 1), runId);
    const customerError = await writer.query("update customer set id = gen_random_uuid() where id = $1", [customerIds[0]]).catch((caught: unknown) => caught);
    expect(customerError).toMatchObject({ code: "23503" });
    const runError = await writer.query("update class_change_run set id = gen_random_uuid() where id = $1", [runId]).catch((caught: unknown) => caught);
    expect(runError).toMatchObject({ code: "23503" });
    // A customer without history may still change its id, as with a foreign key.
    await writer.query("update customer set id = gen_random_uuid() where id = $1", [customerIds[1]]);
  });

  it("leave no orphan when a customer is deleted while its history is being written", async () => {
    await writer.query("begin");
    await insertHistory(writer, customerIds.slice(0, 1), runId);
    const deleting = other.query("delete from customer where id = $1", [customerIds[0]]);
    await waitUntilBlocked(other);
    await writer.query("commit");
    await deleting;
    expect(await historyCount(customerIds[0]!)).toBe(0);
  });

  it("leave no orphan when the writer updated the customer itself, as an apply does, and a delete races it", async () => {
    await writer.query("begin");
    await writer.query("update customer set class = 'A' where id = $1", [customerIds[0]]);
    await insertHistory(writer, customerIds.slice(0, 1), runId);
    const deleting = other.query("delete from customer where id = $1", [customerIds[0]]);
    await waitUntilBlocked(other);
    await writer.query("commit");
    await deleting;
    expect(await historyCount(customerIds[0]!)).toBe(0);
  });

  it("fail the history write when a delete of its customer commits first", async () => {
    await other.query("begin");
    await other.query("delete from customer where id = $1", [customerIds[0]]);
    const writing = insertHistory(writer, customerIds.slice(0, 1), runId).catch((caught: unknown) => caught);
    await waitUntilBlocked(writer);
    await other.query("commit");
    expect(await writing).toMatchObject({ code: "23503", constraint: "class_assignment_customer_id_foreign" });
    expect(await historyCount(customerIds[0]!)).toBe(0);
  });
});
