import type { EntityManager } from "@mikro-orm/postgresql";
import type { Scope } from "../auth/scope.ts";
import { DomainError } from "../shared/domain-error.ts";
import { databaseNow } from "../shared/entity-clock.ts";
import { Contact } from "./contact.entity.ts";
import { Customer } from "./customer.entity.ts";
import type { AddContactInput, ContactFields, RemoveCustomerPartInput, UpdateContactInput } from "./customer-sections.input.ts";
import { InputProblems } from "./customer-validation.ts";
import { commitSectionWrite, decodeIdInto, lockCustomerForSection, requireSensitiveAccess, throwProblems } from "./customer-section-write.ts";

/** Fields as given: omitted (undefined) or null (cleared). */
type Changes<Fields> = { [Name in keyof Fields]?: Fields[Name] | null };

/** A contact write's result: the contact (null after removal) and its customer at its new version. */
export interface ContactWrite {
  contact: Contact | null;
  customer: Customer;
}

const personalFields = ["phone", "birthday", "interests"] as const;

type ContactValues = Partial<Pick<Contact, "name" | "tier" | "title" | "phone" | "email" | "birthday" | "interests">>;

function contactValues(problems: InputProblems, input: Changes<ContactFields>, today: string, prefix: string): ContactValues {
  const values: ContactValues = {};
  for (const required of ["name", "tier"] as const) {
    if (input[required] === null) problems.add(`${prefix}${required}`, `${required} cannot be removed (null)`);
  }
  if (input.name != null) values.name = problems.requiredText(`${prefix}name`, input.name, 200);
  if (input.tier != null) values.tier = input.tier;
  if (input.title !== undefined) values.title = problems.optionalText(`${prefix}title`, input.title, 200);
  if (input.phone !== undefined) values.phone = problems.optionalText(`${prefix}phone`, input.phone, 64);
  if (input.email !== undefined) {
    values.email = problems.optionalText(`${prefix}email`, input.email, 320);
    if (values.email && !/^[^\s@]+@[^\s@]+$/.test(values.email)) problems.add(`${prefix}email`, `email must look like name@example.com, got "${values.email}"`);
  }
  if (input.birthday !== undefined) {
    values.birthday = input.birthday ?? null;
    if (values.birthday && values.birthday > today) problems.add(`${prefix}birthday`, `birthday must not be in the future (today is ${today}), got ${values.birthday}`);
  }
  if (input.interests !== undefined) values.interests = problems.optionalText(`${prefix}interests`, input.interests, 2000);
  return values;
}

// A new contact's null fields write nothing; on a change, null clears the stored value and so writes it.
function requirePersonalDataAccess(scope: Scope, customer: Customer, input: Changes<ContactFields>, prefix: string[], nullWrites: boolean): void {
  const given = personalFields.filter((field) => (nullWrites ? input[field] !== undefined : input[field] != null));
  if (given.length > 0) requireSensitiveAccess(scope, customer, `contacts' personal data (${given.join(", ")})`, [...prefix, given[0]!]);
}

/** Adds a contact to a visible customer at `expectedVersion`; personal data only from viewers who may read it. */
export async function addContact(em: EntityManager, scope: Scope, input: AddContactInput): Promise<ContactWrite> {
  const problems = new InputProblems();
  const customerId = decodeIdInto(problems, "Customer", input.customerId, "customerId");
  const today = databaseNow(em).toISOString().slice(0, 10);
  const values = contactValues(problems, input.contact, today, "contact.");
  throwProblems(problems);
  return em.transactional(async (transaction) => {
    const tx = transaction as EntityManager;
    const customer = await lockCustomerForSection(tx, scope, customerId!, input.expectedVersion);
    requirePersonalDataAccess(scope, customer, input.contact, ["contact"], false);
    const contact = Object.assign(new Contact(), values);
    contact.customer = tx.getReference(Customer, customer.id, { wrapped: true });
    tx.persist(contact);
    return { contact, customer: await commitSectionWrite(tx, customer, input.expectedVersion) };
  });
}

async function findContact(tx: EntityManager, scope: Scope, globalId: string): Promise<Contact> {
  const problems = new InputProblems();
  const id = decodeIdInto(problems, "Contact", globalId, "id");
  throwProblems(problems);
  const contact = await tx.findOne(Contact, { $and: [{ id }, scope.customerChildWhere<Contact>()] });
  if (!contact) throw new DomainError("NOT_FOUND", `no contact with id ${globalId}`, ["id"]);
  return contact;
}

/** Changes a contact of a visible customer at `expectedVersion`; personal data only from viewers who may read it. */
export async function updateContact(em: EntityManager, scope: Scope, input: UpdateContactInput): Promise<ContactWrite> {
  const problems = new InputProblems();
  const values = contactValues(problems, input, databaseNow(em).toISOString().slice(0, 10), "");
  throwProblems(problems);
  return em.transactional(async (transaction) => {
    const tx = transaction as EntityManager;
    const contact = await findContact(tx, scope, input.id);
    const customer = await lockCustomerForSection(tx, scope, contact.customer.id, input.expectedVersion);
    requirePersonalDataAccess(scope, customer, input, [], true);
    tx.assign(contact, values);
    return { contact, customer: await commitSectionWrite(tx, customer, input.expectedVersion) };
  });
}

/** Removes a contact of a visible customer at `expectedVersion`; one holding personal data only by viewers who may read it. */
export async function removeContact(em: EntityManager, scope: Scope, input: RemoveCustomerPartInput): Promise<ContactWrite> {
  return em.transactional(async (transaction) => {
    const tx = transaction as EntityManager;
    const contact = await findContact(tx, scope, input.id);
    const customer = await lockCustomerForSection(tx, scope, contact.customer.id, input.expectedVersion);
    const held = personalFields.filter((field) => contact[field] != null);
    if (held.length > 0) requireSensitiveAccess(scope, customer, `a contact with personal data (${held.join(", ")})`, ["id"]);
    tx.remove(contact);
    return { contact: null, customer: await commitSectionWrite(tx, customer, input.expectedVersion) };
  });
}
