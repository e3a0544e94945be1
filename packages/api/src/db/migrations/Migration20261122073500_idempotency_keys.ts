import { Migration } from '@mikro-orm/migrations';

/** Keys of idempotent mutations with the stored first result (see src/shared/idempotency.ts). */
export class Migration20261122073500_idempotency_keys extends Migration {

  override name = 'Migration20261122073500_idempotency_keys';

  override up(): void | Promise<void> {
    // actor_id is a user or an API token, so it carries no foreign key.
    this.addSql(`create table "idempotency_key" ("actor_id" text not null, "key" varchar(200) not null, "operation" varchar(100) not null, "fingerprint" char(64) not null, "response" jsonb null, "created_at" timestamptz not null, primary key ("actor_id", "key"));`);
    this.addSql(`create index "idempotency_key_created_at_index" on "idempotency_key" ("created_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "idempotency_key" cascade;`);
  }

}
