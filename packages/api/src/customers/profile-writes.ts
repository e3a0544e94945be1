import type { EntityManager } from "@mikro-orm/postgresql";
import type { Scope } from "../auth/scope.ts";
import { CreditProfile } from "./credit-profile.entity.ts";
import { Customer } from "./customer.entity.ts";
import type { SetCreditProfileInput, SetOperatingProfileInput } from "./customer-sections.input.ts";
import { InputProblems } from "./customer-validation.ts";
import { commitSectionWrite, decodeIdInto, lockCustomerForSection, optionalAmount, optionalCount, requireSensitiveAccess, throwProblems } from "./customer-section-write.ts";
import { OperatingProfile } from "./operating-profile.entity.ts";

// Integer digits of the numeric(16,2) money and numeric(12,2) area columns.
const moneyDigits = 14;
const areaDigits = 10;
const maxDeliveryAddresses = 50;

/** Replaces the credit profile of a visible customer at `expectedVersion`; only viewers who may read it may set it. */
export async function setCreditProfile(em: EntityManager, scope: Scope, input: SetCreditProfileInput): Promise<Customer> {
  const problems = new InputProblems();
  const customerId = decodeIdInto(problems, "Customer", input.customerId, "customerId");
  const values: Omit<CreditProfile, "customer"> = {
    registeredCapital: optionalAmount(problems, "registeredCapital", input.registeredCapital, moneyDigits),
    yearsInBusiness: optionalCount(problems, "yearsInBusiness", input.yearsInBusiness, 0, 500),
    creditLimit: optionalAmount(problems, "creditLimit", input.creditLimit, moneyDigits),
    creditTermDays: optionalCount(problems, "creditTermDays", input.creditTermDays, 0, 3650),
    settlementDay: optionalCount(problems, "settlementDay", input.settlementDay, 1, 31),
    paymentTerms: problems.optionalText("paymentTerms", input.paymentTerms, 2000),
    badCredit: input.badCredit ?? false,
  };
  throwProblems(problems);
  return em.transactional(async (transaction) => {
    const tx = transaction as EntityManager;
    const customer = await lockCustomerForSection(tx, scope, customerId!, input.expectedVersion);
    requireSensitiveAccess(scope, customer, "the credit profile", ["customerId"]);
    const stored = await tx.findOne(CreditProfile, { customer: customer.id });
    if (stored) tx.assign(stored, values);
    else tx.persist(Object.assign(new CreditProfile(), values, { customer: tx.getReference(Customer, customer.id, { wrapped: true }) }));
    return commitSectionWrite(tx, customer, input.expectedVersion);
  });
}

/** Replaces the operating profile of a visible customer at `expectedVersion`. */
export async function setOperatingProfile(em: EntityManager, scope: Scope, input: SetOperatingProfileInput): Promise<Customer> {
  const problems = new InputProblems();
  const customerId = decodeIdInto(problems, "Customer", input.customerId, "customerId");
  const addresses = (input.deliveryAddresses ?? []).map((address, index) => problems.requiredText(`deliveryAddresses.${index}`, address, 2000));
  if (addresses.length > maxDeliveryAddresses) problems.add("deliveryAddresses", `at most ${maxDeliveryAddresses} delivery addresses, got ${addresses.length}`);
  const values: Omit<OperatingProfile, "customer"> = {
    salesStaff: optionalCount(problems, "salesStaff", input.salesStaff, 0, 100_000),
    marketCoverage: problems.optionalText("marketCoverage", input.marketCoverage, 2000),
    floorArea: optionalAmount(problems, "floorArea", input.floorArea, areaDigits),
    storageArea: optionalAmount(problems, "storageArea", input.storageArea, areaDigits),
    transportMode: problems.optionalText("transportMode", input.transportMode, 100),
    deliveryAddresses: addresses,
  };
  throwProblems(problems);
  return em.transactional(async (transaction) => {
    const tx = transaction as EntityManager;
    const customer = await lockCustomerForSection(tx, scope, customerId!, input.expectedVersion);
    const stored = await tx.findOne(OperatingProfile, { customer: customer.id });
    if (stored) tx.assign(stored, values);
    else tx.persist(Object.assign(new OperatingProfile(), values, { customer: tx.getReference(Customer, customer.id, { wrapped: true }) }));
    return commitSectionWrite(tx, customer, input.expectedVersion);
  });
}
