import { Migration } from '@mikro-orm/migrations';

/**
 * Administration of people and the organisation: versions on users, regions and territories
 * (for expectedVersion), archived territories, and one-time set-password tokens.
 */
export class Migration20261202203100_user_administration extends Migration {

  override name = 'Migration20261202203100_user_administration';

  override up(): void | Promise<void> {
    this.addSql(`alter table "app_user" add "version" int not null default 1;`);
    this.addSql(`alter table "region" add "version" int not null default 1;`);
    this.addSql(`alter table "territory" add "archived_at" timestamptz null, add "version" int not null default 1;`);
    this.addSql(`create table "password_token" ("id" uuid not null default gen_random_uuid(), "user_id" uuid not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "password_token_user_id_index" on "password_token" ("user_id");`);
    this.addSql(`alter table "password_token" add constraint "password_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`alter table "password_token" add constraint "password_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "password_token" cascade;`);
    this.addSql(`alter table "territory" drop column "archived_at", drop column "version";`);
    this.addSql(`alter table "region" drop column "version";`);
    this.addSql(`alter table "app_user" drop column "version";`);
  }

}
