import { Field, Float, Int, ObjectType } from "type-graphql";
import { Customer } from "../customers/customer.entity.ts";
import { User } from "../org/user.entity.ts";

/** A day over its rep's working time. */
@ObjectType("VisitPlanOverloadedDay", { description: "A rep's day that needs more minutes than the rep has." })
export class OverloadedDayView {
  @Field(() => Int, { description: "1-based week of the cycle." })
  week!: number;

  @Field(() => Int, { description: "ISO weekday, 1 = Monday." })
  weekday!: number;

  @Field(() => User, { nullable: true, description: "The rep; null if you may not see them." })
  rep!: User | null;

  @Field(() => Float, { description: "Travel and visits the day holds, minutes." })
  requiredMinutes!: number;

  @Field(() => Float, { description: "The rep's minutes for travel and visits that day." })
  availableMinutes!: number;

  @Field(() => Float, { description: "How far the day is over, minutes." })
  overMinutes!: number;
}

/** A visit that did not fit. */
@ObjectType("VisitPlanUnplacedVisit", { description: "A visit the days could not hold within the working time." })
export class UnplacedVisitView {
  @Field(() => Customer, { nullable: true, description: "The customer; null if you may no longer see them." })
  customer!: Customer | null;

  @Field(() => Int, { description: "1-based week of the cycle." })
  week!: number;

  @Field(() => Int, { description: "ISO weekday, 1 = Monday." })
  weekday!: number;
}

/** Why a plan does not fit, for a manager. */
@ObjectType("VisitPlanDiagnosis", { description: "Why a plan does not fit the working time, and what to change." })
export class VisitPlanDiagnosisView {
  @Field(() => String, { description: "The diagnosis in one paragraph." })
  summary!: string;

  @Field(() => [OverloadedDayView], { description: "Days over the working time, by week and weekday." })
  overloadedDays!: OverloadedDayView[];

  @Field(() => [UnplacedVisitView], { description: "Visits to drop for every day to fit: the work the days cannot hold." })
  unplacedVisits!: UnplacedVisitView[];

  @Field(() => Float, { description: "Visits and travel of the whole cycle, minutes." })
  requiredMinutes!: number;

  @Field(() => Float, { nullable: true, description: "The reps' minutes for travel and visits over the cycle; null when some day has no limit." })
  availableMinutes!: number | null;

  @Field(() => [String], { description: "What to change: fewer visits for a class, longer days, another rep, or spreading the work." })
  suggestions!: string[];
}
