import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import type { Ref } from "@mikro-orm/core";
import { randomUUID } from "node:crypto";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Customer } from "../customers/customer.entity.ts";
import { Territory } from "../org/territory.entity.ts";
import { User } from "../org/user.entity.ts";
import { stampNow } from "../shared/entity-clock.ts";
import { toGlobalId } from "../shared/global-id.ts";
import { Node } from "../shared/node.ts";
import { DateScalar } from "../shared/scalars.ts";
import { PlannedVisitStatus } from "./visit-plan-enums.ts";
import { VisitPlan } from "./visit-plan.entity.ts";

/**
 * A visit on a real date, written when a plan is activated: the plan's cycle repeated over the
 * horizon, without the rep's days off. Visits are recorded against these (DONE, MISSED).
 */
@Entity({ tableName: "planned_visit" })
@Index({ properties: ["territory", "date", "rep", "sequence"] })
@ObjectType("PlannedVisit", { implements: Node, description: "A customer visit planned for a date by the territory's active visit plan." })
export class PlannedVisit {
  @PrimaryKey({ type: "uuid", defaultRaw: "gen_random_uuid()" })
  id: string = randomUUID();

  @ManyToOne({ entity: () => VisitPlan, ref: true, index: true, deleteRule: "cascade" })
  plan: Ref<VisitPlan>;

  @ManyToOne({ entity: () => Territory, ref: true, deleteRule: "cascade" })
  territory: Ref<Territory>;

  @ManyToOne({ entity: () => User, ref: true, deleteRule: "cascade" })
  rep: Ref<User>;

  @ManyToOne({ entity: () => Customer, ref: true, deleteRule: "cascade" })
  customer: Ref<Customer>;

  @Property({ type: "date" })
  @Field(() => DateScalar, { description: "The day of the visit." })
  date: string;

  @Property({ type: "smallint" })
  @Field(() => Int, { description: "Position in the rep's route that day, from 1." })
  sequence: number;

  @Enum({ items: () => PlannedVisitStatus })
  @Field(() => PlannedVisitStatus, { description: "PLANNED, DONE or MISSED." })
  status: PlannedVisitStatus = PlannedVisitStatus.PLANNED;

  @Property({ type: "datetime", columnType: "timestamptz", onCreate: stampNow })
  createdAt!: Date;

  @Property({ type: "datetime", columnType: "timestamptz", onCreate: stampNow, onUpdate: stampNow })
  updatedAt!: Date;

  @Field(() => ID, { name: "id", description: "Opaque global ID." })
  get globalId(): string {
    return toGlobalId("PlannedVisit", this.id);
  }
}
