import { Migration } from '@mikro-orm/migrations';

/** Lets sign-in drop expired attempts oldest first, whoever made them, so the table stays small under password spraying. */
export class Migration20261122090000_login_attempt_age extends Migration {

  override name = 'Migration20261122090000_login_attempt_age';

  override up(): void | Promise<void> {
    this.addSql(`create index "login_attempt_attempted_at_index" on "login_attempt" ("attempted_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index if exists "login_attempt_attempted_at_index";`);
  }

}
