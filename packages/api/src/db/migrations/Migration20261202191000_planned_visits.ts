import { Migration } from '@mikro-orm/migrations';

/** Activated visit plans: one ACTIVE plan per territory, and the planned visits it writes on real dates. */
export class Migration20261202191000_planned_visits extends Migration {

  override name = 'Migration20261202191000_planned_visits';

  override up(): void | Promise<void> {
    this.addSql(`alter table "visit_plan" add column "activated_at" timestamptz null;`);
    this.addSql(`create unique index "visit_plan_one_active_per_territory" on "visit_plan" ("territory_id") where "status" = 'ACTIVE';`);
    this.addSql(`create table "planned_visit" ("id" uuid not null default gen_random_uuid(), "plan_id" uuid not null, "territory_id" uuid not null, "rep_id" uuid not null, "customer_id" uuid not null, "date" date not null, "sequence" smallint not null, "status" text not null default 'PLANNED', "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "planned_visit_plan_id_index" on "planned_visit" ("plan_id");`);
    this.addSql(`create index "planned_visit_territory_id_date_rep_id_sequence_index" on "planned_visit" ("territory_id", "date", "rep_id", "sequence");`);
    this.addSql(`create index "planned_visit_rep_id_date_index" on "planned_visit" ("rep_id", "date");`);
    this.addSql(`create index "planned_visit_customer_id_date_index" on "planned_visit" ("customer_id", "date");`);
    this.addSql(`alter table "planned_visit" add constraint "planned_visit_plan_id_foreign" foreign key ("plan_id") references "visit_plan" ("id") on delete cascade;`);
    this.addSql(`alter table "planned_visit" add constraint "planned_visit_territory_id_foreign" foreign key ("territory_id") references "territory" ("id") on delete cascade;`);
    this.addSql(`alter table "planned_visit" add constraint "planned_visit_rep_id_foreign" foreign key ("rep_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "planned_visit" add constraint "planned_visit_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on delete cascade;`);
    this.addSql(`alter table "planned_visit" add constraint "planned_visit_status_check" check ("status" in ('PLANNED', 'DONE', 'MISSED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "planned_visit" cascade;`);
    this.addSql(`drop index if exists "visit_plan_one_active_per_territory";`);
    this.addSql(`alter table "visit_plan" drop column "activated_at";`);
  }

}
