import { Field, Int, ObjectType } from "type-graphql";
import { DateScalar, DecimalScalar } from "../shared/scalars.ts";

/** A store's share of a revision's sales target. */
@ObjectType("StoreTargetLine", { description: "A store's share of the monthly sales target." })
export class StoreTargetLine {
  storeId: string;

  @Field(() => String, { description: "Store code when the revision was written." })
  storeCode: string;

  @Field(() => DecimalScalar, { description: "Target volume (units) of the store." })
  volume: string;

  @Field(() => DecimalScalar, { description: "Target amount (money) of the store." })
  amount: string;
}

/** A new-product launch planned with the customer. */
@ObjectType("ProductLaunchLine", { description: "A new-product launch planned with the customer." })
export class ProductLaunchLine {
  productId: string;

  @Field(() => String, { description: "Product code when the revision was written." })
  productCode: string;

  @Field(() => DateScalar, { description: "Launch date, inside the plan month." })
  launchDate: string;

  @Field(() => DecimalScalar, { description: "Units of the first order." })
  firstOrderQuantity: string;

  @Field(() => Int, { description: "Number of the customer's stores that should list the product." })
  targetStores: number;

  @Field(() => Boolean, { description: "Whether display and point-of-sale materials are ready." })
  materialsReady: boolean;

  @Field(() => Boolean, { description: "Whether promoters are arranged and trained." })
  promoterReady: boolean;
}

/** A promotion planned with the customer. */
@ObjectType("PromotionLine", { description: "A promotion planned with the customer." })
export class PromotionLine {
  @Field(() => String, { description: "Kind of promotion, e.g. \"price cut\" or \"display\"." })
  type: string;

  @Field(() => DateScalar, { description: "First day, inside the plan month." })
  startDate: string;

  @Field(() => DateScalar, { description: "Last day, inside the plan month." })
  endDate: string;

  @Field(() => DecimalScalar, { description: "Money the company spends on it; counts against the rep's authority limit." })
  budget: string;

  @Field(() => DecimalScalar, { description: "Expected sales uplift in percent." })
  expectedUplift: string;
}

/** Actual sales of one store. */
@ObjectType("StoreActualLine", { description: "Actual sales of one store to date." })
export class StoreActualLine {
  storeId: string;

  @Field(() => String, { description: "Store code." })
  storeCode: string;

  @Field(() => DecimalScalar, { description: "Actual volume (units) to date." })
  actualVolume: string;

  @Field(() => DecimalScalar, { description: "Actual amount (money) to date." })
  actualAmount: string;
}

/** One store's result in the monthly business review: actual against the confirmed target. */
@ObjectType("StoreReviewLine", { description: "One store's result in the monthly review: actual against target." })
export class StoreReviewLine extends StoreActualLine {
  @Field(() => DecimalScalar, { description: "Target volume of the store in the reviewed revision." })
  targetVolume: string;

  @Field(() => DecimalScalar, { description: "Target amount of the store in the reviewed revision." })
  targetAmount: string;
}
