import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { User } from "../org/user.entity.ts";
import { UserError } from "../shared/error-mapping.ts";
import { DateScalar, DateTimeScalar } from "../shared/scalars.ts";

/** A named place with coordinates. */
@ObjectType("WorkLocation", { description: "A named place (home, office) with its coordinates." })
export class WorkLocation {
  @Field(() => String, { nullable: true, description: "What the place is called, e.g. \"Home\" or \"Hongkou office\"." })
  label!: string | null;

  @Field(() => Float, { description: "Latitude, degrees (-90..90)." })
  latitude!: number;

  @Field(() => Float, { description: "Longitude, degrees (-180..180)." })
  longitude!: number;
}

/** Days off as stored. */
@ObjectType("DaysOff", { description: "A stretch of days the rep does not work, both ends included." })
export class DaysOffView {
  @Field(() => DateScalar, { description: "First day off." })
  from!: string;

  @Field(() => DateScalar, { description: "Last day off." })
  to!: string;
}

/** A rep's work profile as the API shows it. */
@ObjectType("RepWorkProfile", { description: "How a rep's working day looks to visit planning (DOMAIN.md §4)." })
export class RepWorkProfileView {
  @Field(() => WorkLocation, { nullable: true, description: "Where the rep's routes start; null until it is set (the rep cannot be planned then)." })
  startLocation!: WorkLocation | null;

  @Field(() => WorkLocation, { nullable: true, description: "Where the routes end; null when they end at the start." })
  endLocation!: WorkLocation | null;

  @Field(() => [Int], { description: "ISO weekdays worked, 1 = Monday … 7 = Sunday, ascending." })
  workingWeekdays!: number[];

  @Field(() => String, { description: "Start of the working day, HH:MM." })
  dayStart!: string;

  @Field(() => String, { description: "End of the working day, HH:MM." })
  dayEnd!: string;

  @Field(() => Int, { description: "Rest and meal time within the day, minutes." })
  breakMinutes!: number;

  @Field(() => Int, { description: "Work away from customers each day (reports, meetings), minutes." })
  nonCustomerMinutes!: number;

  @Field(() => Int, { description: "Minutes left each day for travel and customers: day length less break and non-customer work." })
  availableMinutes!: number;

  @Field(() => Float, { description: "Average travel speed, km/h." })
  speedKmPerHour!: number;

  @Field(() => Float, { description: "Road distance over straight-line distance (at least 1)." })
  roadFactor!: number;

  @Field(() => [DaysOffView], { description: "Days off, in date order." })
  daysOff!: DaysOffView[];

  @Field(() => DateTimeScalar, { description: "When the profile was last changed." })
  updatedAt!: Date;
}

/** A place as given. */
@InputType("WorkLocationInput", { description: "A named place with coordinates." })
export class WorkLocationInput {
  @Field(() => String, { nullable: true, description: "What the place is called (at most 200 characters)." })
  label?: string | null;

  @Field(() => Float, { description: "Latitude, degrees (-90..90)." })
  latitude: number;

  @Field(() => Float, { description: "Longitude, degrees (-180..180)." })
  longitude: number;
}

/** Days off as given. */
@InputType("DaysOffInput", { description: "A stretch of days off, both ends included." })
export class DaysOffInput {
  @Field(() => DateScalar, { description: "First day off." })
  from: string;

  @Field(() => DateScalar, { description: "Last day off (on or after `from`)." })
  to: string;
}

/** Input of setRepWorkProfile: the whole profile, replacing the stored one. */
@InputType("SetRepWorkProfileInput", { description: "A rep's whole work profile; it replaces the stored one." })
export class SetRepWorkProfileInput {
  @Field(() => ID, { description: "The rep (global ID of a User with role REP)." })
  repId: string;

  @Field(() => WorkLocationInput, { description: "Where the routes start (home or office)." })
  startLocation: WorkLocationInput;

  @Field(() => WorkLocationInput, { nullable: true, description: "Where the routes end; omit to end at the start." })
  endLocation?: WorkLocationInput | null;

  @Field(() => [Int], { description: "ISO weekdays worked, 1 = Monday … 7 = Sunday; at least one." })
  workingWeekdays: number[];

  @Field(() => String, { description: "Start of the working day, HH:MM (24-hour)." })
  dayStart: string;

  @Field(() => String, { description: "End of the working day, HH:MM, after dayStart." })
  dayEnd: string;

  @Field(() => Int, { description: "Rest and meal time, minutes (0 or more)." })
  breakMinutes: number;

  @Field(() => Int, { description: "Work away from customers each day, minutes (0 or more); with the break shorter than the day." })
  nonCustomerMinutes: number;

  @Field(() => Float, { defaultValue: 30, description: "Average travel speed, km/h: 1..150." })
  speedKmPerHour: number;

  @Field(() => Float, { defaultValue: 1.3, description: "Road distance over straight-line distance: 1..3." })
  roadFactor: number;

  @Field(() => [DaysOffInput], { defaultValue: [], description: "Days off; ranges may not overlap." })
  daysOff: DaysOffInput[];
}

/** Result of setRepWorkProfile. */
@ObjectType("SetRepWorkProfilePayload", { description: "The rep with their new profile, or why it was refused." })
export class SetRepWorkProfilePayload {
  @Field(() => User, { nullable: true, description: "The rep; null when userErrors is not empty." })
  rep: User | null;

  @Field(() => RepWorkProfileView, { nullable: true, description: "The stored profile; null when userErrors is not empty." })
  workProfile: RepWorkProfileView | null;

  @Field(() => [UserError], { description: "Each rule the input breaks (VALIDATION with the field and the value), NOT_FOUND or FORBIDDEN; empty on success. When not empty nothing changed." })
  userErrors: UserError[];
}
