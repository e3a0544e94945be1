import type { EntityManager } from "@mikro-orm/postgresql";
import DataLoader from "dataloader";
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { manyPer } from "../shared/batch.ts";
import type { GraphQLContext } from "../shared/context.ts";
import { toUserErrors } from "../shared/error-mapping.ts";
import { Customer } from "./customer.entity.ts";
import { CustomerLifecycle, lifecycleTransitions } from "./customer-lifecycle.ts";
import { CustomerPayload } from "./customer.types.ts";
import { CustomerLifecycleChange } from "./lifecycle-change.entity.ts";
import { ChangeCustomerLifecycleInput } from "./lifecycle.input.ts";
import { changeCustomerLifecycle } from "./lifecycle.service.ts";

/** Per-request loader of customers' lifecycle histories, newest first. */
export interface LifecycleLoaders {
  historyByCustomerId: DataLoader<string, CustomerLifecycleChange[]>;
}

/** Creates the lifecycle loaders bound to the request's EntityManager (customers are scoped by whoever reads them). */
export function createLifecycleLoaders(em: EntityManager): LifecycleLoaders {
  return {
    historyByCustomerId: new DataLoader(async (customerIds) => {
      const changes = await em.find(CustomerLifecycleChange, { customer: { $in: [...customerIds] } }, { orderBy: { changedAt: "desc", id: "desc" } });
      return manyPer(customerIds, changes, (change) => change.customer.id);
    }),
  };
}

declare module "../shared/context.ts" {
  interface Loaders {
    lifecycle: LifecycleLoaders;
  }
}

/** The customer lifecycle: its history, the allowed next statuses and the change mutation. */
@Resolver(() => Customer)
export class CustomerLifecycleResolver {
  @FieldResolver(() => [CustomerLifecycleChange], { description: "Changes of the lifecycle status, newest first." })
  lifecycleHistory(@Root() customer: Customer, @Ctx() context: GraphQLContext): Promise<CustomerLifecycleChange[]> {
    return context.loaders.lifecycle.historyByCustomerId.load(customer.id);
  }

  @FieldResolver(() => [CustomerLifecycle], { description: "The statuses `changeCustomerLifecycle` may move this customer to." })
  async lifecycleChoices(@Root() customer: Customer, @Ctx() context: GraphQLContext): Promise<readonly CustomerLifecycle[]> {
    const lifecycle = customer.lifecycle ?? (await context.loaders.customers.customerById.load(customer.id))?.lifecycle;
    return lifecycle ? lifecycleTransitions[lifecycle] : [];
  }

  @Mutation(() => CustomerPayload, { description: "Moves a customer still at `expectedVersion` to another lifecycle status along an allowed transition (else INVALID_TRANSITION), with a reason kept in its history." })
  async changeCustomerLifecycle(@Ctx() context: GraphQLContext, @Arg("input", () => ChangeCustomerLifecycleInput) input: ChangeCustomerLifecycleInput): Promise<CustomerPayload> {
    try {
      return { customer: await changeCustomerLifecycle(context.em, context.scope, input), userErrors: [] };
    } catch (error) {
      return { customer: null, userErrors: toUserErrors(error) };
    }
  }
}
