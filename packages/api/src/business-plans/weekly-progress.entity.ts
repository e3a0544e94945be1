import { randomUUID } from "node:crypto";
import type { Ref } from "@mikro-orm/core";
import { Check, Entity, ManyToOne, PrimaryKey, Property, Unique } from "@mikro-orm/decorators/legacy";
import { Field, Int, ObjectType } from "type-graphql";
import { DateTimeScalar, DecimalScalar } from "../shared/scalars.ts";
import { User } from "../org/user.entity.ts";
import { BusinessPlan } from "./business-plan.entity.ts";
import { StoreActualLine } from "./business-plan-lines.ts";
import { stampNow } from "../shared/entity-clock.ts";

/** Stored form of a store's actuals. */
export interface StoredStoreActual {
  storeId: string;
  storeCode: string;
  actualVolume: string;
  actualAmount: string;
}

/** Actual sales to date at the end of one plan week; recording the same week again replaces it. */
@Entity({ tableName: "business_plan_progress" })
// Leading column of this unique index also serves the plan foreign key.
@Unique({ name: "business_plan_progress_plan_week_unique", properties: ["plan", "week"] })
@Check({ name: "business_plan_progress_non_negative_check", expression: "actual_volume >= 0 and actual_amount >= 0 and week between 1 and 5" })
@ObjectType("WeeklyProgress", { description: "Actual sales to date at the end of one plan week (days 1–7 are week 1, 8–14 week 2, …)." })
export class WeeklyProgress {
  @PrimaryKey({ type: "uuid", defaultRaw: "gen_random_uuid()" })
  id: string = randomUUID();

  @ManyToOne({ entity: () => BusinessPlan, ref: true, deleteRule: "cascade" })
  plan: Ref<BusinessPlan>;

  @Property({ type: "integer" })
  @Field(() => Int, { description: "Plan week, 1..5." })
  week: number;

  @Property({ type: "decimal", precision: 16, scale: 3 })
  @Field(() => DecimalScalar, { description: "Actual volume from the start of the month to the end of the week." })
  actualVolume: string;

  @Property({ type: "decimal", precision: 16, scale: 2 })
  @Field(() => DecimalScalar, { description: "Actual amount from the start of the month to the end of the week." })
  actualAmount: string;

  @Property({ type: "json" })
  storeActuals: StoredStoreActual[] = [];

  @ManyToOne({ entity: () => User, ref: true, index: true, deleteRule: "restrict" })
  recordedBy: Ref<User>;

  @Property({ type: "datetime", columnType: "timestamptz", onCreate: stampNow, onUpdate: stampNow })
  @Field(() => DateTimeScalar, { description: "When the figures were last recorded." })
  recordedAt!: Date;

  @Field(() => [StoreActualLine], { description: "Actuals to date per store; empty when the plan is not split by store." })
  get stores(): StoreActualLine[] {
    return this.storeActuals.map((line) => Object.assign(new StoreActualLine(), line));
  }
}
