import type { Ref } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import DataLoader from "dataloader";
import type { Scope } from "../auth/scope.ts";
import { manyPer, onePer } from "../shared/batch.ts";
import { plainInstance } from "../shared/plain-rows.ts";
import { executeSql } from "../shared/sql.ts";
import { Contact } from "./contact.entity.ts";
import { CreditProfile } from "./credit-profile.entity.ts";
import { Customer } from "./customer.entity.ts";
import { OperatingProfile } from "./operating-profile.entity.ts";
import { Store } from "./store.entity.ts";

/** Per-request loaders of customers and their archive parts. */
export interface CustomerLoaders {
  /** Only customers the scope lets the viewer see; others load as null. */
  customerById: DataLoader<string, Customer | null>;
  storesByCustomerId: DataLoader<string, Store[]>;
  contactsByCustomerId: DataLoader<string, Contact[]>;
  creditProfileByCustomerId: DataLoader<string, CreditProfile | null>;
  operatingProfileByCustomerId: DataLoader<string, OperatingProfile | null>;
}

/** Creates fresh loaders bound to the request's EntityManager and scope. */
export function createCustomerLoaders(em: EntityManager, scope: Scope): CustomerLoaders {
  return {
    customerById: new DataLoader(async (ids) => {
      const customers = await em.find(Customer, { $and: [{ id: { $in: [...ids] } }, scope.customerWhere()] });
      return onePer(ids, customers, (customer) => customer.id);
    }),
    storesByCustomerId: new DataLoader(async (customerIds) => {
      const stores = await em.find(Store, { customer: { $in: [...customerIds] } }, { orderBy: { code: "asc" } });
      return manyPer(customerIds, stores, (store) => store.customer.id);
    }),
    // Plain objects (see shared/plain-rows.ts): the contact's customer is an id-only reference.
    contactsByCustomerId: new DataLoader(async (customerIds) => {
      const rows = await executeSql<Record<string, unknown> & { customer_id: string }>(
        em,
        `select id, customer_id, name, title, phone, email, to_char(birthday, 'YYYY-MM-DD') as birthday, interests, tier
         from contact where customer_id = any($1::uuid[]) order by tier, name`,
        [customerIds],
      );
      const contacts = rows.map(({ customer_id: customerId, ...values }) => plainInstance(Contact, { ...values, customer: { id: customerId } as Ref<Customer> }));
      return manyPer(customerIds, contacts, (contact) => contact.customer.id);
    }),
    creditProfileByCustomerId: new DataLoader(async (customerIds) => {
      const profiles = await em.find(CreditProfile, { customer: { $in: [...customerIds] } });
      return onePer(customerIds, profiles, (profile) => profile.customer.id);
    }),
    operatingProfileByCustomerId: new DataLoader(async (customerIds) => {
      const profiles = await em.find(OperatingProfile, { customer: { $in: [...customerIds] } });
      return onePer(customerIds, profiles, (profile) => profile.customer.id);
    }),
  };
}

declare module "../shared/context.ts" {
  interface Loaders {
    customers: CustomerLoaders;
  }
}
