import { Migration } from '@mikro-orm/migrations';

/**
 * Customer lifecycle status (PROSPECT, NEW, ACTIVE, LAPSED, LOST) and its history. Existing
 * customers start ACTIVE, as they were managed before; the daily lapse check then moves those
 * without purchases to LAPSED.
 */
export class Migration20261202195832_customer_lifecycle extends Migration {

  override name = 'Migration20261202195832_customer_lifecycle';

  override up(): void | Promise<void> {
    this.addSql(`alter table "customer" add "lifecycle" text not null default 'ACTIVE';`);
    this.addSql(`create index "customer_lifecycle_index" on "customer" ("lifecycle");`);
    this.addSql(`alter table "customer" add constraint "customer_lifecycle_check" check ("lifecycle" in ('PROSPECT', 'NEW', 'ACTIVE', 'LAPSED', 'LOST'));`);
    this.addSql(`create table "customer_lifecycle_change" ("id" uuid not null default gen_random_uuid(), "customer_id" uuid not null, "from_status" text null, "to_status" text not null, "reason" text not null, "changed_by" varchar(400) not null, "changed_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "customer_lifecycle_change_customer_index" on "customer_lifecycle_change" ("customer_id", "changed_at");`);
    this.addSql(`alter table "customer_lifecycle_change" add constraint "customer_lifecycle_change_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on delete cascade;`);
    this.addSql(`alter table "customer_lifecycle_change" add constraint "customer_lifecycle_change_from_status_check" check ("from_status" in ('PROSPECT', 'NEW', 'ACTIVE', 'LAPSED', 'LOST'));`);
    this.addSql(`alter table "customer_lifecycle_change" add constraint "customer_lifecycle_change_to_status_check" check ("to_status" in ('PROSPECT', 'NEW', 'ACTIVE', 'LAPSED', 'LOST'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "customer_lifecycle_change" cascade;`);
    this.addSql(`alter table "customer" drop constraint "customer_lifecycle_check";`);
    this.addSql(`drop index "customer_lifecycle_index";`);
    this.addSql(`alter table "customer" drop column "lifecycle";`);
  }

}
