import { Migration } from '@mikro-orm/migrations';

/** Visit plans: the jobs that solve them, the plans, their days (one per rep and working day) and stops. */
export class Migration20261202174945_visit_plans extends Migration {

  override name = 'Migration20261202174945_visit_plans';

  override up(): void | Promise<void> {
    this.addSql(`create table "visit_plan_job" ("id" uuid not null default gen_random_uuid(), "territory_id" uuid not null, "requested_by_id" uuid null, "status" text not null default 'QUEUED', "starts_on" date not null, "cycle_weeks" smallint not null, "time_limit_seconds" double precision not null, "rep_assignment" text not null, "queue_job_id" uuid null, "progress_fraction" double precision not null default 0, "progress_elapsed_seconds" double precision not null default 0, "progress_iterations" int not null default 0, "progress_best_cost" double precision null, "progress_feasible" boolean not null default false, "error_code" varchar(64) null, "error_message" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "visit_plan_job_requested_by_id_index" on "visit_plan_job" ("requested_by_id");`);
    this.addSql(`create index "visit_plan_job_territory_id_created_at_index" on "visit_plan_job" ("territory_id", "created_at");`);
    this.addSql(`create table "visit_plan" ("id" uuid not null default gen_random_uuid(), "territory_id" uuid not null, "job_id" uuid not null, "status" text not null default 'DRAFT', "starts_on" date not null, "cycle_weeks" smallint not null, "feasible" boolean not null, "total_travel_minutes" double precision not null, "version" int not null default 1, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "visit_plan" add constraint "visit_plan_job_id_unique" unique ("job_id");`);
    this.addSql(`create index "visit_plan_territory_id_created_at_index" on "visit_plan" ("territory_id", "created_at");`);
    this.addSql(`create table "visit_plan_day" ("id" uuid not null default gen_random_uuid(), "plan_id" uuid not null, "week" smallint not null, "weekday" smallint not null, "rep_id" uuid not null, "travel_minutes" double precision not null, "work_minutes" double precision not null, "available_minutes" double precision not null, primary key ("id"));`);
    this.addSql(`create index "visit_plan_day_rep_id_index" on "visit_plan_day" ("rep_id");`);
    this.addSql(`alter table "visit_plan_day" add constraint "visit_plan_day_plan_id_week_weekday_rep_id_unique" unique ("plan_id", "week", "weekday", "rep_id");`);
    this.addSql(`create table "visit_plan_stop" ("id" uuid not null default gen_random_uuid(), "day_id" uuid not null, "sequence" smallint not null, "customer_id" uuid not null, "arrival_minute" double precision not null, "departure_minute" double precision not null, "travel_minutes" double precision not null, primary key ("id"));`);
    this.addSql(`create index "visit_plan_stop_customer_id_index" on "visit_plan_stop" ("customer_id");`);
    this.addSql(`alter table "visit_plan_stop" add constraint "visit_plan_stop_day_id_sequence_unique" unique ("day_id", "sequence");`);
    this.addSql(`alter table "visit_plan_job" add constraint "visit_plan_job_territory_id_foreign" foreign key ("territory_id") references "territory" ("id") on delete cascade;`);
    this.addSql(`alter table "visit_plan_job" add constraint "visit_plan_job_requested_by_id_foreign" foreign key ("requested_by_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "visit_plan_job" add constraint "visit_plan_job_status_check" check ("status" in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED'));`);
    this.addSql(`alter table "visit_plan_job" add constraint "visit_plan_job_rep_assignment_check" check ("rep_assignment" in ('KEEP', 'OPTIMISE'));`);
    this.addSql(`alter table "visit_plan" add constraint "visit_plan_territory_id_foreign" foreign key ("territory_id") references "territory" ("id") on delete cascade;`);
    this.addSql(`alter table "visit_plan" add constraint "visit_plan_job_id_foreign" foreign key ("job_id") references "visit_plan_job" ("id") on delete cascade;`);
    this.addSql(`alter table "visit_plan" add constraint "visit_plan_status_check" check ("status" in ('DRAFT', 'ACTIVE', 'SUPERSEDED'));`);
    this.addSql(`alter table "visit_plan_day" add constraint "visit_plan_day_plan_id_foreign" foreign key ("plan_id") references "visit_plan" ("id") on delete cascade;`);
    this.addSql(`alter table "visit_plan_day" add constraint "visit_plan_day_rep_id_foreign" foreign key ("rep_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "visit_plan_stop" add constraint "visit_plan_stop_day_id_foreign" foreign key ("day_id") references "visit_plan_day" ("id") on delete cascade;`);
    this.addSql(`alter table "visit_plan_stop" add constraint "visit_plan_stop_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "visit_plan_stop" cascade;`);
    this.addSql(`drop table if exists "visit_plan_day" cascade;`);
    this.addSql(`drop table if exists "visit_plan" cascade;`);
    this.addSql(`drop table if exists "visit_plan_job" cascade;`);
  }

}
