import { Entity, Enum, Index, ManyToOne, OneToOne, PrimaryKey, Property, Unique } from "@mikro-orm/decorators/legacy";
import { JsonType, type Ref } from "@mikro-orm/core";
import { randomUUID } from "node:crypto";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Customer } from "../customers/customer.entity.ts";
import { Territory } from "../org/territory.entity.ts";
import { User } from "../org/user.entity.ts";
import { stampNow } from "../shared/entity-clock.ts";
import { toGlobalId } from "../shared/global-id.ts";
import { Node } from "../shared/node.ts";
import { DateScalar, DateTimeScalar } from "../shared/scalars.ts";
import { VisitPlanStatus } from "./visit-plan-enums.ts";
import { VisitPlanJob } from "./visit-plan-job.entity.ts";
import type { StoredDiagnosis } from "./visit-plan-diagnosis.ts";

/** A territory's visit cycle (DOMAIN.md §4): for each week and working day, each rep's ordered stops. */
@Entity({ tableName: "visit_plan" })
@Index({ properties: ["territory", "createdAt"] })
@ObjectType("VisitPlan", { implements: Node, description: "A territory's visit cycle: each rep's ordered customer stops for every working day of N weeks." })
export class VisitPlan {
  @PrimaryKey({ type: "uuid", defaultRaw: "gen_random_uuid()" })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Territory, ref: true, deleteRule: "cascade" })
  territory: Ref<Territory>;

  /** The job that made it; unique, so a retried job never stores a second plan. */
  @OneToOne({ entity: () => VisitPlanJob, ref: true, owner: true, unique: true, deleteRule: "cascade" })
  job: Ref<VisitPlanJob>;

  @Enum({ items: () => VisitPlanStatus })
  @Field(() => VisitPlanStatus, { description: "DRAFT, ACTIVE or SUPERSEDED." })
  status: VisitPlanStatus = VisitPlanStatus.DRAFT;

  @Property({ type: "date" })
  @Field(() => DateScalar, { description: "First day of the cycle (a Monday)." })
  startsOn: string;

  @Property({ type: "smallint" })
  @Field(() => Int, { description: "Weeks in the cycle." })
  cycleWeeks: number;

  @Property({ type: "boolean" })
  @Field(() => Boolean, { description: "Whether every visit fits every rep's working day." })
  feasible: boolean;

  @Property({ type: "double" })
  @Field(() => Float, { description: "Travel over the whole cycle, minutes." })
  totalTravelMinutes: number;

  @Property({ type: "integer", version: true })
  @Field(() => Int, { description: "Changes with every change of the plan; pass it back as `expectedVersion`." })
  version: number = 1;

  @Property({ type: "datetime", columnType: "timestamptz", onCreate: stampNow })
  @Field(() => DateTimeScalar, { description: "When the plan was generated." })
  createdAt!: Date;

  @Property({ type: "datetime", columnType: "timestamptz", nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: "When the plan was activated; null while a DRAFT." })
  activatedAt: Date | null = null;

  /** Why the plan does not fit, worded for managers; null for a feasible plan. */
  @Property({ type: JsonType, columnType: "jsonb", nullable: true, lazy: true })
  diagnosis: StoredDiagnosis | null = null;

  /** The ACTIVE plan when this one was generated, which it kept close to; null without one. */
  @ManyToOne({ entity: () => VisitPlan, ref: true, nullable: true, index: true, deleteRule: "set null" })
  referencePlan: Ref<VisitPlan> | null = null;

  /** When a person last changed the plan (moved a stop, activated it); null for a plan as generated. */
  @Property({ type: "datetime", columnType: "timestamptz", nullable: true })
  updatedAt: Date | null = null;

  @Field(() => ID, { name: "id", description: "Opaque global ID." })
  get globalId(): string {
    return toGlobalId("VisitPlan", this.id);
  }
}

/** One rep's working day in a plan. */
@Entity({ tableName: "visit_plan_day" })
@Unique({ properties: ["plan", "week", "weekday", "rep"] })
export class VisitPlanDay {
  @PrimaryKey({ type: "uuid", defaultRaw: "gen_random_uuid()" })
  id: string = randomUUID();

  @ManyToOne({ entity: () => VisitPlan, ref: true, deleteRule: "cascade" })
  plan: Ref<VisitPlan>;

  /** 1-based week of the cycle. */
  @Property({ type: "smallint" })
  week: number;

  /** ISO weekday, 1 = Monday. */
  @Property({ type: "smallint" })
  weekday: number;

  @ManyToOne({ entity: () => User, ref: true, index: true, deleteRule: "cascade" })
  rep: Ref<User>;

  @Property({ type: "double" })
  travelMinutes: number;

  /** Travel plus time at customers. */
  @Property({ type: "double" })
  workMinutes: number;

  /** The rep's day less breaks and non-customer work. */
  @Property({ type: "double" })
  availableMinutes: number;
}

/** One customer visit of a plan's day, in route order. */
@Entity({ tableName: "visit_plan_stop" })
@Unique({ properties: ["day", "sequence"] })
export class VisitPlanStop {
  @PrimaryKey({ type: "uuid", defaultRaw: "gen_random_uuid()" })
  id: string = randomUUID();

  @ManyToOne({ entity: () => VisitPlanDay, ref: true, deleteRule: "cascade" })
  day: Ref<VisitPlanDay>;

  /** 1-based position in the route. */
  @Property({ type: "smallint" })
  sequence: number;

  @ManyToOne({ entity: () => Customer, ref: true, index: true, deleteRule: "cascade" })
  customer: Ref<Customer>;

  /** Minutes after the start of the rep's day. */
  @Property({ type: "double" })
  arrivalMinute: number;

  @Property({ type: "double" })
  departureMinute: number;

  /** Travel from the previous stop (or the rep's start). */
  @Property({ type: "double" })
  travelMinutes: number;

  /** Placed by hand (moved); a re-plan with this plan as reference keeps the customer on this day. */
  @Property({ type: "boolean", default: false })
  locked: boolean = false;
}

/** A plan's stop as the API shows it. */
@ObjectType("VisitPlanStop", { description: "One customer visit of a plan's day, in route order." })
export class VisitPlanStopView {
  @Field(() => Int, { description: "1-based position in the route." })
  sequence!: number;

  @Field(() => Customer, { description: "The customer visited." })
  customer!: Customer;

  @Field(() => Float, { description: "Arrival, minutes after the start of the rep's day." })
  arrival!: number;

  @Field(() => Float, { description: "Departure, minutes after the start of the rep's day." })
  departure!: number;

  @Field(() => Float, { description: "Travel from the previous stop or the rep's start, minutes." })
  travelMinutes!: number;

  @Field(() => Boolean, { description: "Placed by hand: a re-plan against this plan keeps the visit on this day." })
  locked!: boolean;
}

/** A rep's day of a plan as the API shows it. */
@ObjectType("VisitPlanDay", { description: "One rep's working day of a plan: the ordered stops and the day's load." })
export class VisitPlanDayView {
  @Field(() => Int, { description: "1-based week of the cycle." })
  week!: number;

  @Field(() => Int, { description: "ISO weekday, 1 = Monday." })
  weekday!: number;

  @Field(() => User, { description: "The rep making the route." })
  rep!: User;

  @Field(() => [VisitPlanStopView], { description: "Customer visits in route order." })
  stops!: VisitPlanStopView[];

  @Field(() => Float, { description: "Travel on the day, minutes." })
  travelMinutes!: number;

  @Field(() => Float, { description: "Travel plus time at customers, minutes." })
  workMinutes!: number;

  @Field(() => Float, { description: "The rep's working time for customers and travel, minutes." })
  availableMinutes!: number;
}
