import type { EntityManager } from "@mikro-orm/postgresql";
import DataLoader from "dataloader";
import type { Scope } from "../auth/scope.ts";
import { manyPer, onePer } from "../shared/batch.ts";
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
    contactsByCustomerId: new DataLoader(async (customerIds) => {
      const contacts = await em.find(Contact, { customer: { $in: [...customerIds] } }, { orderBy: { tier: "asc", name: "asc" } });
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
