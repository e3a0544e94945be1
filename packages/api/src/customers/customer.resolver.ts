import { lastCompleteMonth, todayIn } from "@beatplan/domain";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Info, Int, Mutation, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../shared/context.ts";
import { toUserErrors } from "../shared/error-mapping.ts";
import { pageSize } from "../shared/limits.ts";
import { selectedFieldNames } from "../shared/plain-rows.ts";
import { listCustomers } from "./customer-list.ts";
import { ArchiveCustomerInput, CreateCustomerInput, CustomerFilter, CustomerOrder, UpdateCustomerInput } from "./customer.input.ts";
import { archiveCustomer, createCustomer, updateCustomer } from "./customer.service.ts";
import { CustomerConnection, CustomerPayload } from "./customer.types.ts";
import type { Customer } from "./customer.entity.ts";

async function toPayload(write: () => Promise<Customer>): Promise<CustomerPayload> {
  try {
    return { customer: await write(), userErrors: [] };
  } catch (error) {
    return { customer: null, userErrors: toUserErrors(error) };
  }
}

/** Customer archive: the customer list and the customer mutations. */
@Resolver()
export class CustomerResolver {
  @Query(() => CustomerConnection, { description: "Customers the viewer may see, one page at a time (keyset cursors; `first` 1..500)." })
  async customers(
    @Ctx() context: GraphQLContext,
    @Arg("first", () => Int, { nullable: true, defaultValue: pageSize.default, description: `Page size, ${pageSize.min}..${pageSize.max}.` }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor of the item to continue after (`pageInfo.endCursor`)." }) after: string | null,
    @Arg("filter", () => CustomerFilter, { nullable: true, description: "Conditions the customers must meet." }) filter: CustomerFilter | null,
    @Arg("orderBy", () => CustomerOrder, { nullable: true, description: "Order of the list (default: name ascending)." }) orderBy: CustomerOrder | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CustomerConnection> {
    const fields = selectedFieldNames(info, ["edges", "node"]);
    const page = await listCustomers(context.em, context.scope, {
      first: first ?? pageSize.default,
      after,
      filter,
      orderBy,
      lastCompleteMonth: lastCompleteMonth(todayIn(context.now(), "UTC")),
      fields,
      relations: { selection: { territory: fields.has("territory"), responsibleRep: fields.has("responsibleRep") }, loaders: context.loaders },
    });
    return Object.assign(new CustomerConnection(), page);
  }

  @Mutation(() => CustomerPayload, { description: "Creates a customer; input problems come back as userErrors and nothing is written." })
  createCustomer(@Ctx() context: GraphQLContext, @Arg("input", () => CreateCustomerInput) input: CreateCustomerInput): Promise<CustomerPayload> {
    return toPayload(() => createCustomer(context.em, context.scope, input));
  }

  @Mutation(() => CustomerPayload, { description: "Changes a customer if it is still at `expectedVersion` (else a CONFLICT userError)." })
  updateCustomer(@Ctx() context: GraphQLContext, @Arg("input", () => UpdateCustomerInput) input: UpdateCustomerInput): Promise<CustomerPayload> {
    return toPayload(() => updateCustomer(context.em, context.scope, input));
  }

  @Mutation(() => CustomerPayload, { description: "Archives a customer if it is still at `expectedVersion` (else a CONFLICT userError)." })
  archiveCustomer(@Ctx() context: GraphQLContext, @Arg("input", () => ArchiveCustomerInput) input: ArchiveCustomerInput): Promise<CustomerPayload> {
    return toPayload(() => archiveCustomer(context.em, context.scope, input));
  }
}
