import type { FeatureManifest } from "../shared/feature.ts";
import { Contact } from "./contact.entity.ts";
import { CreditProfile } from "./credit-profile.entity.ts";
import { selectedFieldNames } from "../shared/plain-rows.ts";
import { CustomerFieldsResolver } from "./customer-fields.resolver.ts";
import { joinSelectionOf, readCustomerWithRelations } from "./customer-joins.ts";
import { Customer } from "./customer.entity.ts";
import { createCustomerLoaders } from "./customer.loaders.ts";
import { CustomerResolver } from "./customer.resolver.ts";
import { CustomerSectionsResolver } from "./customer-sections.resolver.ts";
import { OperatingProfile } from "./operating-profile.entity.ts";
import { Store } from "./store.entity.ts";
import { lapseCheckJob } from "./lapse-check.job.ts";
import { CustomerLifecycleChange } from "./lifecycle-change.entity.ts";
import { createLifecycleLoaders, CustomerLifecycleResolver } from "./lifecycle.resolver.ts";

declare module "../shared/global-id.ts" {
  interface NodeTypes {
    Customer: Customer;
    Store: Store;
    Contact: Contact;
  }
}

/** The customer archive: customers, their stores, contacts, credit and operating profiles. */
export const customersFeature: FeatureManifest = {
  name: "customers",
  entities: [Customer, Store, Contact, CreditProfile, OperatingProfile, CustomerLifecycleChange],
  resolvers: [CustomerResolver, CustomerFieldsResolver, CustomerSectionsResolver, CustomerLifecycleResolver],
  loaders: ({ em, scope }) => ({ customers: createCustomerLoaders(em, scope), lifecycle: createLifecycleLoaders(em) }),
  jobs: [lapseCheckJob],
  rootFieldAccess: {
    customers: "ADMIN all; MANAGER/REP customers of their territories; totalCount counts only those",
    createCustomer: "ADMIN anywhere; MANAGER in their territories; REP FORBIDDEN",
    updateCustomer: "ADMIN all; MANAGER customers of their territories (moves only into them); REP basic data of visible customers, not territory or responsible rep; others NOT_FOUND",
    archiveCustomer: "ADMIN all; MANAGER customers of their territories; REP FORBIDDEN; others NOT_FOUND",
    addContact: "ADMIN all; MANAGER/REP contacts of visible customers; personal data (phone, birthday, interests) only ADMIN, the territory's managers and the responsible rep, else FORBIDDEN; others NOT_FOUND",
    updateContact: "as addContact",
    removeContact: "as addContact; a contact holding personal data only by those who may read it",
    addStore: "ADMIN all; MANAGER/REP stores of visible customers; others NOT_FOUND",
    updateStore: "as addStore",
    removeStore: "as addStore",
    setCreditProfile: "ADMIN all; MANAGER customers of their territories; REP only customers they are responsible for, else FORBIDDEN; API tokens with role REP FORBIDDEN; others NOT_FOUND",
    setOperatingProfile: "ADMIN all; MANAGER/REP visible customers; others NOT_FOUND",
    changeCustomerLifecycle: "ADMIN all; MANAGER/REP visible customers, along the allowed transitions; others NOT_FOUND",
  },
  nodes: {
    // One statement for the customer and the to-one relations the query selects.
    Customer: (uuid, context, info) =>
      info ? readCustomerWithRelations(context, uuid, joinSelectionOf(selectedFieldNames(info, []), selectedFieldNames(info, ["territory"]))) : context.loaders.customers.customerById.load(uuid),
    // Stores and contacts are visible only through a visible customer.
    Store: (uuid, { loaders }) => loaders.customers.storeById.load(uuid),
    Contact: (uuid, { loaders }) => loaders.customers.contactById.load(uuid),
  },
};
