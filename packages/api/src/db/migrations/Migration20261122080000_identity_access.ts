import { Migration } from '@mikro-orm/migrations';

/** Sign-in attempts (rate limits), API tokens with their territories, and the audit trail. */
export class Migration20261122080000_identity_access extends Migration {

  override name = 'Migration20261122080000_identity_access';

  override up(): void | Promise<void> {
    this.addSql(`create table "login_attempt" ("id" uuid not null default gen_random_uuid(), "email" varchar(320) not null, "ip" varchar(64) not null, "succeeded" boolean not null, "attempted_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "login_attempt_email_attempted_at_index" on "login_attempt" ("email", "attempted_at");`);
    this.addSql(`create index "login_attempt_ip_attempted_at_index" on "login_attempt" ("ip", "attempted_at");`);

    this.addSql(`create table "api_token" ("id" uuid not null default gen_random_uuid(), "name" varchar(200) not null, "token_hash" varchar(64) not null, "token_prefix" varchar(16) not null, "role" text not null, "created_by_id" uuid null, "created_at" timestamptz not null, "expires_at" timestamptz null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "api_token_created_by_id_index" on "api_token" ("created_by_id");`);
    this.addSql(`alter table "api_token" add constraint "api_token_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "api_token" add constraint "api_token_role_check" check ("role" in ('ADMIN', 'MANAGER', 'REP'));`);

    this.addSql(`create table "api_token_territory" ("api_token_id" uuid not null, "territory_id" uuid not null, primary key ("api_token_id", "territory_id"));`);
    this.addSql(`create index "api_token_territory_territory_id_index" on "api_token_territory" ("territory_id");`);
    this.addSql(`alter table "api_token_territory" add constraint "api_token_territory_api_token_id_foreign" foreign key ("api_token_id") references "api_token" ("id") on delete cascade;`);
    this.addSql(`alter table "api_token_territory" add constraint "api_token_territory_territory_id_foreign" foreign key ("territory_id") references "territory" ("id") on delete cascade;`);

    this.addSql(`create table "audit_entry" ("id" uuid not null default gen_random_uuid(), "occurred_at" timestamptz not null, "actor_user_id" uuid null, "actor_api_token_id" uuid null, "actor_label" varchar(400) not null, "request_id" varchar(64) null, "operation" varchar(200) null, "entity_type" varchar(100) not null, "entity_id" varchar(200) not null, "action" text not null, "changes" jsonb not null, "territory_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "audit_entry_occurred_at_id_index" on "audit_entry" ("occurred_at", "id");`);
    this.addSql(`create index "audit_entry_entity_index" on "audit_entry" ("entity_type", "entity_id");`);
    this.addSql(`create index "audit_entry_actor_user_id_index" on "audit_entry" ("actor_user_id");`);
    this.addSql(`create index "audit_entry_actor_api_token_id_index" on "audit_entry" ("actor_api_token_id");`);
    this.addSql(`create index "audit_entry_territory_id_index" on "audit_entry" ("territory_id");`);
    this.addSql(`alter table "audit_entry" add constraint "audit_entry_actor_user_id_foreign" foreign key ("actor_user_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "audit_entry" add constraint "audit_entry_actor_api_token_id_foreign" foreign key ("actor_api_token_id") references "api_token" ("id") on delete set null;`);
    this.addSql(`alter table "audit_entry" add constraint "audit_entry_action_check" check ("action" in ('CREATE', 'UPDATE', 'DELETE', 'BULK'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "audit_entry" cascade;`);
    this.addSql(`drop table if exists "api_token_territory" cascade;`);
    this.addSql(`drop table if exists "api_token" cascade;`);
    this.addSql(`drop table if exists "login_attempt" cascade;`);
  }

}
