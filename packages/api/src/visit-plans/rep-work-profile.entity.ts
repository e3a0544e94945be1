import { Entity, OneToOne, Property } from "@mikro-orm/decorators/legacy";
import { ArrayType, JsonType, type Ref } from "@mikro-orm/core";
import { User } from "../org/user.entity.ts";
import { stampNow } from "../shared/entity-clock.ts";

/** A stretch of days a rep does not work (leave, training), both ends included. */
export interface DaysOff {
  /** First day off, YYYY-MM-DD. */
  readonly from: string;
  /** Last day off, YYYY-MM-DD. */
  readonly to: string;
}

/**
 * How a rep's working day looks to the visit-cycle solver (DOMAIN.md §4): where the day's
 * route starts and ends, which weekdays they work, when the day starts and ends, breaks and
 * work away from customers, how fast they travel and which days they are off. A rep without
 * a profile, or without a start location, cannot be planned.
 */
@Entity({ tableName: "rep_work_profile" })
export class RepWorkProfile {
  // The user is the primary key: one profile per rep, and the key indexes the foreign key.
  @OneToOne({ entity: () => User, ref: true, primary: true, owner: true, deleteRule: "cascade" })
  user: Ref<User>;

  /** Name of the start place (e.g. "Home" or "Hongkou office"). */
  @Property({ type: "string", length: 200, nullable: true })
  startLabel: string | null = null;

  /** Where the rep's routes start (home or office); null until it is known. */
  @Property({ type: "double", nullable: true })
  startLatitude: number | null = null;

  @Property({ type: "double", nullable: true })
  startLongitude: number | null = null;

  /** Name of the end place; null with no end location (routes end where they start). */
  @Property({ type: "string", length: 200, nullable: true })
  endLabel: string | null = null;

  /** Where the routes end; null: back at the start. */
  @Property({ type: "double", nullable: true })
  endLatitude: number | null = null;

  @Property({ type: "double", nullable: true })
  endLongitude: number | null = null;

  /** ISO weekdays worked, 1 = Monday … 7 = Sunday. */
  @Property({ type: ArrayType, columnType: "smallint[]", defaultRaw: "'{1,2,3,4,5,6}'" })
  workingWeekdays: number[] = [1, 2, 3, 4, 5, 6];

  /** Start of the working day, minutes after midnight. */
  @Property({ type: "smallint", default: 480 })
  dayStartMinute: number = 480;

  /** End of the working day, minutes after midnight. */
  @Property({ type: "smallint", default: 960 })
  dayEndMinute: number = 960;

  /** Rest and meal time within the day, minutes. */
  @Property({ type: "smallint", default: 60 })
  breakMinutes: number = 60;

  /** Work away from customers each day (reports, meetings), minutes. */
  @Property({ type: "smallint", default: 30 })
  nonCustomerMinutes: number = 30;

  /** Average travel speed, km/h. */
  @Property({ type: "double", default: 30 })
  speedKmPerHour: number = 30;

  /** Road distance over straight-line distance (≥ 1). */
  @Property({ type: "double", default: 1.3 })
  roadFactor: number = 1.3;

  /** Days off, in date order. */
  @Property({ type: JsonType, columnType: "jsonb", defaultRaw: "'[]'" })
  daysOff: DaysOff[] = [];

  @Property({ type: "datetime", columnType: "timestamptz", onCreate: stampNow, onUpdate: stampNow })
  updatedAt!: Date;
}
