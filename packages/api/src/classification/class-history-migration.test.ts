import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseMigratedTo } from "../../test/test-database.ts";
import type { Orm } from "../db/database.ts";
import { ClassAssignment } from "./class-assignment.entity.ts";
import { classAssignmentReason } from "./customer-class-fields.resolver.ts";

// Class history written before class_change_run existed must survive the migration that
// introduced it: every row in a run with its actor, time and "as of" date, its reason text kept.
describe("the class history migration", () => {
  let orm: Orm;
  let client: pg.Client;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ orm, client, close } = await databaseMigratedTo("Migration20261122100000_customer_fillfactor"));
  });

  afterAll(() => close());

  it("groups existing rows into runs and keeps who, when, as of and why", async () => {
    await client.query(`insert into region (code, name) values ('R', 'Region')`);
    await client.query(`insert into territory (code, name, region_id) select 'T', 'Territory', id from region`);
    await client.query(`insert into app_user (email, name, role, password_hash, created_at) values ('m@x.test', 'Manager', 'MANAGER', 'x', now())`);
    await client.query(
      `insert into customer (code, name, type, territory_id, created_at, updated_at)
       select 'C-' || n, 'Shop ' || n, 'RETAIL', t.id, now(), now() from generate_series(1, 2) n cross join territory t`,
    );
    // One apply by the manager over both customers, then a manual override of C-1.
    await client.query(
      `insert into class_assignment (customer_id, from_class, to_class, source, reason, actor_id, assigned_at, as_of, volume)
       select c.id, null, 'B', 'PARETO', 'computed for ' || c.code, u.id, '2026-10-01T08:00:00Z', '2026-10-01', 12.5
       from customer c cross join app_user u`,
    );
    await client.query(
      `insert into class_assignment (customer_id, from_class, to_class, source, reason, actor_id, assigned_at)
       select c.id, 'B', 'A', 'MANUAL', 'manual override: key account', u.id, '2026-10-02T09:00:00Z'
       from customer c cross join app_user u where c.code = 'C-1'`,
    );

    expect((await orm.migrator.up()).map((migration) => migration.name)).toContain("Migration20261122120000_class_history_set_based_integrity");

    const runs = await client.query(
      `select r.source, r.as_of::text as as_of, r.applied_at, u.email, t.code as territory, count(a.*)::int as changes
       from class_change_run r join app_user u on u.id = r.actor_id join territory t on t.id = r.territory_id
       left join class_assignment a on a.run_id = r.id
       group by r.id, u.email, t.code order by r.applied_at`,
    );
    expect(runs.rows).toEqual([
      { source: "PARETO", as_of: "2026-10-01", applied_at: new Date("2026-10-01T08:00:00Z"), email: "m@x.test", territory: "T", changes: 2 },
      { source: "MANUAL", as_of: null, applied_at: new Date("2026-10-02T09:00:00Z"), email: "m@x.test", territory: "T", changes: 1 },
    ]);

    const history = await orm.em.fork().find(ClassAssignment, {}, { populate: ["run", "customer"], orderBy: { run: { appliedAt: "asc" }, id: "asc" } });
    expect(history.map((row) => [row.customer.getEntity().code, row.fromClass, row.toClass, row.volume, classAssignmentReason(row)])).toEqual([
      ["C-1", null, "B", "12.500000", "computed for C-1"],
      ["C-2", null, "B", "12.500000", "computed for C-2"],
      ["C-1", "B", "A", null, "manual override: key account"],
    ]);
  });
});
