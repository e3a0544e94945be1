import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { GraphQLContext } from "../shared/context.ts";
import { toUserErrors } from "../shared/error-mapping.ts";
import { addContact, removeContact, updateContact } from "./contact-writes.ts";
import type { Customer } from "./customer.entity.ts";
import { AddContactInput, AddStoreInput, RemoveCustomerPartInput, SetCreditProfileInput, SetOperatingProfileInput, UpdateContactInput, UpdateStoreInput } from "./customer-sections.input.ts";
import { ContactPayload, StorePayload } from "./customer-sections.types.ts";
import { CustomerPayload } from "./customer.types.ts";
import { setCreditProfile, setOperatingProfile } from "./profile-writes.ts";
import { addStore, removeStore, updateStore } from "./store-writes.ts";

async function payloadOf<Written extends object, Payload>(write: () => Promise<Written>, failed: Payload): Promise<Written & { userErrors: [] } | Payload> {
  try {
    return { ...(await write()), userErrors: [] };
  } catch (error) {
    return { ...failed, userErrors: toUserErrors(error) };
  }
}

const noContact = { contact: null, customer: null };
const noStore = { store: null, customer: null };

/** Mutations of a customer's sections: contacts, stores, credit and operating profile. Each increases the customer's version. */
@Resolver()
export class CustomerSectionsResolver {
  @Mutation(() => ContactPayload, { description: "Adds a contact to a customer still at `expectedVersion`; personal data (phone, birthday, interests) only from viewers who may read it." })
  addContact(@Ctx() context: GraphQLContext, @Arg("input", () => AddContactInput) input: AddContactInput): Promise<ContactPayload> {
    return payloadOf(() => addContact(context.em, context.scope, input), noContact) as Promise<ContactPayload>;
  }

  @Mutation(() => ContactPayload, { description: "Changes a contact if its customer is still at `expectedVersion`; personal data only from viewers who may read it." })
  updateContact(@Ctx() context: GraphQLContext, @Arg("input", () => UpdateContactInput) input: UpdateContactInput): Promise<ContactPayload> {
    return payloadOf(() => updateContact(context.em, context.scope, input), noContact) as Promise<ContactPayload>;
  }

  @Mutation(() => ContactPayload, { description: "Removes a contact if its customer is still at `expectedVersion`; a contact holding personal data only by viewers who may read it." })
  removeContact(@Ctx() context: GraphQLContext, @Arg("input", () => RemoveCustomerPartInput) input: RemoveCustomerPartInput): Promise<ContactPayload> {
    return payloadOf(() => removeContact(context.em, context.scope, input), noContact) as Promise<ContactPayload>;
  }

  @Mutation(() => StorePayload, { description: "Adds a store to a customer still at `expectedVersion`." })
  addStore(@Ctx() context: GraphQLContext, @Arg("input", () => AddStoreInput) input: AddStoreInput): Promise<StorePayload> {
    return payloadOf(() => addStore(context.em, context.scope, input), noStore) as Promise<StorePayload>;
  }

  @Mutation(() => StorePayload, { description: "Changes a store if its customer is still at `expectedVersion`." })
  updateStore(@Ctx() context: GraphQLContext, @Arg("input", () => UpdateStoreInput) input: UpdateStoreInput): Promise<StorePayload> {
    return payloadOf(() => updateStore(context.em, context.scope, input), noStore) as Promise<StorePayload>;
  }

  @Mutation(() => StorePayload, { description: "Removes a store if its customer is still at `expectedVersion`." })
  removeStore(@Ctx() context: GraphQLContext, @Arg("input", () => RemoveCustomerPartInput) input: RemoveCustomerPartInput): Promise<StorePayload> {
    return payloadOf(() => removeStore(context.em, context.scope, input), noStore) as Promise<StorePayload>;
  }

  @Mutation(() => CustomerPayload, { description: "Replaces a customer's credit profile if it is still at `expectedVersion`; only admins, the territory's managers and the responsible rep may." })
  setCreditProfile(@Ctx() context: GraphQLContext, @Arg("input", () => SetCreditProfileInput) input: SetCreditProfileInput): Promise<CustomerPayload> {
    return payloadOf(async () => ({ customer: await setCreditProfile(context.em, context.scope, input) as Customer }), { customer: null }) as Promise<CustomerPayload>;
  }

  @Mutation(() => CustomerPayload, { description: "Replaces a customer's operating profile if it is still at `expectedVersion`." })
  setOperatingProfile(@Ctx() context: GraphQLContext, @Arg("input", () => SetOperatingProfileInput) input: SetOperatingProfileInput): Promise<CustomerPayload> {
    return payloadOf(async () => ({ customer: await setOperatingProfile(context.em, context.scope, input) as Customer }), { customer: null }) as Promise<CustomerPayload>;
  }
}
