import { Migration } from '@mikro-orm/migrations';

/**
 * Class history that a territory of 100,000 customers can write in one apply, with its integrity kept.
 *
 * The first classification of a territory writes one history row per customer. Measured on
 * 100,000 customers, the row as it was cost more than the classification itself: two per-row
 * foreign keys (200,000 trigger calls, 1.7 s), a random uuid primary key plus two more indexes
 * (1.6 s of CPU) and a reason text formatted per row (0.3 s). Now:
 *
 * - class_change_run holds what the changes of one apply (or one manual override) share: who,
 *   when, the territory, the method, the period and the template of the reasons. A history row
 *   keeps its own figures (rank, average, months, running total above, computed class, override)
 *   and its reason is rendered from them; rows with a reason of their own (manual overrides,
 *   rule sets, rows written before this migration) keep the text.
 * - The primary key is (customer_id, id) with id a bigint identity: one index serves both the
 *   key and a customer's history in order, and ids ascend in insertion order.
 * - The references to customer and class_change_run are enforced by statement-level triggers
 *   with transition tables — one set-based check per statement instead of one lookup per row —
 *   with the guarantees of the foreign keys they replace:
 *   - an insert or update naming a missing customer or run fails with SQLSTATE 23503
 *     (foreign_key_violation) and the constraint name the foreign key had;
 *   - the referenced rows are locked FOR KEY SHARE, as a foreign key check locks them, so a
 *     concurrent delete waits for the writer and then removes its rows, or the writer fails if
 *     the delete committed first: no orphan survives either order;
 *   - deleting a customer deletes its history (ON DELETE CASCADE before); a run with history
 *     cannot be deleted; the id of a referenced customer or run cannot change.
 */
export class Migration20261122120000_class_history_set_based_integrity extends Migration {

  override name = 'Migration20261122120000_class_history_set_based_integrity';

  override up(): void | Promise<void> {
    this.addSql(`create table "class_change_run" ("id" uuid not null default gen_random_uuid(), "territory_id" uuid null, "source" text not null, "as_of" date null, "first_month" date null, "last_month" date null, "customer_count" int null, "total" numeric(22,6) null, "reason_template" jsonb null, "actor_id" uuid null, "applied_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "class_change_run" add constraint "class_change_run_source_check" check ("source" in ('PARETO', 'THRESHOLD_AMOUNTS', 'RULES', 'MANUAL'));`);
    this.addSql(`alter table "class_change_run" add constraint "class_change_run_territory_id_foreign" foreign key ("territory_id") references "territory" ("id") on delete set null;`);
    this.addSql(`alter table "class_change_run" add constraint "class_change_run_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`create index "class_change_run_territory_id_applied_at_index" on "class_change_run" ("territory_id", "applied_at");`);
    this.addSql(`create index "class_change_run_actor_id_index" on "class_change_run" ("actor_id");`);

    // Rows written before: one run per territory, actor, moment and "as of" date, keeping their reason texts.
    this.addSql(`create temporary table "legacy_run" on commit drop as
      select gen_random_uuid() as id, c.territory_id, a.as_of, a.actor_id, a.assigned_at,
             coalesce(max(a.source) filter (where a.source <> 'MANUAL'), 'MANUAL') as source
      from class_assignment a join customer c on c.id = a.customer_id
      group by c.territory_id, a.as_of, a.actor_id, a.assigned_at;`);
    this.addSql(`insert into "class_change_run" ("id", "territory_id", "source", "as_of", "actor_id", "applied_at")
      select id, territory_id, source, as_of, actor_id, assigned_at from legacy_run;`);
    this.addSql(`alter table "class_assignment" add column "run_id" uuid null;`);
    this.addSql(`update "class_assignment" a set "run_id" = r.id from legacy_run r, customer c
      where c.id = a.customer_id and r.territory_id = c.territory_id and r.as_of is not distinct from a.as_of
        and r.actor_id is not distinct from a.actor_id and r.assigned_at = a.assigned_at;`);
    this.addSql(`alter table "class_assignment" alter column "run_id" set not null;`);

    this.addSql(`alter table "class_assignment" drop constraint "class_assignment_customer_id_foreign", drop constraint "class_assignment_actor_id_foreign";`);
    this.addSql(`drop index "class_assignment_customer_assigned_at_index";`);
    this.addSql(`drop index "class_assignment_actor_id_index";`);
    this.addSql(`alter table "class_assignment" drop constraint "class_assignment_pkey";`);
    this.addSql(`alter table "class_assignment" drop column "id", drop column "actor_id", drop column "assigned_at", drop column "as_of";`);
    // Existing rows are numbered in storage order; history reads order by the run's time first.
    this.addSql(`alter table "class_assignment" add column "id" bigint generated by default as identity;`);
    this.addSql(`alter table "class_assignment" add primary key ("customer_id", "id");`);
    this.addSql(`alter table "class_assignment" alter column "reason" drop not null;`);
    this.addSql(`alter table "class_assignment" add column "rank" int null, add column "months_averaged" smallint null, add column "running_before" numeric(22,6) null,
      add column "computed_class" text null, add column "override_until" date null, add column "override_reason" text null;`);
    this.addSql(`alter table "class_assignment" add constraint "class_assignment_computed_class_check" check ("computed_class" in ('A', 'B', 'C', 'D'));`);
    this.addSql(`alter table "class_assignment" add constraint "class_assignment_reason_or_figures_check" check ("reason" is not null or ("rank" is not null and "months_averaged" is not null and "computed_class" is not null));`);

    // Counting the rows a locking query returns is what makes the checks safe under concurrency:
    // in READ COMMITTED a row deleted by a transaction that committed meanwhile is not returned.
    // A customer whose current version this transaction wrote (xmin = our transaction id: the
    // apply updates every customer it records a change for) is already locked against deletion
    // until we commit, so only the others are locked here; savepoints have their own ids and
    // take the locking path. The queries are planned on each call (EXECUTE): the right plan for
    // one row (index lookups) and for a territory's 100,000 rows (one hash join) differ, and a
    // plan cached for the first would be reused for the second. Customers are joined row by
    // row, not by distinct id, so the planner sees the transition table's true size; runs (one
    // per statement) are grouped first.
    this.addSql(`create function "class_assignment_check_references"() returns trigger language plpgsql as $$
      declare
        written bigint;
        found bigint;
        locked bigint;
      begin
        execute 'select count(*) from new_rows' into written;
        execute 'select count(*) from new_rows n join customer c on c.id = n.customer_id where c.xmin = pg_current_xact_id()::xid' into found;
        if found < written then
          execute 'select count(*) from (select 1 from new_rows n join customer c on c.id = n.customer_id
                     where c.xmin <> pg_current_xact_id()::xid for key share of c) l' into locked;
          found := found + locked;
        end if;
        if found < written then
          raise exception 'insert or update on table "class_assignment" violates foreign key constraint "class_assignment_customer_id_foreign"'
            using errcode = 'foreign_key_violation', constraint = 'class_assignment_customer_id_foreign', table = 'class_assignment',
                  detail = 'A customer_id is not present in table "customer".';
        end if;
        execute 'select coalesce(sum(l.uses), 0) from (
                   select g.uses from (select run_id, count(*) as uses from new_rows group by run_id) g
                   join class_change_run r on r.id = g.run_id
                   for key share of r) l' into found;
        if found < written then
          raise exception 'insert or update on table "class_assignment" violates foreign key constraint "class_assignment_run_id_foreign"'
            using errcode = 'foreign_key_violation', constraint = 'class_assignment_run_id_foreign', table = 'class_assignment',
                  detail = 'A run_id is not present in table "class_change_run".';
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger "class_assignment_check_references_after_insert" after insert on "class_assignment"
      referencing new table as new_rows for each statement execute function "class_assignment_check_references"();`);
    this.addSql(`create trigger "class_assignment_check_references_after_update" after update on "class_assignment"
      referencing new table as new_rows for each statement execute function "class_assignment_check_references"();`);

    this.addSql(`create function "class_assignment_delete_for_customers"() returns trigger language plpgsql as $$
      begin
        delete from class_assignment a where a.customer_id in (select o.id from old_rows o);
        return null;
      end $$;`);
    this.addSql(`create trigger "customer_delete_class_assignments" after delete on "customer"
      referencing old table as old_rows for each statement execute function "class_assignment_delete_for_customers"();`);

    // run_id has no index of its own (history is read per customer; runs are kept): deleting a run scans the history once per statement.
    this.addSql(`create function "class_change_run_refuse_delete_with_history"() returns trigger language plpgsql as $$
      begin
        if exists (select 1 from class_assignment a where a.run_id in (select o.id from old_rows o)) then
          raise exception 'update or delete on table "class_change_run" violates foreign key constraint "class_assignment_run_id_foreign" on table "class_assignment"'
            using errcode = 'foreign_key_violation', constraint = 'class_assignment_run_id_foreign', table = 'class_assignment';
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger "class_change_run_delete_checks_history" after delete on "class_change_run"
      referencing old table as old_rows for each statement execute function "class_change_run_refuse_delete_with_history"();`);

    // AFTER, not BEFORE: a BEFORE row trigger makes every UPDATE of the table lock and WAL-log
    // each row before the trigger's column list is even looked at; an AFTER trigger with
    // "UPDATE OF id" is only queued when the id column is set, so ordinary updates pay nothing.
    this.addSql(`create function "class_assignment_refuse_key_change"() returns trigger language plpgsql as $$
      begin
        if TG_TABLE_NAME = 'customer' and exists (select 1 from class_assignment a where a.customer_id = old.id) then
          raise exception 'update on table "customer" violates foreign key constraint "class_assignment_customer_id_foreign" on table "class_assignment"'
            using errcode = 'foreign_key_violation', constraint = 'class_assignment_customer_id_foreign', table = 'class_assignment';
        end if;
        if TG_TABLE_NAME = 'class_change_run' and exists (select 1 from class_assignment a where a.run_id = old.id) then
          raise exception 'update on table "class_change_run" violates foreign key constraint "class_assignment_run_id_foreign" on table "class_assignment"'
            using errcode = 'foreign_key_violation', constraint = 'class_assignment_run_id_foreign', table = 'class_assignment';
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger "customer_id_change_checks_class_assignments" after update of "id" on "customer"
      for each row when (old.id is distinct from new.id) execute function "class_assignment_refuse_key_change"();`);
    this.addSql(`create trigger "class_change_run_id_change_checks_class_assignments" after update of "id" on "class_change_run"
      for each row when (old.id is distinct from new.id) execute function "class_assignment_refuse_key_change"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "class_change_run_id_change_checks_class_assignments" on "class_change_run";`);
    this.addSql(`drop trigger if exists "customer_id_change_checks_class_assignments" on "customer";`);
    this.addSql(`drop function if exists "class_assignment_refuse_key_change"();`);
    this.addSql(`drop trigger if exists "class_change_run_delete_checks_history" on "class_change_run";`);
    this.addSql(`drop function if exists "class_change_run_refuse_delete_with_history"();`);
    this.addSql(`drop trigger if exists "customer_delete_class_assignments" on "customer";`);
    this.addSql(`drop function if exists "class_assignment_delete_for_customers"();`);
    this.addSql(`drop trigger if exists "class_assignment_check_references_after_update" on "class_assignment";`);
    this.addSql(`drop trigger if exists "class_assignment_check_references_after_insert" on "class_assignment";`);
    this.addSql(`drop function if exists "class_assignment_check_references"();`);
    // Reasons rendered from figures are not restored as text; they are left empty.
    this.addSql(`update "class_assignment" set "reason" = '' where "reason" is null;`);
    this.addSql(`alter table "class_assignment" drop constraint "class_assignment_reason_or_figures_check", drop constraint "class_assignment_computed_class_check";`);
    this.addSql(`alter table "class_assignment" alter column "reason" set not null;`);
    this.addSql(`alter table "class_assignment" add column "actor_id" uuid null, add column "assigned_at" timestamptz null, add column "as_of" date null;`);
    this.addSql(`update "class_assignment" a set "actor_id" = r.actor_id, "assigned_at" = r.applied_at, "as_of" = r.as_of from "class_change_run" r where r.id = a.run_id;`);
    this.addSql(`alter table "class_assignment" alter column "assigned_at" set not null;`);
    this.addSql(`alter table "class_assignment" drop constraint "class_assignment_pkey";`);
    this.addSql(`alter table "class_assignment" drop column "id", drop column "run_id", drop column "rank", drop column "months_averaged", drop column "running_before", drop column "computed_class", drop column "override_until", drop column "override_reason";`);
    this.addSql(`alter table "class_assignment" add column "id" uuid not null default gen_random_uuid(), add primary key ("id");`);
    this.addSql(`create index "class_assignment_customer_assigned_at_index" on "class_assignment" ("customer_id", "assigned_at");`);
    this.addSql(`create index "class_assignment_actor_id_index" on "class_assignment" ("actor_id");`);
    this.addSql(`alter table "class_assignment" add constraint "class_assignment_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on delete cascade;`);
    this.addSql(`alter table "class_assignment" add constraint "class_assignment_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`drop table "class_change_run";`);
  }

}
