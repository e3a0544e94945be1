import { Migration } from '@mikro-orm/migrations';

/** Classification policies per territory/region/company, the class history and manual class overrides. */
export class Migration20261122074000_classification extends Migration {

  override name = 'Migration20261122074000_classification';

  override up(): void | Promise<void> {
    this.addSql(`create table "classification_policy" ("id" uuid not null default gen_random_uuid(), "territory_id" uuid null, "region_id" uuid null, "method" text not null, "period_months" int not null, "parameters" jsonb not null, "visit_standard" jsonb not null, "updated_by_id" uuid null, "version" int not null default 1, "updated_at" timestamptz not null, primary key ("id"));`);
    // One policy per territory, per region and one company default (both null); the unique indexes also serve the foreign keys.
    this.addSql(`create unique index "classification_policy_territory_id_unique" on "classification_policy" ("territory_id") where "territory_id" is not null;`);
    this.addSql(`create unique index "classification_policy_region_id_unique" on "classification_policy" ("region_id") where "region_id" is not null;`);
    this.addSql(`create unique index "classification_policy_company_unique" on "classification_policy" ((true)) where "territory_id" is null and "region_id" is null;`);
    this.addSql(`create index "classification_policy_updated_by_id_index" on "classification_policy" ("updated_by_id");`);
    this.addSql(`alter table "classification_policy" add constraint "classification_policy_territory_id_foreign" foreign key ("territory_id") references "territory" ("id") on delete cascade;`);
    this.addSql(`alter table "classification_policy" add constraint "classification_policy_region_id_foreign" foreign key ("region_id") references "region" ("id") on delete cascade;`);
    this.addSql(`alter table "classification_policy" add constraint "classification_policy_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "classification_policy" add constraint "classification_policy_method_check" check ("method" in ('PARETO', 'THRESHOLD_AMOUNTS', 'RULES'));`);
    this.addSql(`alter table "classification_policy" add constraint "classification_policy_one_level_check" check (territory_id is null or region_id is null);`);
    this.addSql(`alter table "classification_policy" add constraint "classification_policy_period_check" check (period_months between 3 and 6);`);

    this.addSql(`create table "class_assignment" ("id" uuid not null default gen_random_uuid(), "customer_id" uuid not null, "from_class" text null, "to_class" text not null, "source" text not null, "reason" text not null, "actor_id" uuid null, "assigned_at" timestamptz not null, "as_of" date null, "volume" numeric(22,6) null, primary key ("id"));`);
    this.addSql(`create index "class_assignment_customer_assigned_at_index" on "class_assignment" ("customer_id", "assigned_at");`);
    this.addSql(`create index "class_assignment_actor_id_index" on "class_assignment" ("actor_id");`);
    this.addSql(`alter table "class_assignment" add constraint "class_assignment_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on delete cascade;`);
    this.addSql(`alter table "class_assignment" add constraint "class_assignment_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "class_assignment" add constraint "class_assignment_from_class_check" check ("from_class" in ('A', 'B', 'C', 'D'));`);
    this.addSql(`alter table "class_assignment" add constraint "class_assignment_to_class_check" check ("to_class" in ('A', 'B', 'C', 'D'));`);
    this.addSql(`alter table "class_assignment" add constraint "class_assignment_source_check" check ("source" in ('PARETO', 'THRESHOLD_AMOUNTS', 'RULES', 'MANUAL'));`);

    this.addSql(`create table "customer_class_override" ("customer_id" uuid not null, "class" text not null, "reason" text not null, "until" date null, "actor_id" uuid null, "created_at" timestamptz not null, primary key ("customer_id"));`);
    this.addSql(`create index "customer_class_override_actor_id_index" on "customer_class_override" ("actor_id");`);
    this.addSql(`alter table "customer_class_override" add constraint "customer_class_override_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on delete cascade;`);
    this.addSql(`alter table "customer_class_override" add constraint "customer_class_override_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "customer_class_override" add constraint "customer_class_override_class_check" check ("class" in ('A', 'B', 'C', 'D'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "customer_class_override" cascade;`);
    this.addSql(`drop table if exists "class_assignment" cascade;`);
    this.addSql(`drop table if exists "classification_policy" cascade;`);
  }

}
