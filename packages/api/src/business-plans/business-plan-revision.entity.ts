import { randomUUID } from "node:crypto";
import type { PlanContent } from "@beatplan/domain";
import type { Ref } from "@mikro-orm/core";
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from "@mikro-orm/decorators/legacy";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { toGlobalId } from "../shared/global-id.ts";
import { Node } from "../shared/node.ts";
import { DateTimeScalar, DecimalScalar } from "../shared/scalars.ts";
import { User } from "../org/user.entity.ts";
import { BusinessPlan } from "./business-plan.entity.ts";
import { ProductLaunchLine, PromotionLine, StoreTargetLine } from "./business-plan-lines.ts";
import { stampNow } from "../shared/entity-clock.ts";

/**
 * One immutable revision of a business plan: a full snapshot of the form, never updated.
 * The snapshot is JSONB (numbers as decimal strings); the totals that lists filter and sum
 * on are also columns.
 */
@Entity({ tableName: "business_plan_revision" })
// Leading column of this unique index also serves the plan foreign key.
@Unique({ name: "business_plan_revision_plan_number_unique", properties: ["plan", "number"] })
@ObjectType("BusinessPlanRevision", { implements: Node, description: "One immutable revision of a business plan: a full snapshot of form 客代09." })
export class BusinessPlanRevision {
  @PrimaryKey({ type: "uuid", defaultRaw: "gen_random_uuid()" })
  id: string = randomUUID();

  @ManyToOne({ entity: () => BusinessPlan, ref: true, deleteRule: "cascade" })
  plan: Ref<BusinessPlan>;

  @Property({ type: "integer" })
  @Field(() => Int, { description: "Revision number within the plan, from 1." })
  number: number;

  @ManyToOne({ entity: () => User, ref: true, index: true, deleteRule: "restrict" })
  author: Ref<User>;

  @Property({ type: "datetime", columnType: "timestamptz", onCreate: stampNow })
  @Field(() => DateTimeScalar, { description: "When the revision was written." })
  createdAt!: Date;

  @Property({ type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "Why this revision was made." })
  changeNote: string | null = null;

  @Property({ type: "decimal", precision: 16, scale: 3 })
  @Field(() => DecimalScalar, { description: "Monthly sales target, volume (units)." })
  targetVolume: string;

  @Property({ type: "decimal", precision: 16, scale: 2 })
  @Field(() => DecimalScalar, { description: "Monthly sales target, amount (money)." })
  targetAmount: string;

  @Property({ type: "decimal", precision: 16, scale: 2 })
  @Field(() => DecimalScalar, { description: "Total promotion budget; beyond the rep's authority limit a manager must approve." })
  promotionBudget: string;

  @Property({ type: "json" })
  content: PlanContent;

  @Field(() => DecimalScalar, { description: "The company's target volume for this customer, which the plan derives from." })
  get companyTargetVolume(): string {
    return this.content.companyTargetVolume;
  }

  @Field(() => DecimalScalar, { description: "The company's target amount for this customer." })
  get companyTargetAmount(): string {
    return this.content.companyTargetAmount;
  }

  @Field(() => DecimalScalar, { description: "Sales forecast, volume." })
  get forecastVolume(): string {
    return this.content.forecastVolume;
  }

  @Field(() => DecimalScalar, { description: "Sales forecast, amount." })
  get forecastAmount(): string {
    return this.content.forecastAmount;
  }

  @Field(() => [StoreTargetLine], { description: "Split of the target over the customer's stores (dealers, chains); adds up to the target; empty when not split." })
  get storeTargets(): StoreTargetLine[] {
    return this.content.storeTargets.map((line) => Object.assign(new StoreTargetLine(), line));
  }

  @Field(() => [ProductLaunchLine], { description: "New-product launches." })
  get launches(): ProductLaunchLine[] {
    return this.content.launches.map((line) => Object.assign(new ProductLaunchLine(), line));
  }

  @Field(() => [PromotionLine], { description: "Promotions." })
  get promotions(): PromotionLine[] {
    return this.content.promotions.map((line) => Object.assign(new PromotionLine(), line));
  }

  @Field(() => String, { nullable: true, description: "What the rep learned about the customer (customer penetration)." })
  get penetrationNotes(): string | null {
    return this.content.penetrationNotes;
  }

  @Field(() => ID, { name: "id", description: "Opaque global ID." })
  get globalId(): string {
    return toGlobalId("BusinessPlanRevision", this.id);
  }
}
