import { Migration } from '@mikro-orm/migrations';

/**
 * Keeps the figures of each weekly-progress step (week, amount, volume, correction reason) next to
 * its English note, so the web app words the note in the reader's language. Steps recorded before
 * get their figures from the note they carry ("week 1: 30000.00 / 30.000 (correction: …)"); a note
 * that does not read that way keeps null figures and is shown as it is.
 */
export class Migration20261202180000_progress_step_figures extends Migration {

  override name = 'Migration20261202180000_progress_step_figures';

  override up(): void | Promise<void> {
    this.addSql(`alter table "business_plan_event" add column "progress_figures" jsonb null;`);
    this.addSql(`update "business_plan_event" as e
      set "progress_figures" = jsonb_build_object('week', m.parts[1]::int, 'amount', m.parts[2], 'volume', m.parts[3], 'correctionReason', m.parts[5])
      from (
        select "id", regexp_match("note", '^week ([1-5]): ([-0-9.]+) / ([-0-9.]+)( \\(correction: (.*)\\)){0,1}$') as parts
        from "business_plan_event" where "action" = 'RECORD_PROGRESS' and "note" is not null
      ) as m
      where e."id" = m."id" and m.parts is not null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "business_plan_event" drop column "progress_figures";`);
  }

}
