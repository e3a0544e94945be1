import { Migration } from '@mikro-orm/migrations';

/** Product catalogue, business plans (form 客代09) with revisions, history, weekly progress and reviews, and authority limits. */
export class Migration20261122081500_business_plans extends Migration {

  override name = 'Migration20261122081500_business_plans';

  override up(): void | Promise<void> {
    this.addSql(`create table "product" ("id" uuid not null default gen_random_uuid(), "code" varchar(32) not null, "name" varchar(200) not null, "category" varchar(100) not null, "unit" varchar(32) not null, primary key ("id"));`);
    this.addSql(`alter table "product" add constraint "product_code_unique" unique ("code");`);
    this.addSql(`create index "product_category_code_index" on "product" ("category", "code");`);
    this.addSql(`create table "business_plan" ("id" uuid not null default gen_random_uuid(), "customer_id" uuid not null, "month" date not null, "owner_id" uuid not null, "status" text not null default 'DRAFT', "current_revision_number" int not null default 1, "confirmed_revision_number" int null, "last_proposed_revision_number" int null, "status_note" text null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "business_plan_owner_id_index" on "business_plan" ("owner_id");`);
    this.addSql(`create index "business_plan_month_status_index" on "business_plan" ("month", "status");`);
    this.addSql(`alter table "business_plan" add constraint "business_plan_customer_month_unique" unique ("customer_id", "month");`);
    this.addSql(`create table "business_plan_review" ("id" uuid not null default gen_random_uuid(), "plan_id" uuid not null, "revision_number" int not null, "target_volume" numeric(16,3) not null, "target_amount" numeric(16,2) not null, "actual_volume" numeric(16,3) not null, "actual_amount" numeric(16,2) not null, "store_lines" jsonb not null, "transactions" text null, "in_store_performance" text null, "competitor_news" text null, "opportunities" text null, "author_id" uuid not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "business_plan_review" add constraint "business_plan_review_plan_unique" unique ("plan_id");`);
    this.addSql(`create index "business_plan_review_author_id_index" on "business_plan_review" ("author_id");`);
    this.addSql(`create table "business_plan_revision" ("id" uuid not null default gen_random_uuid(), "plan_id" uuid not null, "number" int not null, "author_id" uuid not null, "created_at" timestamptz not null, "change_note" text null, "target_volume" numeric(16,3) not null, "target_amount" numeric(16,2) not null, "promotion_budget" numeric(16,2) not null, "content" jsonb not null, primary key ("id"));`);
    this.addSql(`create index "business_plan_revision_author_id_index" on "business_plan_revision" ("author_id");`);
    this.addSql(`alter table "business_plan_revision" add constraint "business_plan_revision_plan_number_unique" unique ("plan_id", "number");`);
    this.addSql(`create table "business_plan_event" ("id" uuid not null default gen_random_uuid(), "plan_id" uuid not null, "action" text not null, "from_status" text null, "to_status" text not null, "revision_number" int not null, "actor_id" uuid not null, "note" text null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "business_plan_event_actor_id_index" on "business_plan_event" ("actor_id");`);
    this.addSql(`create index "business_plan_event_plan_created_index" on "business_plan_event" ("plan_id", "created_at");`);
    this.addSql(`create table "authority_limit" ("id" uuid not null default gen_random_uuid(), "role" text null, "user_id" uuid null, "promotion_budget" numeric(16,2) not null, primary key ("id"));`);
    this.addSql(`alter table "authority_limit" add constraint "authority_limit_role_unique" unique ("role");`);
    this.addSql(`alter table "authority_limit" add constraint "authority_limit_user_unique" unique ("user_id");`);
    this.addSql(`create table "business_plan_progress" ("id" uuid not null default gen_random_uuid(), "plan_id" uuid not null, "week" int not null, "actual_volume" numeric(16,3) not null, "actual_amount" numeric(16,2) not null, "store_actuals" jsonb not null, "recorded_by_id" uuid not null, "recorded_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "business_plan_progress_recorded_by_id_index" on "business_plan_progress" ("recorded_by_id");`);
    this.addSql(`alter table "business_plan_progress" add constraint "business_plan_progress_plan_week_unique" unique ("plan_id", "week");`);
    this.addSql(`alter table "business_plan" add constraint "business_plan_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on delete cascade;`);
    this.addSql(`alter table "business_plan" add constraint "business_plan_owner_id_foreign" foreign key ("owner_id") references "app_user" ("id") on delete restrict;`);
    this.addSql(`alter table "business_plan" add constraint "business_plan_month_first_day_check" check (extract(day from month) = 1);`);
    this.addSql(`alter table "business_plan" add constraint "business_plan_status_check" check ("status" in ('DRAFT', 'PROPOSED', 'REVISION_REQUESTED', 'APPROVED', 'REJECTED', 'CONFIRMED', 'TRACKING', 'ADJUSTED', 'CLOSED'));`);
    this.addSql(`alter table "business_plan_review" add constraint "business_plan_review_plan_id_foreign" foreign key ("plan_id") references "business_plan" ("id") on delete cascade;`);
    this.addSql(`alter table "business_plan_review" add constraint "business_plan_review_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on delete restrict;`);
    this.addSql(`alter table "business_plan_revision" add constraint "business_plan_revision_plan_id_foreign" foreign key ("plan_id") references "business_plan" ("id") on delete cascade;`);
    this.addSql(`alter table "business_plan_revision" add constraint "business_plan_revision_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on delete restrict;`);
    this.addSql(`alter table "business_plan_event" add constraint "business_plan_event_plan_id_foreign" foreign key ("plan_id") references "business_plan" ("id") on delete cascade;`);
    this.addSql(`alter table "business_plan_event" add constraint "business_plan_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on delete restrict;`);
    this.addSql(`alter table "business_plan_event" add constraint "business_plan_event_action_check" check ("action" in ('CREATE', 'REVISE', 'PROPOSE', 'REQUEST_REVISION', 'APPROVE', 'REJECT', 'CONFIRM', 'RECORD_PROGRESS', 'ADJUST', 'CLOSE'));`);
    this.addSql(`alter table "business_plan_event" add constraint "business_plan_event_from_status_check" check ("from_status" in ('DRAFT', 'PROPOSED', 'REVISION_REQUESTED', 'APPROVED', 'REJECTED', 'CONFIRMED', 'TRACKING', 'ADJUSTED', 'CLOSED'));`);
    this.addSql(`alter table "business_plan_event" add constraint "business_plan_event_to_status_check" check ("to_status" in ('DRAFT', 'PROPOSED', 'REVISION_REQUESTED', 'APPROVED', 'REJECTED', 'CONFIRMED', 'TRACKING', 'ADJUSTED', 'CLOSED'));`);
    this.addSql(`alter table "authority_limit" add constraint "authority_limit_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "authority_limit" add constraint "authority_limit_non_negative_check" check (promotion_budget >= 0);`);
    this.addSql(`alter table "authority_limit" add constraint "authority_limit_role_or_user_check" check ((role is null) <> (user_id is null));`);
    this.addSql(`alter table "authority_limit" add constraint "authority_limit_role_check" check ("role" in ('ADMIN', 'MANAGER', 'REP'));`);
    this.addSql(`alter table "business_plan_progress" add constraint "business_plan_progress_plan_id_foreign" foreign key ("plan_id") references "business_plan" ("id") on delete cascade;`);
    this.addSql(`alter table "business_plan_progress" add constraint "business_plan_progress_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on delete restrict;`);
    this.addSql(`alter table "business_plan_progress" add constraint "business_plan_progress_non_negative_check" check (actual_volume >= 0 and actual_amount >= 0 and week between 1 and 5);`);
    // Defaults per role; a row per user overrides them.
    this.addSql(`insert into "authority_limit" ("role", "promotion_budget") values ('REP', 10000.00), ('MANAGER', 100000.00);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "business_plan_review" cascade;`);
    this.addSql(`drop table if exists "business_plan_progress" cascade;`);
    this.addSql(`drop table if exists "business_plan_event" cascade;`);
    this.addSql(`drop table if exists "business_plan_revision" cascade;`);
    this.addSql(`drop table if exists "business_plan" cascade;`);
    this.addSql(`drop table if exists "authority_limit" cascade;`);
    this.addSql(`drop table if exists "product" cascade;`);
  }

}
