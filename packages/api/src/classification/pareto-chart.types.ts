import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { CustomerClass } from "../customers/customer-enums.ts";
import { DateScalar, DecimalScalar, MonthScalar } from "../shared/scalars.ts";
import { ParetoShares } from "./classification.types.ts";

/** A Pareto boundary. */
@ObjectType("ParetoBoundary", { description: "Where a class ends on the Pareto chart." })
export class ParetoBoundary {
  @Field(() => CustomerClass, { name: "class", description: "The class that ends here." })
  customerClass: CustomerClass;

  @Field(() => Float, { description: "Cumulative share at which the class ends, 0..1 (e.g. 0.4 for A under 40/40/20)." })
  cumulativeShare: number;

  @Field(() => Int, { description: "Customers in the class." })
  count: number;

  @Field(() => Int, { nullable: true, description: "Rank of the class's last customer; null when the class is empty." })
  lastRank: number | null;
}

/** A bar of the Pareto chart. */
@ObjectType("ParetoPoint", { description: "One customer on the Pareto chart.", simpleResolvers: true })
export class ParetoPoint {
  @Field(() => Int, { description: "Rank by volume, 1 = largest." })
  rank: number;

  @Field(() => ID, { description: "The customer (global ID)." })
  customerId: string;

  @Field(() => String, { description: "Customer code." })
  code: string;

  @Field(() => String, { description: "Customer name." })
  name: string;

  @Field(() => DecimalScalar, { description: "Average monthly volume over the period." })
  volume: string;

  @Field(() => Float, { description: "Share of the scope's volume, 0..1." })
  share: number;

  @Field(() => Float, { description: "Running share including this customer, 0..1." })
  cumulativeShare: number;

  @Field(() => CustomerClass, { nullable: true, description: "The customer's current class; null when never classified." })
  currentClass: CustomerClass | null;

  @Field(() => CustomerClass, { description: "The class the Pareto boundaries give." })
  paretoClass: CustomerClass;
}

/** Consecutive customers of the chart's tail drawn as one bar. */
@ObjectType("ParetoBucket", { description: "Consecutive customers of the Pareto chart's tail drawn as one bar; all of them have the same Pareto class.", simpleResolvers: true })
export class ParetoBucket {
  @Field(() => Int, { description: "Rank of the bucket's first customer." })
  firstRank: number;

  @Field(() => Int, { description: "Rank of the bucket's last customer." })
  lastRank: number;

  @Field(() => Int, { description: "Customers in the bucket." })
  customerCount: number;

  @Field(() => DecimalScalar, { description: "Sum of their average monthly volumes." })
  volume: string;

  @Field(() => Float, { description: "Their share of the scope's volume, 0..1." })
  share: number;

  @Field(() => Float, { description: "Running share including the bucket's last customer, 0..1 (exact, as for a point)." })
  cumulativeShare: number;

  @Field(() => CustomerClass, { description: "The class the Pareto boundaries give its customers." })
  paretoClass: CustomerClass;
}

/** The Pareto chart of a territory. */
@ObjectType("ParetoChart", { description: "Customers by volume with the running share and the class boundaries (the chart managers draw by hand)." })
export class ParetoChart {
  @Field(() => DateScalar, { description: "The date the chart is made for." })
  asOf: string;

  @Field(() => MonthScalar, { description: "First month averaged." })
  firstMonth: string;

  @Field(() => MonthScalar, { description: "Last month averaged." })
  lastMonth: string;

  @Field(() => ParetoShares, { description: "The shares the boundaries are drawn at (the policy's, or 40/40/20 when it uses another method)." })
  shares: ParetoShares;

  @Field(() => DecimalScalar, { description: "Sum of the average monthly volumes." })
  totalVolume: string;

  @Field(() => Int, { description: "Active customers in the scope." })
  customerCount: number;

  @Field(() => [ParetoPoint], { description: "The largest customers one by one, by rank: every customer when they fit in `maxPoints`." })
  points: ParetoPoint[];

  @Field(() => [ParetoBucket], { description: "The customers after `points`, grouped into consecutive rank ranges (none of which spans a class boundary); empty when every customer is a point." })
  buckets: ParetoBucket[];

  @Field(() => [ParetoBoundary], { description: "One boundary per class, from A down." })
  boundaries: ParetoBoundary[];
}

