import { Field, ObjectType } from "type-graphql";
import { UserError } from "../shared/error-mapping.ts";
import { Contact } from "./contact.entity.ts";
import { Customer } from "./customer.entity.ts";
import { Store } from "./store.entity.ts";

/** Result of a contact mutation. */
@ObjectType("ContactPayload", { description: "Result of a contact mutation: the contact and its customer at the new version, or what was wrong." })
export class ContactPayload {
  @Field(() => Contact, { nullable: true, description: "The contact as stored; null after removal and when userErrors is not empty." })
  contact: Contact | null;

  @Field(() => Customer, { nullable: true, description: "The contact's customer at its new version; null when userErrors is not empty." })
  customer: Customer | null;

  @Field(() => [UserError], { description: "Problems with the input; empty on success. When not empty, nothing was written." })
  userErrors: UserError[];
}

/** Result of a store mutation. */
@ObjectType("StorePayload", { description: "Result of a store mutation: the store and its customer at the new version, or what was wrong." })
export class StorePayload {
  @Field(() => Store, { nullable: true, description: "The store as stored; null after removal and when userErrors is not empty." })
  store: Store | null;

  @Field(() => Customer, { nullable: true, description: "The store's customer at its new version; null when userErrors is not empty." })
  customer: Customer | null;

  @Field(() => [UserError], { description: "Problems with the input; empty on success. When not empty, nothing was written." })
  userErrors: UserError[];
}
