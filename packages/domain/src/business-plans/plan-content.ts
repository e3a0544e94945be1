import { formatPlanDecimal, parsePlanDecimal } from "./plan-decimal.ts";
import { isClosedMonth, isDateInMonth } from "../calendar/index.ts";

/** Sales target of one of the customer's stores; the stores' targets add up to the plan total. */
export interface StoreTarget {
  readonly storeId: string;
  /** The store's code when the revision was written (kept so that history reads without joins). */
  readonly storeCode: string;
  readonly volume: string;
  readonly amount: string;
}

/** A new-product launch at the customer. */
export interface ProductLaunch {
  readonly productId: string;
  readonly productCode: string;
  /** "YYYY-MM-DD" inside the plan month. */
  readonly launchDate: string;
  /** Units of the first order. */
  readonly firstOrderQuantity: string;
  /** Number of the customer's stores that should list the product. */
  readonly targetStores: number;
  readonly materialsReady: boolean;
  readonly promoterReady: boolean;
}

/** A promotion run with the customer. */
export interface Promotion {
  /** Kind of promotion, e.g. "price cut", "display", "gift". */
  readonly type: string;
  readonly startDate: string;
  readonly endDate: string;
  /** Money the company spends on it. */
  readonly budget: string;
  /** Expected sales uplift in percent. */
  readonly expectedUplift: string;
}

/** Everything one revision of a plan (form 客代09) says; a revision is an immutable snapshot of it. */
export interface PlanContent {
  /** The company's target for this customer, which the plan derives from. */
  readonly companyTargetVolume: string;
  readonly companyTargetAmount: string;
  /** The monthly sales target agreed with the customer. */
  readonly targetVolume: string;
  readonly targetAmount: string;
  readonly forecastVolume: string;
  readonly forecastAmount: string;
  /** Per-store split of the target (dealers and chains); empty when not split. */
  readonly storeTargets: readonly StoreTarget[];
  readonly launches: readonly ProductLaunch[];
  readonly promotions: readonly Promotion[];
  /** What the rep learned about the customer (customer penetration). */
  readonly penetrationNotes: string | null;
}

/** A rule a plan input breaks: the field path (relative to the content) and a message with the value received. */
export interface PlanProblem {
  readonly field: readonly string[];
  readonly message: string;
  /** Which rule is broken, for clients that word the message themselves (e.g. "TARGET_REQUIRED"). */
  readonly reason?: string;
  /** The values the message names, by placeholder name. */
  readonly params?: Readonly<Record<string, string>>;
}

/** Decimals kept for money amounts and for volumes (match the numeric columns). */
export const AMOUNT_DECIMALS = 2;
export const VOLUME_DECIMALS = 3;

/** Longest free text of a plan (notes, promotion type). */
export const MAX_NOTES_LENGTH = 4000;
export const MAX_PROMOTION_TYPE_LENGTH = 100;

/** What plan validation checks against: the plan month, today, and the customer's stores and the catalogue. */
export interface PlanValidationContext {
  readonly month: string;
  /** "YYYY-MM-DD". */
  readonly today: string;
  /** Ids of the customer's stores. */
  readonly storeIds: ReadonlySet<string>;
  /** Ids of the products in the catalogue. */
  readonly productIds: ReadonlySet<string>;
}

class ProblemList {
  readonly problems: PlanProblem[] = [];

  add(field: readonly string[], message: string, reason?: string, params?: Readonly<Record<string, string>>): void {
    this.problems.push({ field, message, ...(reason ? { reason, params: params ?? {} } : {}) });
  }

  decimal(field: readonly string[], value: string, decimals: number): bigint | undefined {
    const parsed = parsePlanDecimal(value, decimals, field.join("."));
    if (parsed.ok) return parsed.units;
    this.add(field, parsed.message, parsed.reason, parsed.params);
    return undefined;
  }
}

function checkSum(problems: ProblemList, total: bigint | undefined, parts: (bigint | undefined)[], totalName: string, partName: string, decimals: number): void {
  if (total === undefined || parts.some((part) => part === undefined)) return;
  const sum = parts.reduce<bigint>((accumulated, part) => accumulated + (part ?? 0n), 0n);
  if (sum !== total) {
    problems.add(["storeTargets"], `the stores' ${partName} must add up to ${totalName} ${formatPlanDecimal(total, decimals)}, got ${formatPlanDecimal(sum, decimals)}`, totalName === "targetVolume" ? "STORE_VOLUMES_SUM" : "STORE_AMOUNTS_SUM", { total: formatPlanDecimal(total, decimals), sum: formatPlanDecimal(sum, decimals) });
  }
}

/**
 * Checks a plan's content: non-negative decimals with the stored precision, a store breakdown
 * that adds up to the total, known stores and products (each at most once), dates inside the
 * plan month and promotion periods that end after they start. Returns every problem found.
 */
export function validatePlanContent(content: PlanContent, context: PlanValidationContext): PlanProblem[] {
  const problems = new ProblemList();
  const totalVolume = problems.decimal(["targetVolume"], content.targetVolume, VOLUME_DECIMALS);
  const totalAmount = problems.decimal(["targetAmount"], content.targetAmount, AMOUNT_DECIMALS);
  if (totalAmount === 0n) problems.add(["targetAmount"], "a plan needs a target: targetAmount must be above 0, got 0", "TARGET_REQUIRED");
  problems.decimal(["companyTargetVolume"], content.companyTargetVolume, VOLUME_DECIMALS);
  problems.decimal(["companyTargetAmount"], content.companyTargetAmount, AMOUNT_DECIMALS);
  problems.decimal(["forecastVolume"], content.forecastVolume, VOLUME_DECIMALS);
  problems.decimal(["forecastAmount"], content.forecastAmount, AMOUNT_DECIMALS);

  const seenStores = new Set<string>();
  const storeVolumes = content.storeTargets.map((line, index) => {
    const field = ["storeTargets", String(index)];
    if (!context.storeIds.has(line.storeId)) problems.add([...field, "storeId"], `storeTargets[${index}].storeId names no store of this customer (${line.storeId})`, "UNKNOWN_STORE");
    if (seenStores.has(line.storeId)) problems.add([...field, "storeId"], `storeTargets[${index}] repeats store ${line.storeCode}; give each store once`, "REPEATED_STORE", { store: line.storeCode });
    seenStores.add(line.storeId);
    return problems.decimal([...field, "volume"], line.volume, VOLUME_DECIMALS);
  });
  const storeAmounts = content.storeTargets.map((line, index) => problems.decimal(["storeTargets", String(index), "amount"], line.amount, AMOUNT_DECIMALS));
  if (content.storeTargets.length > 0) {
    checkSum(problems, totalVolume, storeVolumes, "targetVolume", "volumes", VOLUME_DECIMALS);
    checkSum(problems, totalAmount, storeAmounts, "targetAmount", "amounts", AMOUNT_DECIMALS);
  }

  const seenProducts = new Set<string>();
  content.launches.forEach((launch, index) => {
    const field = ["launches", String(index)];
    if (!context.productIds.has(launch.productId)) problems.add([...field, "productId"], `launches[${index}].productId names no product in the catalogue (${launch.productId})`, "UNKNOWN_PRODUCT");
    else if (seenProducts.has(launch.productId)) problems.add([...field, "productId"], `launches[${index}] repeats product ${launch.productCode}; plan each launch once`, "REPEATED_PRODUCT", { product: launch.productCode });
    seenProducts.add(launch.productId);
    if (!isDateInMonth(launch.launchDate, context.month)) problems.add([...field, "launchDate"], `launches[${index}].launchDate must lie in the plan month ${context.month}, got ${launch.launchDate}`, "DATE_OUTSIDE_MONTH", { month: context.month, value: launch.launchDate });
    problems.decimal([...field, "firstOrderQuantity"], launch.firstOrderQuantity, VOLUME_DECIMALS);
    if (!Number.isInteger(launch.targetStores) || launch.targetStores < 0) problems.add([...field, "targetStores"], `launches[${index}].targetStores must be a whole number ≥ 0, got ${launch.targetStores}`, "WHOLE_NUMBER", { value: String(launch.targetStores) });
  });

  content.promotions.forEach((promotion, index) => {
    const field = ["promotions", String(index)];
    const type = promotion.type.trim();
    if (type.length === 0 || type.length > MAX_PROMOTION_TYPE_LENGTH) problems.add([...field, "type"], `promotions[${index}].type must be 1..${MAX_PROMOTION_TYPE_LENGTH} characters, got ${type.length}`, "TEXT_LENGTH", { min: "1", max: String(MAX_PROMOTION_TYPE_LENGTH), length: String(type.length) });
    const startInside = isDateInMonth(promotion.startDate, context.month);
    const endInside = isDateInMonth(promotion.endDate, context.month);
    if (!startInside) problems.add([...field, "startDate"], `promotions[${index}].startDate must lie in the plan month ${context.month}, got ${promotion.startDate}`, "DATE_OUTSIDE_MONTH", { month: context.month, value: promotion.startDate });
    if (!endInside) problems.add([...field, "endDate"], `promotions[${index}].endDate must lie in the plan month ${context.month}, got ${promotion.endDate}`, "DATE_OUTSIDE_MONTH", { month: context.month, value: promotion.endDate });
    if (startInside && endInside && promotion.endDate < promotion.startDate) problems.add([...field, "endDate"], `promotions[${index}].endDate must not be before startDate ${promotion.startDate}, got ${promotion.endDate}`, "END_BEFORE_START", { start: promotion.startDate, value: promotion.endDate });
    problems.decimal([...field, "budget"], promotion.budget, AMOUNT_DECIMALS);
    problems.decimal([...field, "expectedUplift"], promotion.expectedUplift, AMOUNT_DECIMALS);
  });

  if (content.penetrationNotes !== null && content.penetrationNotes.length > MAX_NOTES_LENGTH) {
    problems.add(["penetrationNotes"], `penetrationNotes must be at most ${MAX_NOTES_LENGTH} characters, got ${content.penetrationNotes.length}`, "TEXT_LENGTH", { min: "0", max: String(MAX_NOTES_LENGTH), length: String(content.penetrationNotes.length) });
  }
  return problems.problems;
}

/** The problem with planning for `month` when it is in the closed past (before today's month); null when open. */
export function closedMonthProblem(month: string, today: string): PlanProblem | null {
  return isClosedMonth(month, today) ? { field: ["month"], message: `month ${month} is closed (before ${today.slice(0, 7)}); plan the current or a later month`, reason: "MONTH_CLOSED", params: { month, current: today.slice(0, 7) } } : null;
}
