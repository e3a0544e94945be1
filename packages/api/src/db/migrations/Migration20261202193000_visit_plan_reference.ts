import { Migration } from '@mikro-orm/migrations';

/** A plan's diagnosis when it does not fit, and the active plan it was made against (stable re-planning). */
export class Migration20261202193000_visit_plan_reference extends Migration {

  override name = 'Migration20261202193000_visit_plan_reference';

  override up(): void | Promise<void> {
    this.addSql(`alter table "visit_plan" add column "diagnosis" jsonb null, add column "reference_plan_id" uuid null;`);
    this.addSql(`create index "visit_plan_reference_plan_id_index" on "visit_plan" ("reference_plan_id");`);
    this.addSql(`alter table "visit_plan" add constraint "visit_plan_reference_plan_id_foreign" foreign key ("reference_plan_id") references "visit_plan" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "visit_plan" drop constraint "visit_plan_reference_plan_id_foreign";`);
    this.addSql(`alter table "visit_plan" drop column "diagnosis", drop column "reference_plan_id";`);
  }

}
