import { Migration } from '@mikro-orm/migrations';

/** The full rep work profile: labelled start and end places, day start and end, travel speed and road factor, days off. */
export class Migration20261202190000_rep_work_profile_details extends Migration {

  override name = 'Migration20261202190000_rep_work_profile_details';

  override up(): void | Promise<void> {
    this.addSql(`alter table "rep_work_profile" add column "start_label" varchar(200) null, add column "end_label" varchar(200) null, add column "end_latitude" double precision null, add column "end_longitude" double precision null, add column "day_start_minute" smallint not null default 480, add column "day_end_minute" smallint not null default 960, add column "speed_km_per_hour" double precision not null default 30, add column "road_factor" double precision not null default 1.3, add column "days_off" jsonb not null default '[]';`);
    this.addSql(`update "rep_work_profile" set "day_end_minute" = least(1440, "day_start_minute" + "day_minutes");`);
    this.addSql(`alter table "rep_work_profile" drop constraint "rep_work_profile_day_check";`);
    this.addSql(`alter table "rep_work_profile" drop column "day_minutes";`);
    this.addSql(`alter table "rep_work_profile" add constraint "rep_work_profile_end_check" check ((end_latitude is null) = (end_longitude is null) and (end_latitude is null or end_latitude between -90 and 90 and end_longitude between -180 and 180));`);
    this.addSql(`alter table "rep_work_profile" add constraint "rep_work_profile_day_check" check (day_start_minute between 0 and 1439 and day_end_minute between 1 and 1440 and day_start_minute < day_end_minute and break_minutes >= 0 and non_customer_minutes >= 0 and break_minutes + non_customer_minutes < day_end_minute - day_start_minute);`);
    this.addSql(`alter table "rep_work_profile" add constraint "rep_work_profile_travel_check" check (speed_km_per_hour > 0 and road_factor >= 1);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "rep_work_profile" drop constraint "rep_work_profile_day_check", drop constraint "rep_work_profile_end_check", drop constraint "rep_work_profile_travel_check";`);
    this.addSql(`alter table "rep_work_profile" add column "day_minutes" smallint not null default 480;`);
    this.addSql(`update "rep_work_profile" set "day_minutes" = "day_end_minute" - "day_start_minute";`);
    this.addSql(`alter table "rep_work_profile" drop column "start_label", drop column "end_label", drop column "end_latitude", drop column "end_longitude", drop column "day_start_minute", drop column "day_end_minute", drop column "speed_km_per_hour", drop column "road_factor", drop column "days_off";`);
    this.addSql(`alter table "rep_work_profile" add constraint "rep_work_profile_day_check" check (day_minutes between 1 and 1440 and break_minutes >= 0 and non_customer_minutes >= 0 and break_minutes + non_customer_minutes < day_minutes);`);
  }

}
