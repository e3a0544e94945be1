import type { Ref } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import DataLoader from "dataloader";
import type { Scope } from "../auth/scope.ts";
import { manyPer, onePer } from "../shared/batch.ts";
import { plainInstance, selectList } from "../shared/plain-rows.ts";
import { executePrepared } from "../shared/sql.ts";
import { Contact } from "./contact.entity.ts";
import { CreditProfile } from "./credit-profile.entity.ts";
import { customerFromRow, customerRowShape } from "./customer-rows.ts";
import type { Customer } from "./customer.entity.ts";
import { OperatingProfile } from "./operating-profile.entity.ts";
import { Store } from "./store.entity.ts";

/** Per-request loaders of customers and their archive parts. */
export interface CustomerLoaders {
  /** Only customers the scope lets the viewer see; others load as null. */
  customerById: DataLoader<string, Customer | null>;
  /** Only stores of visible customers. */
  storeById: DataLoader<string, Store | null>;
  /** Only contacts of visible customers. */
  contactById: DataLoader<string, Contact | null>;
  storesByCustomerId: DataLoader<string, Store[]>;
  contactsByCustomerId: DataLoader<string, Contact[]>;
  creditProfileByCustomerId: DataLoader<string, CreditProfile | null>;
  operatingProfileByCustomerId: DataLoader<string, OperatingProfile | null>;
}

type Row = Record<string, unknown> & { customer_id: string };

/** A plain object of `type` from a row whose `customer_id` becomes an id-only `customer` reference. */
function childOf<Type extends object>(type: abstract new (...args: never[]) => Type, { customer_id: customerId, ...values }: Row): Type {
  return plainInstance(type, { ...values, customer: { id: customerId } as Ref<Customer> } as unknown as Partial<Type>);
}

const storeColumns = "s.id, s.customer_id, s.code, s.name, s.address, s.latitude, s.longitude";
const contactColumns = "k.id, k.customer_id, k.name, k.title, k.phone, k.email, to_char(k.birthday, 'YYYY-MM-DD') as birthday, k.interests, k.tier";

/** The stores with these ids whose customer the scope lets the viewer see, as plain objects. */
export async function readVisibleStores(em: EntityManager, scope: Scope, ids: readonly string[]): Promise<Store[]> {
  const visible = scope.customerCondition("c", 2);
  const rows = await executePrepared<Row>(
    em,
    `select ${storeColumns} from store s join customer c on c.id = s.customer_id where s.id = any($1::uuid[]) and ${visible.sql}`,
    [ids, ...visible.params],
  );
  return rows.map((row) => childOf(Store, row));
}

// Every column of a customer: the by-id loader answers node(id:) and relations, which may ask for any field.
const customerColumns = selectList(customerRowShape, undefined);

/**
 * Creates fresh loaders bound to the request's EntityManager and scope. Every loader reads
 * plain objects (see shared/plain-rows.ts) with one prepared statement per batch, the keys
 * bound as one array parameter; relations are id-only references.
 */
export function createCustomerLoaders(em: EntityManager, scope: Scope): CustomerLoaders {
  return {
    customerById: new DataLoader(async (ids) => {
      const visible = scope.customerCondition("c", 2);
      const rows = await executePrepared<Record<string, unknown>>(em, `select ${customerColumns} from customer c where c.id = any($1::uuid[]) and ${visible.sql}`, [ids, ...visible.params]);
      return onePer(ids, rows.map(customerFromRow), (customer) => customer.id);
    }),
    storeById: new DataLoader(async (ids) => onePer(ids, await readVisibleStores(em, scope, ids), (store) => store.id)),
    contactById: new DataLoader(async (ids) => {
      const visible = scope.customerCondition("c", 2);
      const rows = await executePrepared<Row>(
        em,
        `select ${contactColumns} from contact k join customer c on c.id = k.customer_id where k.id = any($1::uuid[]) and ${visible.sql}`,
        [ids, ...visible.params],
      );
      return onePer(ids, rows.map((row) => childOf(Contact, row)), (contact) => contact.id);
    }),
    storesByCustomerId: new DataLoader(async (customerIds) => {
      const rows = await executePrepared<Row>(em, `select ${storeColumns} from store s where s.customer_id = any($1::uuid[]) order by s.code`, [customerIds]);
      return manyPer(customerIds, rows.map((row) => childOf(Store, row)), (store) => store.customer.id);
    }),
    contactsByCustomerId: new DataLoader(async (customerIds) => {
      const rows = await executePrepared<Row>(
        em,
        `select ${contactColumns} from contact k where k.customer_id = any($1::uuid[]) order by k.tier, k.name`,
        [customerIds],
      );
      return manyPer(customerIds, rows.map((row) => childOf(Contact, row)), (contact) => contact.customer.id);
    }),
    creditProfileByCustomerId: new DataLoader(async (customerIds) => {
      const rows = await executePrepared<Row>(
        em,
        `select customer_id, registered_capital::text as "registeredCapital", years_in_business as "yearsInBusiness", credit_limit::text as "creditLimit",
                credit_term_days as "creditTermDays", settlement_day as "settlementDay", payment_terms as "paymentTerms", bad_credit as "badCredit"
         from credit_profile where customer_id = any($1::uuid[])`,
        [customerIds],
      );
      return onePer(customerIds, rows.map((row) => childOf(CreditProfile, row)), (profile) => profile.customer.id);
    }),
    operatingProfileByCustomerId: new DataLoader(async (customerIds) => {
      const rows = await executePrepared<Row>(
        em,
        `select customer_id, sales_staff as "salesStaff", market_coverage as "marketCoverage", floor_area::text as "floorArea", storage_area::text as "storageArea",
                transport_mode as "transportMode", delivery_addresses as "deliveryAddresses"
         from operating_profile where customer_id = any($1::uuid[])`,
        [customerIds],
      );
      return onePer(customerIds, rows.map((row) => childOf(OperatingProfile, row)), (profile) => profile.customer.id);
    }),
  };
}

declare module "../shared/context.ts" {
  interface Loaders {
    customers: CustomerLoaders;
  }
}
