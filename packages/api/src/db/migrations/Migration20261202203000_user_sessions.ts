import { Migration } from '@mikro-orm/migrations';

/**
 * Revocable sign-ins: a session row per sign-in (the token carries its id) and a deactivation
 * time on users. Triggers notify the channel `beatplan_viewer_change` with the user's id whenever
 * a user, their territory memberships or their sessions change, so that every API instance drops
 * what it cached about that viewer, whoever made the change.
 */
export class Migration20261202203000_user_sessions extends Migration {

  override name = 'Migration20261202203000_user_sessions';

  override up(): void | Promise<void> {
    this.addSql(`create table "user_session" ("id" uuid not null default gen_random_uuid(), "user_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "ended_at" timestamptz null, "end_reason" varchar(32) null, primary key ("id"));`);
    this.addSql(`create index "user_session_user_id_index" on "user_session" ("user_id");`);
    this.addSql(`alter table "user_session" add constraint "user_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "app_user" add "deactivated_at" timestamptz null;`);
    // The column that names the user is the trigger's argument; an update that moves a row to another user notifies both.
    this.addSql(`create function "notify_viewer_change"() returns trigger language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then
          perform pg_notify('beatplan_viewer_change', to_jsonb(old) ->> tg_argv[0]);
        end if;
        if tg_op in ('INSERT', 'UPDATE') then
          perform pg_notify('beatplan_viewer_change', to_jsonb(new) ->> tg_argv[0]);
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger "app_user_notify_viewer_change" after update or delete on "app_user" for each row execute function "notify_viewer_change"('id');`);
    this.addSql(`create trigger "territory_member_notify_viewer_change" after insert or update or delete on "territory_member" for each row execute function "notify_viewer_change"('user_id');`);
    this.addSql(`create trigger "user_session_notify_viewer_change" after update or delete on "user_session" for each row execute function "notify_viewer_change"('user_id');`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "user_session_notify_viewer_change" on "user_session";`);
    this.addSql(`drop trigger if exists "territory_member_notify_viewer_change" on "territory_member";`);
    this.addSql(`drop trigger if exists "app_user_notify_viewer_change" on "app_user";`);
    this.addSql(`drop function if exists "notify_viewer_change"();`);
    this.addSql(`alter table "app_user" drop column "deactivated_at";`);
    this.addSql(`drop table if exists "user_session" cascade;`);
  }

}
