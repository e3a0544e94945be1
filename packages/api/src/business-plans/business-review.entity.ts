import { randomUUID } from "node:crypto";
import type { Ref } from "@mikro-orm/core";
import { Entity, ManyToOne, OneToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { Field, Int, ObjectType } from "type-graphql";
import { DateTimeScalar, DecimalScalar } from "../shared/scalars.ts";
import { User } from "../org/user.entity.ts";
import { BusinessPlan } from "./business-plan.entity.ts";
import { StoreReviewLine } from "./business-plan-lines.ts";
import { stampNow } from "../shared/entity-clock.ts";

/** Stored form of one store's review line. */
export interface StoredStoreReview {
  storeId: string;
  storeCode: string;
  targetVolume: string;
  targetAmount: string;
  actualVolume: string;
  actualAmount: string;
}

/** The monthly business review (客代10) written when a plan is closed. */
@Entity({ tableName: "business_plan_review" })
@ObjectType("BusinessReview", { description: "The monthly business review (客代10) of a closed plan: actual against target, in-store performance, competitors, opportunities." })
export class BusinessReview {
  @PrimaryKey({ type: "uuid", defaultRaw: "gen_random_uuid()" })
  id: string = randomUUID();

  // One review per plan; the unique constraint also indexes the foreign key.
  @OneToOne({ entity: () => BusinessPlan, ref: true, owner: true, unique: "business_plan_review_plan_unique", deleteRule: "cascade" })
  plan: Ref<BusinessPlan>;

  @Property({ type: "integer" })
  @Field(() => Int, { description: "The revision whose targets were reviewed." })
  revisionNumber: number;

  @Property({ type: "decimal", precision: 16, scale: 3 })
  @Field(() => DecimalScalar, { description: "Target volume of the reviewed revision." })
  targetVolume: string;

  @Property({ type: "decimal", precision: 16, scale: 2 })
  @Field(() => DecimalScalar, { description: "Target amount of the reviewed revision." })
  targetAmount: string;

  @Property({ type: "decimal", precision: 16, scale: 3 })
  @Field(() => DecimalScalar, { description: "Actual volume of the month." })
  actualVolume: string;

  @Property({ type: "decimal", precision: 16, scale: 2 })
  @Field(() => DecimalScalar, { description: "Actual amount of the month." })
  actualAmount: string;

  @Property({ type: "json" })
  storeLines: StoredStoreReview[] = [];

  @Property({ type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "The month's transactions with the customer, in words." })
  transactions: string | null = null;

  @Property({ type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "In-store performance: display, listing, stock, promoters." })
  inStorePerformance: string | null = null;

  @Property({ type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "What competitors did." })
  competitorNews: string | null = null;

  @Property({ type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "Opportunities for next month; seeds the next plan's notes." })
  opportunities: string | null = null;

  @ManyToOne({ entity: () => User, ref: true, index: true, deleteRule: "restrict" })
  author: Ref<User>;

  @Property({ type: "datetime", columnType: "timestamptz", onCreate: stampNow })
  @Field(() => DateTimeScalar, { description: "When the review was written." })
  createdAt!: Date;

  @Field(() => [StoreReviewLine], { description: "Actual against target per store; empty when the plan is not split by store." })
  get stores(): StoreReviewLine[] {
    return this.storeLines.map((line) => Object.assign(new StoreReviewLine(), line));
  }
}
