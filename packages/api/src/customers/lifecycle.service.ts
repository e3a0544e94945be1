import { OptimisticLockError } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { currentAuditActor } from "../audit/audit-actor.ts";
import { recordBulkAudit } from "../audit/audit-subscriber.ts";
import type { Scope } from "../auth/scope.ts";
import { DomainError } from "../shared/domain-error.ts";
import { databaseNow } from "../shared/entity-clock.ts";
import { executeSql } from "../shared/sql.ts";
import { Customer } from "./customer.entity.ts";
import { CustomerLifecycle, lapsingStatuses, lifecycleTransitions } from "./customer-lifecycle.ts";
import type { ChangeCustomerLifecycleInput } from "./lifecycle.input.ts";
import { CustomerLifecycleChange } from "./lifecycle-change.entity.ts";
import { InputProblems } from "./customer-validation.ts";
import { decodeIdInto, lockCustomerForSection, throwProblems } from "./customer-section-write.ts";

/** Moves a visible customer at `expectedVersion` to another lifecycle status along an allowed transition, recording why. */
export async function changeCustomerLifecycle(em: EntityManager, scope: Scope, input: ChangeCustomerLifecycleInput): Promise<Customer> {
  const problems = new InputProblems();
  const customerId = decodeIdInto(problems, "Customer", input.customerId, "customerId");
  const reason = problems.requiredText("reason", input.reason, 500);
  throwProblems(problems);
  return em.transactional(async (transaction) => {
    const tx = transaction as EntityManager;
    const customer = await lockCustomerForSection(tx, scope, customerId!, input.expectedVersion);
    const from = customer.lifecycle;
    const allowed = lifecycleTransitions[from];
    if (!allowed.includes(input.lifecycle)) {
      const message = from === input.lifecycle ? `customer ${customer.code} is already ${from}` : `a ${from} customer can become ${allowed.join(" or ")}, not ${input.lifecycle}`;
      throw new DomainError("INVALID_TRANSITION", message, ["lifecycle"], { reason: "LIFECYCLE_TRANSITION_NOT_ALLOWED", params: { from, to: input.lifecycle, allowed: allowed.join(",") } });
    }
    customer.lifecycle = input.lifecycle;
    tx.persist(Object.assign(new CustomerLifecycleChange(), { customer: tx.getReference(Customer, customer.id, { wrapped: true }), fromStatus: from, toStatus: input.lifecycle, reason, changedBy: currentAuditActor().label }));
    try {
      await tx.flush();
    } catch (error) {
      if (error instanceof OptimisticLockError) throw new DomainError("CONFLICT", `customer ${customer.code} was changed by someone else meanwhile; reload it and apply your change again`, ["expectedVersion"]);
      throw error;
    }
    return customer;
  });
}

/** What the lapse check did. */
export interface LapseCheckResult {
  /** How many customers became LAPSED. */
  lapsed: number;
}

/**
 * The lapse check: every managed NEW or ACTIVE customer that bought before but has no purchase
 * (volume or amount above zero) in the `lapsedAfterMonths` complete months up to
 * `lastCompleteMonth` becomes LAPSED, with a history entry and one audit entry for the run.
 * One statement for any number of customers; running it twice changes nothing the second time.
 */
export async function markLapsedCustomers(em: EntityManager, options: { lastCompleteMonth: string; lapsedAfterMonths: number }): Promise<LapseCheckResult> {
  const reason = `no purchases in the ${options.lapsedAfterMonths} complete months up to ${options.lastCompleteMonth}`;
  const run = async (tx: EntityManager): Promise<LapseCheckResult> => {
    const now = databaseNow(tx).toISOString();
    const [row] = await executeSql<{ lapsed: number }>(
      tx,
      `with candidates as (
         select c.id, c.lifecycle from customer c
         where c.status = 'ACTIVE' and c.lifecycle = any($1::text[])
           and exists (select 1 from monthly_sales s where s.customer_id = c.id and (s.volume > 0 or s.amount > 0))
           and not exists (select 1 from monthly_sales s where s.customer_id = c.id and (s.volume > 0 or s.amount > 0)
                             and s.month > $2::date - make_interval(months => $3::int) and s.month <= $2::date)
         for update of c
       ), lapsed as (
         update customer c set lifecycle = 'LAPSED', version = c.version + 1, updated_at = $4::timestamptz
         from candidates where c.id = candidates.id
         returning c.id, candidates.lifecycle as from_status
       ), history as (
         insert into customer_lifecycle_change (id, customer_id, from_status, to_status, reason, changed_by, changed_at)
         select gen_random_uuid(), id, from_status, 'LAPSED', $5, 'system', $4::timestamptz from lapsed
       )
       select count(*)::int as lapsed from lapsed`,
      [lapsingStatuses, `${options.lastCompleteMonth}-01`, options.lapsedAfterMonths, now, reason],
    );
    const lapsed = row?.lapsed ?? 0;
    if (lapsed > 0) {
      await recordBulkAudit(tx, { entityType: "Customer", entityId: `lapse-check:${options.lastCompleteMonth}`, changes: { lifecycle: { from: lapsingStatuses.join("/"), to: CustomerLifecycle.LAPSED }, customers: { from: null, to: lapsed }, reason: { from: null, to: reason } } });
    }
    return { lapsed };
  };
  return em.isInTransaction() ? run(em) : em.transactional((tx) => run(tx as EntityManager));
}
