import { Migration } from '@mikro-orm/migrations';

export class Migration20261122065431_initial_archive extends Migration {

  override name = 'Migration20261122065431_initial_archive';

  override up(): void | Promise<void> {
    this.addSql(`create table "region" ("id" uuid not null default gen_random_uuid(), "code" varchar(32) not null, "name" varchar(200) not null, primary key ("id"));`);
    this.addSql(`alter table "region" add constraint "region_code_unique" unique ("code");`);

    this.addSql(`create table "territory" ("id" uuid not null default gen_random_uuid(), "code" varchar(32) not null, "name" varchar(200) not null, "region_id" uuid not null, primary key ("id"));`);
    this.addSql(`alter table "territory" add constraint "territory_code_unique" unique ("code");`);
    this.addSql(`create index "territory_region_id_index" on "territory" ("region_id");`);

    this.addSql(`create table "app_user" ("id" uuid not null default gen_random_uuid(), "email" varchar(320) not null, "name" varchar(200) not null, "role" text not null, "password_hash" text not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`create table "territory_member" ("territory_id" uuid not null, "user_id" uuid not null, "membership" text not null, primary key ("territory_id", "user_id", "membership"));`);
    this.addSql(`create index "territory_member_user_id_index" on "territory_member" ("user_id");`);

    this.addSql(`create table "customer" ("id" uuid not null default gen_random_uuid(), "code" varchar(32) not null, "name" varchar(200) not null, "type" text not null, "channel" varchar(100) null, "scale" varchar(100) null, "address" text null, "latitude" double precision null, "longitude" double precision null, "registration_no" varchar(64) null, "tax_no" varchar(64) null, "bank_account" varchar(64) null, "territory_id" uuid not null, "responsible_rep_id" uuid null, "status" text not null default 'ACTIVE', "class" text null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "customer" add constraint "customer_code_unique" unique ("code");`);
    this.addSql(`create index "customer_territory_id_index" on "customer" ("territory_id");`);
    this.addSql(`create index "customer_responsible_rep_id_index" on "customer" ("responsible_rep_id");`);
    this.addSql(`create index "customer_status_index" on "customer" ("status");`);
    this.addSql(`create index "customer_name_id_index" on "customer" ("name", "id");`);

    this.addSql(`create table "store" ("id" uuid not null default gen_random_uuid(), "customer_id" uuid not null, "code" varchar(32) not null, "name" varchar(200) not null, "address" text null, "latitude" double precision null, "longitude" double precision null, primary key ("id"));`);
    this.addSql(`alter table "store" add constraint "store_customer_id_code_unique" unique ("customer_id", "code");`);

    this.addSql(`create table "operating_profile" ("customer_id" uuid not null, "sales_staff" int null, "market_coverage" text null, "floor_area" numeric(12,2) null, "storage_area" numeric(12,2) null, "transport_mode" varchar(100) null, "delivery_addresses" text[] not null default '{}', primary key ("customer_id"));`);

    this.addSql(`create table "monthly_sales" ("id" uuid not null default gen_random_uuid(), "customer_id" uuid not null, "month" date not null, "volume" numeric(16,3) not null, "amount" numeric(16,2) not null, "our_share" numeric(5,4) null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "monthly_sales" add constraint "monthly_sales_customer_month_unique" unique ("customer_id", "month");`);

    this.addSql(`create table "credit_profile" ("customer_id" uuid not null, "registered_capital" numeric(16,2) null, "years_in_business" int null, "credit_limit" numeric(16,2) null, "credit_term_days" int null, "settlement_day" int null, "payment_terms" text null, "bad_credit" boolean not null default false, primary key ("customer_id"));`);

    this.addSql(`create table "contact" ("id" uuid not null default gen_random_uuid(), "customer_id" uuid not null, "name" varchar(200) not null, "title" varchar(200) null, "phone" varchar(64) null, "email" varchar(320) null, "birthday" date null, "interests" text null, "tier" text not null, primary key ("id"));`);
    this.addSql(`create index "contact_customer_id_index" on "contact" ("customer_id");`);

    this.addSql(`alter table "territory" add constraint "territory_region_id_foreign" foreign key ("region_id") references "region" ("id") on delete restrict;`);

    this.addSql(`alter table "app_user" add constraint "app_user_role_check" check ("role" in ('ADMIN', 'MANAGER', 'REP'));`);

    this.addSql(`alter table "territory_member" add constraint "territory_member_territory_id_foreign" foreign key ("territory_id") references "territory" ("id") on delete cascade;`);
    this.addSql(`alter table "territory_member" add constraint "territory_member_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "territory_member" add constraint "territory_member_membership_check" check ("membership" in ('REP', 'MANAGER'));`);

    this.addSql(`alter table "customer" add constraint "customer_territory_id_foreign" foreign key ("territory_id") references "territory" ("id") on delete restrict;`);
    this.addSql(`alter table "customer" add constraint "customer_responsible_rep_id_foreign" foreign key ("responsible_rep_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "customer" add constraint "customer_type_check" check ("type" in ('RETAIL', 'DEALER', 'KEY_ACCOUNT'));`);
    this.addSql(`alter table "customer" add constraint "customer_status_check" check ("status" in ('ACTIVE', 'ARCHIVED'));`);
    this.addSql(`alter table "customer" add constraint "customer_class_check" check ("class" in ('A', 'B', 'C', 'D'));`);

    this.addSql(`alter table "store" add constraint "store_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on delete cascade;`);

    this.addSql(`alter table "operating_profile" add constraint "operating_profile_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "monthly_sales" add constraint "monthly_sales_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on delete cascade;`);
    this.addSql(`alter table "monthly_sales" add constraint "monthly_sales_our_share_check" check (our_share is null or (our_share >= 0 and our_share <= 1));`);
    this.addSql(`alter table "monthly_sales" add constraint "monthly_sales_non_negative_check" check (volume >= 0 and amount >= 0);`);
    this.addSql(`alter table "monthly_sales" add constraint "monthly_sales_month_first_day_check" check (extract(day from month) = 1);`);

    this.addSql(`alter table "credit_profile" add constraint "credit_profile_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "credit_profile" add constraint "credit_profile_settlement_day_check" check (settlement_day between 1 and 31);`);

    this.addSql(`alter table "contact" add constraint "contact_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on delete cascade;`);
    this.addSql(`alter table "contact" add constraint "contact_tier_check" check ("tier" in ('I', 'II', 'III'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "territory" drop constraint "territory_region_id_foreign";`);
    this.addSql(`alter table "territory_member" drop constraint "territory_member_territory_id_foreign";`);
    this.addSql(`alter table "customer" drop constraint "customer_territory_id_foreign";`);
    this.addSql(`alter table "territory_member" drop constraint "territory_member_user_id_foreign";`);
    this.addSql(`alter table "customer" drop constraint "customer_responsible_rep_id_foreign";`);
    this.addSql(`alter table "store" drop constraint "store_customer_id_foreign";`);
    this.addSql(`alter table "operating_profile" drop constraint "operating_profile_customer_id_foreign";`);
    this.addSql(`alter table "monthly_sales" drop constraint "monthly_sales_customer_id_foreign";`);
    this.addSql(`alter table "credit_profile" drop constraint "credit_profile_customer_id_foreign";`);
    this.addSql(`alter table "contact" drop constraint "contact_customer_id_foreign";`);

    this.addSql(`drop table if exists "region" cascade;`);
    this.addSql(`drop table if exists "territory" cascade;`);
    this.addSql(`drop table if exists "app_user" cascade;`);
    this.addSql(`drop table if exists "territory_member" cascade;`);
    this.addSql(`drop table if exists "customer" cascade;`);
    this.addSql(`drop table if exists "store" cascade;`);
    this.addSql(`drop table if exists "operating_profile" cascade;`);
    this.addSql(`drop table if exists "monthly_sales" cascade;`);
    this.addSql(`drop table if exists "credit_profile" cascade;`);
    this.addSql(`drop table if exists "contact" cascade;`);
  }

}
