import { Migration } from '@mikro-orm/migrations';

/** Manual plan changes: moved stops are locks a re-plan keeps; customers' closed and pinned weekdays. */
export class Migration20261202192000_visit_plan_changes extends Migration {

  override name = 'Migration20261202192000_visit_plan_changes';

  override up(): void | Promise<void> {
    this.addSql(`alter table "visit_plan" add column "updated_at" timestamptz null;`);
    this.addSql(`alter table "visit_plan_stop" add column "locked" boolean not null default false;`);
    this.addSql(`create table "customer_visit_days" ("customer_id" uuid not null, "closed_weekdays" smallint[] not null default '{}', "pinned_weekdays" smallint[] not null default '{}', "updated_at" timestamptz not null, primary key ("customer_id"));`);
    this.addSql(`alter table "customer_visit_days" add constraint "customer_visit_days_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "customer_visit_days" add constraint "customer_visit_days_weekdays_check" check (closed_weekdays <@ '{1,2,3,4,5,6,7}'::smallint[] and pinned_weekdays <@ '{1,2,3,4,5,6,7}'::smallint[] and not (closed_weekdays && pinned_weekdays));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "customer_visit_days" cascade;`);
    this.addSql(`alter table "visit_plan_stop" drop column "locked";`);
    this.addSql(`alter table "visit_plan" drop column "updated_at";`);
  }

}
