import { UniqueConstraintViolationException } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Scope } from "../auth/scope.ts";
import { maySeeSensitiveOf } from "../auth/sensitive-sections.ts";
import { DomainError, DomainErrors } from "../shared/domain-error.ts";
import { databaseNow } from "../shared/entity-clock.ts";
import { fromGlobalId, toGlobalId, type NodeTypeName } from "../shared/global-id.ts";
import { executeSql } from "../shared/sql.ts";
import { Customer } from "./customer.entity.ts";
import type { InputProblems } from "./customer-validation.ts";

/** Decodes a global ID, recording a VALIDATION problem instead of throwing. */
export function decodeIdInto(problems: InputProblems, type: NodeTypeName, globalId: string, field: string): string | undefined {
  try {
    return fromGlobalId(type, globalId, field);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    problems.add(field, error.message);
    return undefined;
  }
}

/** Throws all collected problems at once (nothing has been written yet). */
export function throwProblems(problems: InputProblems): void {
  if (problems.errors.length > 0) throw new DomainErrors(problems.errors);
}

/** Checks an optional decimal text is not negative, with at most `integerDigits` digits before the point and 2 after. */
export function optionalAmount(problems: InputProblems, field: string, value: string | null | undefined, integerDigits: number): string | null {
  if (value == null) return null;
  const match = /^\+?(\d+)(\.\d{1,2})?$/.exec(value);
  if (!match || match[1]!.replace(/^0+(?=\d)/, "").length > integerDigits) problems.add(field, `${field} must be 0 or more, with at most ${integerDigits} digits before the decimal point and 2 after, got ${value}`);
  return value;
}

/** Checks an optional whole number lies in min..max. */
export function optionalCount(problems: InputProblems, field: string, value: number | null | undefined, min: number, max: number): number | null {
  if (value == null) return null;
  if (!Number.isInteger(value) || value < min || value > max) problems.add(field, `${field} must be a whole number ${min}..${max}, got ${value}`);
  return value;
}

/** The customer of a section write: visible to the viewer (else NOT_FOUND) and still at `expectedVersion` (else CONFLICT). */
export async function lockCustomerForSection(tx: EntityManager, scope: Scope, customerId: string, expectedVersion: number): Promise<Customer> {
  const customer = await tx.findOne(Customer, { $and: [{ id: customerId }, scope.customerWhere()] });
  if (!customer) throw new DomainError("NOT_FOUND", `no customer with id ${toGlobalId("Customer", customerId)}`, ["customerId"]);
  if (customer.version !== expectedVersion) {
    throw new DomainError("CONFLICT", `customer ${customer.code} is at version ${customer.version}, not the expected ${expectedVersion}; reload it and apply your change again`, ["expectedVersion"]);
  }
  return customer;
}

/** Fails with FORBIDDEN unless the viewer may read (and so write) the customer's sensitive sections. */
export function requireSensitiveAccess(scope: Scope, customer: Customer, what: string, field: string[]): void {
  if (!maySeeSensitiveOf(scope, customer)) {
    throw new DomainError("FORBIDDEN", `${what} of customer ${customer.code} may be changed only by admins, the managers of its territory and its responsible rep`, field);
  }
}

/**
 * Runs a write to one section of a customer (contacts, stores, credit or operating profile) in one
 * transaction, then increases the customer's version: a section write made against an older
 * version (a concurrent writer got there first) is refused with CONFLICT and nothing is kept.
 * Returns the customer as stored afterwards.
 */
export async function commitSectionWrite(tx: EntityManager, customer: Customer, expectedVersion: number, duplicate?: () => DomainError): Promise<Customer> {
  try {
    await tx.flush();
  } catch (error) {
    if (duplicate && error instanceof UniqueConstraintViolationException) throw duplicate();
    throw error;
  }
  const bumped = await executeSql<{ version: number }>(
    tx,
    "update customer set version = version + 1, updated_at = $3::timestamptz where id = $1 and version = $2 returning version",
    [customer.id, expectedVersion, databaseNow(tx).toISOString()],
  );
  if (bumped.length === 0) throw new DomainError("CONFLICT", `customer ${customer.code} was changed by someone else meanwhile; reload it and apply your change again`, ["expectedVersion"]);
  await tx.refresh(customer);
  return customer;
}
