import { Field, Int, ObjectType } from "type-graphql";
import { PageInfo } from "../shared/connection.ts";
import { UserError } from "../shared/error-mapping.ts";
import { Customer } from "./customer.entity.ts";

/** A customer and its cursor in a list. */
@ObjectType("CustomerEdge", { description: "A customer and its position in the list." })
export class CustomerEdge {
  @Field(() => String, { description: "Opaque cursor; pass it as `after` to continue after this customer." })
  cursor: string;

  @Field(() => Customer, { description: "The customer." })
  node: Customer;
}

/** One page of customers (Relay connection). */
@ObjectType("CustomerConnection", { description: "One page of customers (Relay connection, keyset cursors)." })
export class CustomerConnection {
  @Field(() => [CustomerEdge], { description: "The customers of this page, in order." })
  edges: CustomerEdge[];

  @Field(() => PageInfo, { description: "Where this page sits in the whole list." })
  pageInfo: PageInfo;

  @Field(() => Int, { description: "Number of customers matching the filter over all pages." })
  totalCount: number;

  // Counts lazily: the COUNT query runs only when totalCount is selected.
  countTotal: () => Promise<number>;
}

/** Result of a customer mutation. */
@ObjectType("CustomerPayload", { description: "Result of a customer mutation: the customer, or what was wrong with the input." })
export class CustomerPayload {
  @Field(() => Customer, { nullable: true, description: "The customer as stored; null when userErrors is not empty." })
  customer: Customer | null;

  @Field(() => [UserError], { description: "Problems with the input; empty on success (then nothing else was written either)." })
  userErrors: UserError[];
}
