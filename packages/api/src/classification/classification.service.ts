import { isCalendarDate, todayIn } from "@beatplan/domain";
import type { CustomerClass } from "@beatplan/domain";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Scope } from "../auth/scope.ts";
import { actorKey, type Viewer } from "../auth/viewer.ts";
import { recordBulkAudit } from "../audit/audit-subscriber.ts";
import { Customer } from "../customers/customer.entity.ts";
import { executeSql } from "../shared/sql.ts";
import { DomainError } from "../shared/domain-error.ts";
import { fromGlobalId } from "../shared/global-id.ts";
import { runIdempotent } from "../shared/idempotency.ts";
import { Role } from "../org/role.ts";
import { Territory } from "../org/territory.entity.ts";
import { classificationPeriod } from "./classification-period.ts";
import type { PreviewSource } from "./classification-preview.ts";
import { effectivePolicy } from "./effective-policy.ts";
import { classifyAndWrite, type ApplySummary } from "./write-classification.ts";

/** Which customers a classification covers: the active customers of one territory. */
export interface ScopeArguments {
  territoryId?: string | null;
  territoryCode?: string | null;
}

/** A classification request: the scope and the date it is made for (default: today by the server clock). */
export interface ClassificationArguments {
  scope: ScopeArguments;
  asOf?: string | null;
}

/** Whether the viewer may change classes and policies: admins and managers. */
export function ensureMayClassify(viewer: Viewer | undefined): Viewer {
  if (!viewer || (viewer.role !== Role.ADMIN && viewer.role !== Role.MANAGER)) {
    throw new DomainError("FORBIDDEN", "only admins and managers may change customer classes and classification policies");
  }
  return viewer;
}

/**
 * Finds the territory of a scope among those the viewer may see.
 * @throws DomainError VALIDATION without exactly one of territoryId/territoryCode, NOT_FOUND when not visible.
 */
export async function resolveTerritory(em: EntityManager, scope: Scope, target: ScopeArguments): Promise<Territory> {
  const hasId = target.territoryId != null;
  const hasCode = target.territoryCode != null;
  if (hasId === hasCode) {
    throw new DomainError("VALIDATION", `scope needs exactly one of territoryId or territoryCode, got ${hasId ? "both" : "neither"}`, ["scope"]);
  }
  const where = hasId ? { id: fromGlobalId("Territory", target.territoryId!, "scope.territoryId") } : { code: target.territoryCode! };
  const territory = await em.findOne(Territory, { $and: [where, scope.territoryWhere()] });
  if (!territory) throw new DomainError("NOT_FOUND", `no territory ${hasId ? target.territoryId : `"${target.territoryCode}"`} among those you may see`, ["scope"]);
  return territory;
}

function asOfOrToday(asOf: string | null | undefined, now: () => Date): string {
  if (asOf == null) return todayIn(now(), "UTC");
  if (!isCalendarDate(asOf)) throw new DomainError("VALIDATION", `asOf must be a calendar date "YYYY-MM-DD", got "${asOf}"`, ["asOf"]);
  return asOf;
}

/** What a preview of a territory classifies (the effective policy and the period as of the date); nothing is read from sales yet. */
export async function previewClassification(em: EntityManager, scope: Scope, input: ClassificationArguments, now: () => Date): Promise<{ territory: Territory; source: PreviewSource }> {
  const territory = await resolveTerritory(em, scope, input.scope);
  const policy = await effectivePolicy(em, territory);
  const period = classificationPeriod(asOfOrToday(input.asOf, now), policy.periodMonths);
  return { territory, source: { scope, territoryId: territory.id, policy, period } };
}

/** Classifies a territory and writes the changes in one transaction; a retry with the same key returns the first result. */
export async function applyClassification(
  em: EntityManager,
  scope: Scope,
  input: ClassificationArguments & { idempotencyKey?: string | null },
  now: () => Date,
): Promise<ApplySummary> {
  const viewer = ensureMayClassify(scope.viewer);
  const asOf = asOfOrToday(input.asOf, now);
  return runIdempotent(
    em,
    { key: input.idempotencyKey, operation: "applyClassification", actorId: actorKey(viewer), input: { scope: input.scope, asOf } },
    async (tx) => {
      const territory = await resolveTerritory(tx, scope, input.scope);
      const policy = await effectivePolicy(tx, territory);
      const summary = await classifyAndWrite(tx, scope, territory.id, policy, classificationPeriod(asOf, policy.periodMonths), viewer.userId, now());
      // The set-based writes bypass the ORM's flush hook, so the run is audited once, explicitly.
      await recordBulkAudit(tx, {
        entityType: "Customer",
        entityId: `classification:${territory.code}:${asOf}`,
        territoryId: territory.id,
        changes: {
          method: { from: null, to: summary.method },
          period: { from: null, to: `${summary.firstMonth}..${summary.lastMonth}` },
          customers: { from: null, to: summary.customerCount },
          changed: { from: null, to: summary.changedCount },
        },
      });
      return summary;
    },
    { encode: (summary) => summary, decode: async (stored) => stored as ApplySummary },
  );
}

/** Fields of a manual override. */
export interface OverrideArguments {
  customerId: string;
  class: CustomerClass;
  reason: string;
  until?: string | null;
}

/**
 * Sets a customer's class by hand with a reason; classification runs keep it until `until`
 * (inclusive) has passed. Writes the history entry and the class in one transaction.
 */
export async function overrideCustomerClass(em: EntityManager, scope: Scope, input: OverrideArguments, now: () => Date): Promise<Customer> {
  const viewer = ensureMayClassify(scope.viewer);
  const reason = input.reason.trim();
  if (reason === "" || reason.length > 500) {
    throw new DomainError("VALIDATION", `reason must be 1..500 characters, got ${reason.length}`, ["reason"], { reason: "TEXT_LENGTH", params: { min: "1", max: "500", length: String(reason.length) } });
  }
  const today = todayIn(now(), "UTC");
  if (input.until != null && (!isCalendarDate(input.until) || input.until < today)) {
    throw new DomainError("VALIDATION", `until must be a calendar date from today (${today}) on, got "${input.until}"`, ["until"], { reason: "DATE_BEFORE_TODAY", params: { today, value: input.until } });
  }
  const id = fromGlobalId("Customer", input.customerId, "customerId");
  return em.transactional(async (tx) => {
    const customer = await tx.findOne(Customer, { $and: [{ id }, scope.customerWhere()] });
    if (!customer) throw new DomainError("NOT_FOUND", `no customer with id ${input.customerId}`, ["customerId"]);
    const at = now();
    await executeSql(
      tx,
      `insert into customer_class_override (customer_id, class, reason, until, actor_id, created_at)
       values ($1, $2, $3, $4::date, $5, $6::timestamptz)
       on conflict (customer_id) do update set class = excluded.class, reason = excluded.reason, until = excluded.until,
         actor_id = excluded.actor_id, created_at = excluded.created_at`,
      [id, input.class, reason, input.until ?? null, viewer.userId, at.toISOString()],
    );
    await executeSql(
      tx,
      `with run as (
         insert into class_change_run (territory_id, source, actor_id, applied_at) values ($6::uuid, 'MANUAL', $5::uuid, $7::timestamptz) returning id
       )
       insert into class_assignment (run_id, customer_id, from_class, to_class, source, reason)
       select run.id, $1, $2, $3, 'MANUAL', $4 from run`,
      [id, customer.customerClass, input.class, `manual override${input.until ? ` until ${input.until}` : ""}: ${reason}`, viewer.userId, customer.territory.id, at.toISOString()],
    );
    await executeSql(tx, "update customer set class = $2 where id = $1", [id, input.class]);
    await recordBulkAudit(tx, {
      entityType: "Customer",
      entityId: id,
      territoryId: customer.territory.id,
      changes: {
        class: { from: customer.customerClass, to: input.class },
        classOverride: { from: null, to: { class: input.class, reason, until: input.until ?? null } },
      },
    });
    await tx.refresh(customer);
    return customer;
  });
}
