import { Entity, OneToOne, Property } from "@mikro-orm/decorators/legacy";
import { ArrayType, type Ref } from "@mikro-orm/core";
import { User } from "../org/user.entity.ts";
import { stampNow } from "../shared/entity-clock.ts";

/**
 * How a rep's working day looks to the visit-cycle solver (DOMAIN.md §4): where the day's
 * route starts and ends, which weekdays they work and how long a day is. The minimal work
 * profile of issue #13; a rep without one, or without a start location, cannot be planned.
 */
@Entity({ tableName: "rep_work_profile" })
export class RepWorkProfile {
  // The user is the primary key: one profile per rep, and the key indexes the foreign key.
  @OneToOne({ entity: () => User, ref: true, primary: true, owner: true, deleteRule: "cascade" })
  user: Ref<User>;

  /** Where the rep's routes start and end (home or office); null until it is known. */
  @Property({ type: "double", nullable: true })
  startLatitude: number | null = null;

  @Property({ type: "double", nullable: true })
  startLongitude: number | null = null;

  /** ISO weekdays worked, 1 = Monday … 7 = Sunday. */
  @Property({ type: ArrayType, columnType: "smallint[]", defaultRaw: "'{1,2,3,4,5,6}'" })
  workingWeekdays: number[] = [1, 2, 3, 4, 5, 6];

  /** Length of the working day, minutes. */
  @Property({ type: "smallint", default: 480 })
  dayMinutes: number = 480;

  /** Rest and meal time within the day, minutes. */
  @Property({ type: "smallint", default: 60 })
  breakMinutes: number = 60;

  /** Work away from customers each day (reports, meetings), minutes. */
  @Property({ type: "smallint", default: 30 })
  nonCustomerMinutes: number = 30;

  @Property({ type: "datetime", columnType: "timestamptz", onCreate: stampNow, onUpdate: stampNow })
  updatedAt!: Date;
}
