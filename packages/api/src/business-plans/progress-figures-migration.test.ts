import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseMigratedTo } from "../../test/test-database.ts";
import type { Orm } from "../db/database.ts";
import { BusinessPlanEvent } from "./business-plan-event.entity.ts";

// Weekly-progress steps recorded before their figures were stored must get them from their note
// (issue 11 item 6), so the web app words old and new steps alike; any other note stays as it is.
describe("the progress step figures migration", () => {
  let orm: Orm;
  let client: pg.Client;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ orm, client, close } = await databaseMigratedTo("Migration20261202174945_visit_plans"));
  });

  afterAll(() => close());

  it("reads the week, amount, volume and correction reason out of the old notes", async () => {
    await client.query(`insert into region (code, name) values ('R', 'Region')`);
    await client.query(`insert into territory (code, name, region_id) select 'T', 'Territory', id from region`);
    await client.query(`insert into app_user (email, name, role, password_hash, created_at) values ('r@x.test', 'Rep', 'REP', 'x', now())`);
    await client.query(`insert into customer (code, name, type, territory_id, created_at, updated_at) select 'C-1', 'Shop', 'RETAIL', id, now(), now() from territory`);
    await client.query(
      `insert into business_plan (customer_id, month, owner_id, status, created_at, updated_at)
       select c.id, '2026-11-01', u.id, 'TRACKING', now(), now() from customer c cross join app_user u`,
    );
    const steps: [string, string | null][] = [
      ["CREATE", null],
      ["RECORD_PROGRESS", "week 1: 30000.00 / 30.000"],
      ["RECORD_PROGRESS", "week 2: 30.00 / 1.000 (correction: typed one zero too many (twice))"],
      ["RECORD_PROGRESS", "figures entered by hand"],
      ["REJECT", "week 1: 1.00 / 1.000"],
    ];
    for (const [index, [action, note]] of steps.entries()) {
      await client.query(
        `insert into business_plan_event (plan_id, action, from_status, to_status, revision_number, actor_id, note, created_at)
         select p.id, $1, null, 'TRACKING', 1, u.id, $2, timestamptz '2026-11-18T02:00:00Z' + make_interval(secs => $3) from business_plan p cross join app_user u`,
        [action, note, index],
      );
    }

    expect((await orm.migrator.up()).map((migration) => migration.name)).toContain("Migration20261202180000_progress_step_figures");

    const events = await orm.em.fork().find(BusinessPlanEvent, {}, { orderBy: { createdAt: "asc" } });
    expect(events.map((event) => [event.action, event.note, event.progress === null ? null : { ...event.progress }])).toEqual([
      ["CREATE", null, null],
      ["RECORD_PROGRESS", "week 1: 30000.00 / 30.000", { week: 1, amount: "30000.00", volume: "30.000", correctionReason: null }],
      ["RECORD_PROGRESS", "week 2: 30.00 / 1.000 (correction: typed one zero too many (twice))", { week: 2, amount: "30.00", volume: "1.000", correctionReason: "typed one zero too many (twice)" }],
      ["RECORD_PROGRESS", "figures entered by hand", null],
      ["REJECT", "week 1: 1.00 / 1.000", null],
    ]);
  });
});
