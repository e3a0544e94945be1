import {
  classifyByThresholdAmounts,
  ClassificationValidationError,
  compileRuleSet,
  createVisitStandard,
  PARETO_40_40_20,
  validateParetoThresholds,
  WORKED_EXAMPLE_B_VISIT_STANDARD,
  type CompiledRuleSet,
  type CustomerClass,
  type ParetoThresholds,
  type ThresholdAmountCut,
  type VisitStandard,
} from "@beatplan/domain";
import type { EntityManager } from "@mikro-orm/postgresql";
import { DomainError } from "../shared/domain-error.ts";
import type { Territory } from "../org/territory.entity.ts";
import { ClassificationMethod, PolicyLevel } from "./classification-enums.ts";
import { ClassificationPolicy } from "./classification-policy.entity.ts";

/** Validated method parameters: exactly the ones the method needs. */
export type MethodParameters =
  | { method: ClassificationMethod.PARETO; thresholds: ParetoThresholds }
  | { method: ClassificationMethod.THRESHOLD_AMOUNTS; cuts: readonly ThresholdAmountCut[]; lowestClass: CustomerClass | undefined }
  | { method: ClassificationMethod.RULES; ruleSet: CompiledRuleSet };

/** The policy that applies to a territory, validated and ready to classify. */
export interface EffectivePolicy {
  level: PolicyLevel;
  /** The stored row; null for the built-in default. */
  row: ClassificationPolicy | null;
  periodMonths: number;
  parameters: MethodParameters;
  visitStandard: VisitStandard;
}

/** Pareto 40/40/20 over 3 months with worked example B's visit standard: what applies when nothing is configured. */
export const BUILT_IN_POLICY: EffectivePolicy = {
  level: PolicyLevel.BUILT_IN,
  row: null,
  periodMonths: 3,
  parameters: { method: ClassificationMethod.PARETO, thresholds: PARETO_40_40_20 },
  visitStandard: WORKED_EXAMPLE_B_VISIT_STANDARD,
};

/**
 * Validates method parameters as stored (JSON) or sent, with the domain's own checks.
 * @throws DomainError VALIDATION naming the field, the contract and the value received.
 */
export function validateMethodParameters(method: ClassificationMethod, parameters: Record<string, unknown>): MethodParameters {
  try {
    switch (method) {
      case ClassificationMethod.PARETO: {
        const thresholds = parameters.thresholds as ParetoThresholds | undefined;
        if (thresholds === undefined || thresholds === null) throw new DomainError("VALIDATION", "the Pareto method needs paretoShares (A, B, C and optionally D, in percent)", ["paretoShares"]);
        validateParetoThresholds(thresholds);
        return { method, thresholds };
      }
      case ClassificationMethod.THRESHOLD_AMOUNTS: {
        const cuts = parameters.cuts as ThresholdAmountCut[] | undefined;
        const lowestClass = (parameters.lowestClass ?? undefined) as CustomerClass | undefined;
        if (!Array.isArray(cuts)) throw new DomainError("VALIDATION", "the threshold-amount method needs amountCuts, from the highest class down", ["amountCuts"]);
        // Classifying an empty scope runs exactly the domain's validation of the cuts.
        classifyByThresholdAmounts([], { lastMonth: "2000-01", cuts, ...(lowestClass ? { lowestClass } : {}) });
        return { method, cuts, lowestClass };
      }
      case ClassificationMethod.RULES: {
        if (parameters.ruleSet === undefined || parameters.ruleSet === null) throw new DomainError("VALIDATION", "the rule method needs a ruleSet (JSON)", ["ruleSet"]);
        const ruleSet = compileRuleSet(parameters.ruleSet);
        if (ruleSet.definition.dimension !== "SALES_CLASS") {
          throw new DomainError("VALIDATION", `ruleSet.dimension must be SALES_CLASS for customer classes, got ${ruleSet.definition.dimension}`, ["ruleSet", "dimension"]);
        }
        return { method, ruleSet };
      }
    }
  } catch (error) {
    throw asDomainError(error, method === ClassificationMethod.PARETO ? "paretoShares" : method === ClassificationMethod.RULES ? "ruleSet" : "amountCuts");
  }
}

/** Validates a visit standard with the domain's rules. */
export function validateVisitStandard(input: unknown): VisitStandard {
  try {
    return createVisitStandard(input);
  } catch (error) {
    throw asDomainError(error, "visitRequirements");
  }
}

/** Domain validation errors become VALIDATION errors on the given input field. */
export function asDomainError(error: unknown, field: string): unknown {
  if (error instanceof ClassificationValidationError) return new DomainError("VALIDATION", error.message, [field]);
  return error;
}

/** Turns a stored row into an effective policy at the given level. */
export function fromRow(row: ClassificationPolicy, level: PolicyLevel): EffectivePolicy {
  return {
    level,
    row,
    periodMonths: row.periodMonths,
    parameters: validateMethodParameters(row.method, row.parameters),
    visitStandard: validateVisitStandard(row.visitStandard),
  };
}

/** The territory's own policy, else its region's, else the company default, else the built-in one. */
export async function effectivePolicy(em: EntityManager, territory: Territory): Promise<EffectivePolicy> {
  const rows = await em.find(ClassificationPolicy, {
    $or: [{ territory: territory.id }, { region: territory.region.id }, { territory: null, region: null }],
  });
  const own = rows.find((row) => row.territory?.id === territory.id);
  if (own) return fromRow(own, PolicyLevel.TERRITORY);
  const regional = rows.find((row) => row.region?.id === territory.region.id);
  if (regional) return fromRow(regional, PolicyLevel.REGION);
  const company = rows.find((row) => row.territory === null && row.region === null);
  if (company) return fromRow(company, PolicyLevel.COMPANY);
  return BUILT_IN_POLICY;
}
