import type { CustomerClass } from "@beatplan/domain";
import { OptimisticLockError, UniqueConstraintViolationException } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Scope } from "../auth/scope.ts";
import { CustomerClass as CustomerClassEnum } from "../customers/customer-enums.ts";
import { DomainError } from "../shared/domain-error.ts";
import { fromGlobalId } from "../shared/global-id.ts";
import { Region } from "../org/region.entity.ts";
import { Role } from "../org/role.ts";
import { Territory } from "../org/territory.entity.ts";
import { User } from "../org/user.entity.ts";
import { ClassificationMethod, PolicyLevel, VisitKind, VisitorRole } from "./classification-enums.ts";
import { ClassificationPolicy } from "./classification-policy.entity.ts";
import type { SetClassificationPolicyInput } from "./classification.input.ts";
import { ClassificationPolicyView } from "./classification.types.ts";
import { ensureMayClassify } from "./classification.service.ts";
import { fromRow, validateMethodParameters, validateVisitStandard, type EffectivePolicy } from "./effective-policy.ts";

/** The GraphQL view of an effective policy. */
export function toPolicyView(policy: EffectivePolicy): ClassificationPolicyView {
  const parameters = policy.parameters;
  const standard = policy.visitStandard;
  const requirements = (["A", "B", "C", "D"] as const).flatMap((customerClass) =>
    (standard.requirements[customerClass] ?? []).map((requirement) => ({
      customerClass: customerClass as CustomerClassEnum,
      kind: requirement.kind as VisitKind,
      visitor: requirement.visitor as VisitorRole,
      visitsPerCycle: requirement.visitsPerCycle,
      minutesPerVisit: requirement.minutesPerVisit,
    })),
  );
  return Object.assign(new ClassificationPolicyView(), {
    level: policy.level,
    method: parameters.method,
    periodMonths: policy.periodMonths,
    paretoShares:
      parameters.method === ClassificationMethod.PARETO
        ? { a: parameters.thresholds.A, b: parameters.thresholds.B, c: parameters.thresholds.C, d: parameters.thresholds.D ?? null }
        : null,
    amountCuts:
      parameters.method === ClassificationMethod.THRESHOLD_AMOUNTS
        ? parameters.cuts.map((cut) => ({ customerClass: cut.class as CustomerClassEnum, minimumAverage: String(cut.minimumAverage) }))
        : null,
    lowestClass: parameters.method === ClassificationMethod.THRESHOLD_AMOUNTS ? ((parameters.lowestClass ?? null) as CustomerClassEnum | null) : null,
    ruleSet: parameters.method === ClassificationMethod.RULES ? (parameters.ruleSet.definition as unknown as Record<string, unknown>) : null,
    visitStandardName: standard.name,
    visitCycle: { weeks: standard.cycle.weeks, workingDaysPerWeek: standard.cycle.workingDaysPerWeek },
    visitRequirements: requirements,
    version: policy.row?.version ?? null,
    updatedAt: policy.row?.updatedAt ?? null,
    updatedById: policy.row?.updatedBy?.id ?? null,
  });
}

function methodParameters(input: SetClassificationPolicyInput): Record<string, unknown> {
  switch (input.method) {
    case ClassificationMethod.PARETO: {
      const shares = input.paretoShares;
      return shares ? { thresholds: { A: shares.a, B: shares.b, C: shares.c, ...(shares.d == null ? {} : { D: shares.d }) } } : {};
    }
    case ClassificationMethod.THRESHOLD_AMOUNTS:
      return {
        ...(input.amountCuts ? { cuts: input.amountCuts.map((cut) => ({ class: cut.class, minimumAverage: cut.minimumAverage })) } : {}),
        ...(input.lowestClass ? { lowestClass: input.lowestClass } : {}),
      };
    case ClassificationMethod.RULES:
      return input.ruleSet ? { ruleSet: input.ruleSet } : {};
  }
}

function visitStandardJson(input: SetClassificationPolicyInput): Record<string, unknown> {
  const requirements: Partial<Record<CustomerClass, unknown[]>> = { A: [], B: [], C: [] };
  for (const requirement of input.visitRequirements) {
    const list = requirements[requirement.class] ?? [];
    list.push({ kind: requirement.kind, visitor: requirement.visitor, visitsPerCycle: requirement.visitsPerCycle, minutesPerVisit: requirement.minutesPerVisit });
    requirements[requirement.class] = list;
  }
  return { name: input.visitStandardName.trim(), cycle: { weeks: input.visitCycle.weeks, workingDaysPerWeek: input.visitCycle.workingDaysPerWeek }, requirements };
}

/**
 * Creates or changes the policy of a territory (ADMIN or a manager who sees it), a region or
 * the company (ADMIN only). Everything is validated by the domain before anything is written;
 * a stored policy changes only at `expectedVersion`.
 */
export async function setClassificationPolicy(em: EntityManager, scope: Scope, input: SetClassificationPolicyInput): Promise<EffectivePolicy> {
  const viewer = ensureMayClassify(scope.viewer);
  if (input.territoryId != null && input.regionId != null) {
    throw new DomainError("VALIDATION", "give territoryId or regionId (or neither for the company default), not both", ["regionId"]);
  }
  if (input.territoryId == null && viewer.role !== Role.ADMIN) {
    throw new DomainError("FORBIDDEN", "only admins may change regional or company-wide classification policies");
  }
  if (!Number.isInteger(input.periodMonths) || input.periodMonths < 3 || input.periodMonths > 6) {
    throw new DomainError("VALIDATION", `periodMonths must be an integer 3..6, got ${input.periodMonths}`, ["periodMonths"]);
  }
  if (input.visitStandardName.trim() === "") throw new DomainError("VALIDATION", "visitStandardName must not be empty", ["visitStandardName"]);
  const parameters = methodParameters(input);
  validateMethodParameters(input.method, parameters);
  const visitStandard = visitStandardJson(input);
  validateVisitStandard(visitStandard);

  let territory: Territory | null = null;
  let region: Region | null = null;
  if (input.territoryId != null) {
    const id = fromGlobalId("Territory", input.territoryId, "territoryId");
    territory = await em.findOne(Territory, { $and: [{ id }, scope.territoryWhere()] });
    if (!territory) throw new DomainError("NOT_FOUND", `no territory ${input.territoryId} among those you may see`, ["territoryId"]);
  } else if (input.regionId != null) {
    region = await em.findOne(Region, fromGlobalId("Region", input.regionId, "regionId"));
    if (!region) throw new DomainError("NOT_FOUND", `no region ${input.regionId}`, ["regionId"]);
  }
  const existing = await em.findOne(ClassificationPolicy, territory ? { territory: territory.id } : region ? { region: region.id } : { territory: null, region: null });
  if (existing && existing.version !== input.expectedVersion) {
    throw new DomainError("CONFLICT", `the policy is at version ${existing.version}, not the expected ${String(input.expectedVersion ?? "none")}; reload it and apply your change again`, ["expectedVersion"]);
  }
  if (!existing && input.expectedVersion != null) {
    throw new DomainError("CONFLICT", `there is no stored policy at this level yet, but expectedVersion ${input.expectedVersion} was given; reload and try again`, ["expectedVersion"]);
  }
  const row = existing ?? new ClassificationPolicy();
  Object.assign(row, { method: input.method, periodMonths: input.periodMonths, parameters, visitStandard });
  row.updatedBy = em.getReference(User, viewer.userId, { wrapped: true });
  if (!existing) {
    row.territory = territory ? em.getReference(Territory, territory.id, { wrapped: true }) : null;
    row.region = region ? em.getReference(Region, region.id, { wrapped: true }) : null;
    em.persist(row);
  }
  try {
    await em.flush();
  } catch (error) {
    // Two writers can both pass the version check; the version column and the unique indexes decide.
    if (error instanceof OptimisticLockError || error instanceof UniqueConstraintViolationException) {
      throw new DomainError("CONFLICT", "the policy was changed by someone else meanwhile; reload it and apply your change again", ["expectedVersion"]);
    }
    throw error;
  }
  return fromRow(row, territory ? PolicyLevel.TERRITORY : region ? PolicyLevel.REGION : PolicyLevel.COMPANY);
}
