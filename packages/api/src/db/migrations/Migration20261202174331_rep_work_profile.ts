import { Migration } from '@mikro-orm/migrations';

/** Reps' work profiles: start location, working weekdays and day length, which the visit-cycle solver needs. */
export class Migration20261202174331_rep_work_profile extends Migration {

  override name = 'Migration20261202174331_rep_work_profile';

  override up(): void | Promise<void> {
    this.addSql(`create table "rep_work_profile" ("user_id" uuid not null, "start_latitude" double precision null, "start_longitude" double precision null, "working_weekdays" smallint[] not null default '{1,2,3,4,5,6}', "day_minutes" smallint not null default 480, "break_minutes" smallint not null default 60, "non_customer_minutes" smallint not null default 30, "updated_at" timestamptz not null, primary key ("user_id"));`);
    this.addSql(`alter table "rep_work_profile" add constraint "rep_work_profile_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "rep_work_profile" add constraint "rep_work_profile_start_check" check ((start_latitude is null) = (start_longitude is null) and (start_latitude is null or start_latitude between -90 and 90 and start_longitude between -180 and 180));`);
    this.addSql(`alter table "rep_work_profile" add constraint "rep_work_profile_weekdays_check" check (working_weekdays <@ '{1,2,3,4,5,6,7}'::smallint[]);`);
    this.addSql(`alter table "rep_work_profile" add constraint "rep_work_profile_day_check" check (day_minutes between 1 and 1440 and break_minutes >= 0 and non_customer_minutes >= 0 and break_minutes + non_customer_minutes < day_minutes);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "rep_work_profile" cascade;`);
  }

}
