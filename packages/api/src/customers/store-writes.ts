import type { EntityManager } from "@mikro-orm/postgresql";
import type { Scope } from "../auth/scope.ts";
import { DomainError } from "../shared/domain-error.ts";
import { Customer } from "./customer.entity.ts";
import type { AddStoreInput, RemoveCustomerPartInput, StoreFields, UpdateStoreInput } from "./customer-sections.input.ts";
import { InputProblems } from "./customer-validation.ts";
import { commitSectionWrite, decodeIdInto, lockCustomerForSection, throwProblems } from "./customer-section-write.ts";
import { Store } from "./store.entity.ts";

/** Fields as given: omitted (undefined) or null (cleared). */
type Changes<Fields> = { [Name in keyof Fields]?: Fields[Name] | null };

/** A store write's result: the store (null after removal) and its customer at its new version. */
export interface StoreWrite {
  store: Store | null;
  customer: Customer;
}

type StoreValues = Partial<Pick<Store, "code" | "name" | "address" | "latitude" | "longitude">>;

function storeValues(problems: InputProblems, input: Changes<StoreFields>, prefix: string): StoreValues {
  const values: StoreValues = {};
  for (const required of ["code", "name"] as const) {
    if (input[required] === null) problems.add(`${prefix}${required}`, `${required} cannot be removed (null)`);
  }
  if (input.code != null) values.code = problems.requiredText(`${prefix}code`, input.code, 32);
  if (input.name != null) values.name = problems.requiredText(`${prefix}name`, input.name, 200);
  if (input.address !== undefined) values.address = problems.optionalText(`${prefix}address`, input.address, 2000);
  if (input.latitude !== undefined) values.latitude = problems.optionalRange(`${prefix}latitude`, input.latitude, -90, 90);
  if (input.longitude !== undefined) values.longitude = problems.optionalRange(`${prefix}longitude`, input.longitude, -180, 180);
  return values;
}

function duplicateCode(customer: Customer, code: string, field: string[]): DomainError {
  return new DomainError("DUPLICATE", `store code "${code}" is already used by another store of customer ${customer.code}`, field);
}

async function ensureStoreCodeFree(tx: EntityManager, customer: Customer, code: string, field: string[], exceptId?: string): Promise<void> {
  const holder = await tx.findOne(Store, { customer: customer.id, code }, { fields: ["id"] });
  if (holder && holder.id !== exceptId) throw duplicateCode(customer, code, field);
}

/** Adds a store to a visible customer at `expectedVersion`. */
export async function addStore(em: EntityManager, scope: Scope, input: AddStoreInput): Promise<StoreWrite> {
  const problems = new InputProblems();
  const customerId = decodeIdInto(problems, "Customer", input.customerId, "customerId");
  const values = storeValues(problems, input.store, "store.");
  throwProblems(problems);
  return em.transactional(async (transaction) => {
    const tx = transaction as EntityManager;
    const customer = await lockCustomerForSection(tx, scope, customerId!, input.expectedVersion);
    await ensureStoreCodeFree(tx, customer, values.code!, ["store", "code"]);
    const store = Object.assign(new Store(), values);
    store.customer = tx.getReference(Customer, customer.id, { wrapped: true });
    tx.persist(store);
    return { store, customer: await commitSectionWrite(tx, customer, input.expectedVersion, () => duplicateCode(customer, values.code!, ["store", "code"])) };
  });
}

async function findStore(tx: EntityManager, scope: Scope, globalId: string): Promise<Store> {
  const problems = new InputProblems();
  const id = decodeIdInto(problems, "Store", globalId, "id");
  throwProblems(problems);
  const store = await tx.findOne(Store, { $and: [{ id }, scope.customerChildWhere<Store>()] });
  if (!store) throw new DomainError("NOT_FOUND", `no store with id ${globalId}`, ["id"]);
  return store;
}

/** Changes a store of a visible customer at `expectedVersion`. */
export async function updateStore(em: EntityManager, scope: Scope, input: UpdateStoreInput): Promise<StoreWrite> {
  const problems = new InputProblems();
  const values = storeValues(problems, input, "");
  throwProblems(problems);
  return em.transactional(async (transaction) => {
    const tx = transaction as EntityManager;
    const store = await findStore(tx, scope, input.id);
    const customer = await lockCustomerForSection(tx, scope, store.customer.id, input.expectedVersion);
    if (values.code && values.code !== store.code) await ensureStoreCodeFree(tx, customer, values.code, ["code"], store.id);
    tx.assign(store, values);
    return { store, customer: await commitSectionWrite(tx, customer, input.expectedVersion, () => duplicateCode(customer, values.code ?? store.code, ["code"])) };
  });
}

/** Removes a store of a visible customer at `expectedVersion`. */
export async function removeStore(em: EntityManager, scope: Scope, input: RemoveCustomerPartInput): Promise<StoreWrite> {
  return em.transactional(async (transaction) => {
    const tx = transaction as EntityManager;
    const store = await findStore(tx, scope, input.id);
    const customer = await lockCustomerForSection(tx, scope, store.customer.id, input.expectedVersion);
    tx.remove(store);
    return { store: null, customer: await commitSectionWrite(tx, customer, input.expectedVersion) };
  });
}
