import {
  AMOUNT_DECIMALS,
  closedMonthProblem,
  formatPlanDecimal,
  planDecimalUnits,
  validatePlanContent,
  VOLUME_DECIMALS,
  type PlanContent,
  type PlanProblem,
} from "@beatplan/domain";
import type { EntityManager } from "@mikro-orm/postgresql";
import { Store } from "../customers/store.entity.ts";
import { DomainError, DomainErrors } from "../shared/domain-error.ts";
import { parseGlobalId } from "../shared/global-id.ts";
import { Product } from "../products/product.entity.ts";
import type { BusinessPlanContentInput } from "./business-plan.input.ts";

// Global ids that do not decode become this placeholder, so validation reports them as unknown.
const undecodable = "00000000-0000-0000-0000-000000000000";

function decode(type: "Store" | "Product", globalId: string): string {
  const parsed = parseGlobalId(globalId);
  return parsed && parsed.type === type ? parsed.uuid : undecodable;
}

/** Throws every problem as VALIDATION userErrors under `prefix` (e.g. "content"); does nothing when there are none. */
export function throwProblems(problems: readonly PlanProblem[], prefix: readonly string[]): void {
  if (problems.length === 0) return;
  throw new DomainErrors(problems.map((problem) => new DomainError("VALIDATION", problem.message, [...prefix, ...problem.field], problem.reason ? { reason: problem.reason, params: problem.params ?? {} } : undefined)));
}

function normalised(content: PlanContent): PlanContent {
  const amount = (text: string) => formatPlanDecimal(planDecimalUnits(text), AMOUNT_DECIMALS);
  const volume = (text: string) => formatPlanDecimal(planDecimalUnits(text), VOLUME_DECIMALS);
  return {
    companyTargetVolume: volume(content.companyTargetVolume),
    companyTargetAmount: amount(content.companyTargetAmount),
    targetVolume: volume(content.targetVolume),
    targetAmount: amount(content.targetAmount),
    forecastVolume: volume(content.forecastVolume),
    forecastAmount: amount(content.forecastAmount),
    storeTargets: content.storeTargets.map((line) => ({ ...line, volume: volume(line.volume), amount: amount(line.amount) })),
    launches: content.launches.map((line) => ({ ...line, firstOrderQuantity: volume(line.firstOrderQuantity) })),
    promotions: content.promotions.map((line) => ({ ...line, type: line.type.trim(), budget: amount(line.budget), expectedUplift: amount(line.expectedUplift) })),
    penetrationNotes: content.penetrationNotes?.trim() ? content.penetrationNotes.trim() : null,
  };
}

/**
 * Turns a content input into a validated, normalised snapshot (decimals with the stored number
 * of places, store and product codes resolved). Every problem is reported at once as a
 * VALIDATION userError under ["content", …]; a month in the closed past is reported on ["month"].
 */
export async function toPlanContent(em: EntityManager, customerId: string, month: string, today: string, input: BusinessPlanContentInput): Promise<PlanContent> {
  const storeIds = input.storeTargets.map((line) => decode("Store", line.storeId));
  const productIds = input.launches.map((line) => decode("Product", line.productId));
  const stores = await em.find(Store, { customer: customerId }, { fields: ["id", "code"] });
  const products = productIds.length ? await em.find(Product, { id: { $in: [...new Set(productIds)] } }) : [];
  const storeCodes = new Map(stores.map((store) => [store.id, store.code]));
  const productCodes = new Map(products.map((product) => [product.id, product.code]));
  const raw: PlanContent = {
    companyTargetVolume: input.companyTargetVolume,
    companyTargetAmount: input.companyTargetAmount,
    targetVolume: input.targetVolume,
    targetAmount: input.targetAmount,
    forecastVolume: input.forecastVolume,
    forecastAmount: input.forecastAmount,
    storeTargets: input.storeTargets.map((line, index) => ({ storeId: storeIds[index]!, storeCode: storeCodes.get(storeIds[index]!) ?? line.storeId, volume: line.volume, amount: line.amount })),
    launches: input.launches.map((line, index) => ({
      productId: productIds[index]!,
      productCode: productCodes.get(productIds[index]!) ?? line.productId,
      launchDate: line.launchDate,
      firstOrderQuantity: line.firstOrderQuantity,
      targetStores: line.targetStores,
      materialsReady: line.materialsReady,
      promoterReady: line.promoterReady,
    })),
    promotions: input.promotions.map((line) => ({ ...line })),
    penetrationNotes: input.penetrationNotes ?? null,
  };
  const monthProblem = closedMonthProblem(month, today);
  const contentProblems = validatePlanContent(raw, { month, today, storeIds: new Set(storeCodes.keys()), productIds: new Set(productCodes.keys()) });
  throwProblems([...(monthProblem ? [monthProblem] : []), ...contentProblems.map((problem) => ({ ...problem, field: ["content", ...problem.field] }))], []);
  return normalised(raw);
}
