import { Field, ID, InputType, Int } from "type-graphql";
import { CustomerLifecycle } from "./customer-lifecycle.ts";

/** A lifecycle change of a customer, with its reason. */
@InputType("ChangeCustomerLifecycleInput", { description: "A lifecycle change of a customer, with its reason." })
export class ChangeCustomerLifecycleInput {
  @Field(() => ID, { description: "The customer (global ID)." })
  customerId: string;

  @Field(() => Int, { description: "The customer's `version` you last read (CONFLICT when it changed since)." })
  expectedVersion: number;

  @Field(() => CustomerLifecycle, { description: "The new status; must be one of the customer's `lifecycleChoices`." })
  lifecycle: CustomerLifecycle;

  @Field(() => String, { description: "Why, 1..500 characters; kept in the lifecycle history." })
  reason: string;
}
