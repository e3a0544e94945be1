import { Migration } from '@mikro-orm/migrations';

/**
 * Every change of a visit-plan job (status, progress, error) sends NOTIFY visit_plan_job with the
 * job's id, so that each API instance pushes it to its subscribers whichever process made it.
 */
export class Migration20261202190000_visit_plan_job_notify extends Migration {

  override name = 'Migration20261202190000_visit_plan_job_notify';

  override up(): void | Promise<void> {
    this.addSql(`create function "visit_plan_job_notify"() returns trigger language plpgsql as $$
      begin
        perform pg_notify('visit_plan_job', new."id"::text);
        return null;
      end $$;`);
    this.addSql(`create trigger "visit_plan_job_notify" after insert or update on "visit_plan_job" for each row execute function "visit_plan_job_notify"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger "visit_plan_job_notify" on "visit_plan_job";`);
    this.addSql(`drop function "visit_plan_job_notify"();`);
  }

}
