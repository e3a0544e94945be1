import { OptimisticLockError, UniqueConstraintViolationException } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Scope } from "../auth/scope.ts";
import { DomainError } from "../shared/domain-error.ts";
import { fromGlobalId } from "../shared/global-id.ts";
import { TerritoryMember } from "../org/territory-member.entity.ts";
import { Territory } from "../org/territory.entity.ts";
import { User } from "../org/user.entity.ts";
import { CustomerStatus } from "./customer-enums.ts";
import { CustomerLifecycle } from "./customer-lifecycle.ts";
import { Customer } from "./customer.entity.ts";
import type { ArchiveCustomerInput, CreateCustomerInput, UpdateCustomerInput } from "./customer.input.ts";
import { InputProblems } from "./customer-validation.ts";
import { decodeIdInto, throwProblems } from "./customer-section-write.ts";

function ensureMayWrite(scope: Scope): void {
  if (!scope.mayWriteCustomers()) throw new DomainError("FORBIDDEN", "you may not change customers");
}

// Territories and users outside the viewer's scope read exactly like unknown ones (NOT_FOUND).
async function resolveReferences(em: EntityManager, scope: Scope, territoryUuid: string | undefined, repUuid: string | null | undefined): Promise<{ territory?: Territory; rep?: User | null }> {
  const problems = new InputProblems();
  const territory = territoryUuid ? await em.findOne(Territory, { $and: [{ id: territoryUuid }, scope.territoryWhere()] }) : undefined;
  if (territoryUuid && !territory) problems.add("territoryId", `territoryId names no territory (${territoryUuid})`, "NOT_FOUND");
  if (territory?.archivedAt) problems.add("territoryId", `territory ${territory.code} is archived and takes no customers`);
  const rep = repUuid ? await findVisibleUser(em, scope, repUuid) : null;
  if (repUuid && !rep) problems.add("responsibleRepId", `responsibleRepId names no user (${repUuid})`, "NOT_FOUND");
  throwProblems(problems);
  return { territory: territory ?? undefined, rep: rep ?? null };
}

async function findVisibleUser(em: EntityManager, scope: Scope, userUuid: string): Promise<User | null> {
  const territoryIds = scope.territoryIds;
  if (territoryIds && userUuid !== scope.viewer?.userId) {
    const membership = await em.findOne(TerritoryMember, { user: userUuid, territory: { $in: [...territoryIds] } });
    if (!membership) return null;
  }
  return em.findOne(User, userUuid);
}

async function ensureCodeFree(em: EntityManager, code: string, exceptId?: string): Promise<void> {
  const holder = await em.findOne(Customer, { code }, { fields: ["id"] });
  if (holder && holder.id !== exceptId) throw new DomainError("DUPLICATE", `code "${code}" is already used by another customer`, ["code"]);
}

async function flushCustomer(em: EntityManager, code: string): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof OptimisticLockError) throw new DomainError("CONFLICT", "the customer was changed by someone else meanwhile; reload it and apply your change again", ["expectedVersion"]);
    // Two concurrent writers can pass ensureCodeFree; the unique index decides.
    if (error instanceof UniqueConstraintViolationException) throw new DomainError("DUPLICATE", `code "${code}" is already used by another customer`, ["code"]);
    throw error;
  }
}

/** Creates a customer after validating every field; all problems are reported together. */
export async function createCustomer(em: EntityManager, scope: Scope, input: CreateCustomerInput): Promise<Customer> {
  ensureMayWrite(scope);
  scope.require(scope.mayManageCustomers(), "create customers");
  const problems = new InputProblems();
  const code = problems.requiredText("code", input.code, 32);
  const name = problems.requiredText("name", input.name, 200);
  const fields = {
    channel: problems.optionalText("channel", input.channel, 100),
    scale: problems.optionalText("scale", input.scale, 100),
    address: problems.optionalText("address", input.address, 2000),
    latitude: problems.optionalRange("latitude", input.latitude, -90, 90),
    longitude: problems.optionalRange("longitude", input.longitude, -180, 180),
    registrationNo: problems.optionalText("registrationNo", input.registrationNo, 64),
    taxNo: problems.optionalText("taxNo", input.taxNo, 64),
    bankAccount: problems.optionalText("bankAccount", input.bankAccount, 64),
  };
  const territoryUuid = decodeIdInto(problems, "Territory", input.territoryId, "territoryId");
  const repUuid = input.responsibleRepId == null ? null : decodeIdInto(problems, "User", input.responsibleRepId, "responsibleRepId");
  throwProblems(problems);
  const { territory, rep } = await resolveReferences(em, scope, territoryUuid, repUuid);
  scope.require(scope.mayPlaceCustomersIn(territory!.id), "create customers");
  await ensureCodeFree(em, code);
  const customer = Object.assign(new Customer(), { code, name, type: input.type, ...fields, status: CustomerStatus.ACTIVE, lifecycle: CustomerLifecycle.NEW });
  customer.territory = em.getReference(Territory, territory!.id, { wrapped: true });
  customer.responsibleRep = rep ? em.getReference(User, rep.id, { wrapped: true }) : null;
  em.persist(customer);
  await flushCustomer(em, code);
  return customer;
}

async function findForWrite(em: EntityManager, scope: Scope, globalId: string, expectedVersion: number): Promise<Customer> {
  const id = fromGlobalId("Customer", globalId, "id");
  const customer = await em.findOne(Customer, { $and: [{ id }, scope.customerWhere()] });
  if (!customer) throw new DomainError("NOT_FOUND", `no customer with id ${globalId}`, ["id"]);
  if (customer.version !== expectedVersion) {
    throw new DomainError("CONFLICT", `customer ${customer.code} is at version ${customer.version}, not the expected ${expectedVersion}; reload it and apply your change again`, ["expectedVersion"]);
  }
  return customer;
}

/** Applies the given changes when the customer is still at `expectedVersion` (else CONFLICT). */
export async function updateCustomer(em: EntityManager, scope: Scope, input: UpdateCustomerInput): Promise<Customer> {
  ensureMayWrite(scope);
  const customer = await findForWrite(em, scope, input.id, input.expectedVersion);
  const problems = new InputProblems();
  const changes: Partial<Customer> = {};
  for (const required of ["code", "name", "type", "territoryId"] as const) {
    if (input[required] === null) problems.add(required, `${required} cannot be removed (null)`);
  }
  if (input.code != null) changes.code = problems.requiredText("code", input.code, 32);
  if (input.name != null) changes.name = problems.requiredText("name", input.name, 200);
  if (input.type != null) changes.type = input.type;
  if (input.channel !== undefined) changes.channel = problems.optionalText("channel", input.channel, 100);
  if (input.scale !== undefined) changes.scale = problems.optionalText("scale", input.scale, 100);
  if (input.address !== undefined) changes.address = problems.optionalText("address", input.address, 2000);
  if (input.latitude !== undefined) changes.latitude = problems.optionalRange("latitude", input.latitude, -90, 90);
  if (input.longitude !== undefined) changes.longitude = problems.optionalRange("longitude", input.longitude, -180, 180);
  if (input.registrationNo !== undefined) changes.registrationNo = problems.optionalText("registrationNo", input.registrationNo, 64);
  if (input.taxNo !== undefined) changes.taxNo = problems.optionalText("taxNo", input.taxNo, 64);
  if (input.bankAccount !== undefined) changes.bankAccount = problems.optionalText("bankAccount", input.bankAccount, 64);
  const territoryUuid = input.territoryId != null ? decodeIdInto(problems, "Territory", input.territoryId, "territoryId") : undefined;
  const repUuid = input.responsibleRepId === undefined ? undefined : input.responsibleRepId === null ? null : decodeIdInto(problems, "User", input.responsibleRepId, "responsibleRepId");
  throwProblems(problems);
  if (territoryUuid !== undefined || repUuid !== undefined) scope.require(scope.mayManageCustomers(), "move customers or change their responsible rep");
  const { territory, rep } = await resolveReferences(em, scope, territoryUuid, repUuid);
  if (territory) scope.require(scope.mayPlaceCustomersIn(territory.id), "move customers into that territory");
  if (changes.code && changes.code !== customer.code) await ensureCodeFree(em, changes.code, customer.id);
  em.assign(customer, changes);
  if (territory) customer.territory = em.getReference(Territory, territory.id, { wrapped: true });
  if (input.responsibleRepId !== undefined) customer.responsibleRep = rep ? em.getReference(User, rep.id, { wrapped: true }) : null;
  await flushCustomer(em, customer.code);
  return customer;
}

/** Archives the customer when it is still at `expectedVersion` (else CONFLICT); archiving twice is harmless. */
export async function archiveCustomer(em: EntityManager, scope: Scope, input: ArchiveCustomerInput): Promise<Customer> {
  ensureMayWrite(scope);
  scope.require(scope.mayManageCustomers(), "archive customers");
  const customer = await findForWrite(em, scope, input.id, input.expectedVersion);
  customer.status = CustomerStatus.ARCHIVED;
  await flushCustomer(em, customer.code);
  return customer;
}
