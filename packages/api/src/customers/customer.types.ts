import { Field, ObjectType } from "type-graphql";
import { connectionTypes } from "../shared/connection.ts";
import { UserError } from "../shared/error-mapping.ts";
import { Customer } from "./customer.entity.ts";

/** One page of customers (Relay connection) and its edges. */
export const { Edge: CustomerEdge, Connection: CustomerConnection } = connectionTypes("Customer", () => Customer, {
  edge: "A customer and its position in the list.",
  cursor: "Opaque cursor; pass it as `after` to continue after this customer.",
  node: "The customer.",
  connection: "One page of customers (Relay connection, keyset cursors).",
  edges: "The customers of this page, in order.",
  pageInfo: "Where this page sits in the whole list.",
  totalCount: "Number of customers matching the filter over all pages.",
});
/** One page of customers. */
export type CustomerConnection = InstanceType<typeof CustomerConnection>;

/** Result of a customer mutation. */
@ObjectType("CustomerPayload", { description: "Result of a customer mutation: the customer, or what was wrong with the input." })
export class CustomerPayload {
  @Field(() => Customer, { nullable: true, description: "The customer as stored; null when userErrors is not empty." })
  customer: Customer | null;

  @Field(() => [UserError], { description: "Problems with the input; empty on success (then nothing else was written either)." })
  userErrors: UserError[];
}
