import {
  AMOUNT_DECIMALS,
  formatPlanDecimal,
  nextMonth,
  parsePlanDecimal,
  planDecimalUnits,
  VOLUME_DECIMALS,
  weeksInMonth,
  type PlanContent,
  type PlanProblem,
} from "@beatplan/domain";
import type { EntityManager } from "@mikro-orm/postgresql";
import { Store } from "../customers/store.entity.ts";
import { DomainError } from "../shared/domain-error.ts";
import { parseGlobalId } from "../shared/global-id.ts";
import { User } from "../org/user.entity.ts";
import { actingUser, lockPlanForWrite, type PlanRequest } from "./business-plan-access.ts";
import { BusinessPlanAction } from "./business-plan-status.ts";
import { BusinessPlan } from "./business-plan.entity.ts";
import type { CloseBusinessPlanInput, RecordWeeklyProgressInput, StoreActualInput } from "./business-plan.input.ts";
import { createDraft } from "./business-plan.service.ts";
import { BusinessReview, type StoredStoreReview } from "./business-review.entity.ts";
import { throwProblems } from "./plan-content-input.ts";
import { authorise, currentRevision, flushPlan, optionalText, recordStep } from "./plan-writes.ts";
import { WeeklyProgress, type StoredStoreActual } from "./weekly-progress.entity.ts";
import { databaseNow } from "../shared/entity-clock.ts";

/** Actuals as entered: per store (then the totals are their sums) or as totals only. */
interface ActualsInput {
  stores: StoreActualInput[];
  actualVolume?: string | null;
  actualAmount?: string | null;
}

/** Validated actuals with exact totals. */
interface Actuals {
  volume: string;
  amount: string;
  stores: StoredStoreActual[];
}

/** Checks actuals against the customer's stores; every problem is reported under `prefix`. */
async function parseActuals(em: EntityManager, customerId: string, input: ActualsInput, prefix: string[]): Promise<Actuals> {
  const problems: PlanProblem[] = [];
  const decimal = (field: string[], text: string, decimals: number): bigint => {
    const parsed = parsePlanDecimal(text, decimals, field.join("."));
    if (parsed.ok) return parsed.units;
    problems.push({ field, message: parsed.message, reason: parsed.reason, params: parsed.params });
    return 0n;
  };
  const stores = await em.find(Store, { customer: customerId }, { fields: ["id", "code"] });
  const codes = new Map(stores.map((store) => [store.id, store.code]));
  const seen = new Set<string>();
  let volume = 0n;
  let amount = 0n;
  const lines = input.stores.map((line, index) => {
    const field = ["stores", String(index)];
    const parsed = parseGlobalId(line.storeId);
    const storeId = parsed?.type === "Store" ? parsed.uuid : "";
    const storeCode = codes.get(storeId);
    if (!storeCode) problems.push({ field: [...field, "storeId"], message: `stores[${index}].storeId names no store of this customer (${line.storeId})`, reason: "UNKNOWN_STORE" });
    else if (seen.has(storeId)) problems.push({ field: [...field, "storeId"], message: `stores[${index}] repeats store ${storeCode}; give each store once` });
    seen.add(storeId);
    const lineVolume = decimal([...field, "actualVolume"], line.actualVolume, VOLUME_DECIMALS);
    const lineAmount = decimal([...field, "actualAmount"], line.actualAmount, AMOUNT_DECIMALS);
    volume += lineVolume;
    amount += lineAmount;
    return { storeId, storeCode: storeCode ?? "", actualVolume: formatPlanDecimal(lineVolume, VOLUME_DECIMALS), actualAmount: formatPlanDecimal(lineAmount, AMOUNT_DECIMALS) };
  });
  if (lines.length === 0) {
    for (const name of ["actualVolume", "actualAmount"] as const) {
      if (input[name] == null) problems.push({ field: [name], message: `${name} is required when no store lines are given` });
    }
    volume = input.actualVolume == null ? 0n : decimal(["actualVolume"], input.actualVolume, VOLUME_DECIMALS);
    amount = input.actualAmount == null ? 0n : decimal(["actualAmount"], input.actualAmount, AMOUNT_DECIMALS);
  }
  throwProblems(problems.map((problem) => ({ ...problem, field: [...prefix, ...problem.field] })), []);
  return { volume: formatPlanDecimal(volume, VOLUME_DECIMALS), amount: formatPlanDecimal(amount, AMOUNT_DECIMALS), stores: lines };
}

/**
 * Actuals are to date, so they never fall from one week to the next: refuses a figure below the
 * nearest earlier recorded week's or above the nearest later one's (a correction skips this check).
 */
function checkRunningTotals(recorded: readonly Pick<WeeklyProgress, "week" | "actualVolume" | "actualAmount">[], week: number, actuals: Actuals): void {
  const earlier = recorded.filter((entry) => entry.week < week).sort((a, b) => b.week - a.week)[0];
  const later = recorded.filter((entry) => entry.week > week).sort((a, b) => a.week - b.week)[0];
  const units = (text: string) => planDecimalUnits(text);
  for (const [name, value] of [["actualAmount", actuals.amount], ["actualVolume", actuals.volume]] as const) {
    if (earlier && units(value) < units(earlier[name])) {
      throw new DomainError("VALIDATION", `${name} to date for week ${week} (${value}) is below week ${earlier.week}'s (${earlier[name]}); actuals to date do not fall: give a correctionReason to correct an earlier figure`, [name], { reason: "ACTUAL_BELOW_EARLIER_WEEK", params: { week: String(week), value, otherWeek: String(earlier.week), otherValue: earlier[name] } });
    }
    if (later && units(value) > units(later[name])) {
      throw new DomainError("VALIDATION", `${name} to date for week ${week} (${value}) is above week ${later.week}'s (${later[name]}); actuals to date do not fall: give a correctionReason to correct a figure`, [name], { reason: "ACTUAL_ABOVE_LATER_WEEK", params: { week: String(week), value, otherWeek: String(later.week), otherValue: later[name] } });
    }
  }
}

/**
 * CONFIRMED / TRACKING → TRACKING: records actual sales from the start of the month to the end
 * of a plan week. Only weeks that have begun may be recorded (actuals to date are entered as the
 * week goes on, so the current week counts); recording the same week again replaces its figures.
 */
export async function recordWeeklyProgress(em: EntityManager, request: PlanRequest, input: RecordWeeklyProgressInput): Promise<BusinessPlan> {
  const user = await actingUser(em, request);
  const { plan, customer } = await lockPlanForWrite(em, request.scope, input.id, input.expectedVersion);
  const to = await authorise(em, plan, customer, user, "RECORD_PROGRESS");
  const month = plan.month.slice(0, 7);
  const weeks = weeksInMonth(month);
  if (!Number.isInteger(input.week) || input.week < 1 || input.week > weeks) throw new DomainError("VALIDATION", `week must be 1..${weeks} for ${month}, got ${input.week}`, ["week"]);
  // Plan week w covers days 7(w − 1) + 1 … 7w.
  const firstDay = `${month}-${String(7 * (input.week - 1) + 1).padStart(2, "0")}`;
  if (request.today < firstDay) {
    throw new DomainError("VALIDATION", `week ${input.week} of ${month} begins on ${firstDay}; only weeks that have begun can be recorded (today is ${request.today})`, ["week"], { reason: "WEEK_NOT_BEGUN", params: { week: String(input.week), firstDay } });
  }
  const actuals = await parseActuals(em, customer.id, input, []);
  const correctionReason = optionalText(input.correctionReason, "correctionReason");
  const recorded = await em.find(WeeklyProgress, { plan: plan.id }, { fields: ["week", "actualVolume", "actualAmount"] });
  if (!correctionReason) checkRunningTotals(recorded, input.week, actuals);
  const existing = recorded.find((entry) => entry.week === input.week) ? await em.findOne(WeeklyProgress, { plan: plan.id, week: input.week }) : null;
  const progress = existing ?? Object.assign(new WeeklyProgress(), { week: input.week });
  progress.plan = em.getReference(BusinessPlan, plan.id, { wrapped: true });
  progress.recordedBy = em.getReference(User, user.id, { wrapped: true });
  Object.assign(progress, { actualVolume: actuals.volume, actualAmount: actuals.amount, storeActuals: actuals.stores, recordedAt: databaseNow(em) });
  em.persist(progress);
  const from = plan.status;
  recordStep(em, plan, user, BusinessPlanAction.RECORD_PROGRESS, from, to, correctionReason ? `week ${input.week}: ${actuals.amount} / ${actuals.volume} (correction: ${correctionReason})` : `week ${input.week}: ${actuals.amount} / ${actuals.volume}`, {
    week: input.week,
    amount: actuals.amount,
    volume: actuals.volume,
    correctionReason: correctionReason ?? null,
  });
  await flushPlan(em, plan, customer);
  return plan;
}

function reviewLines(content: PlanContent, actuals: Actuals): StoredStoreReview[] {
  const actualByStore = new Map(actuals.stores.map((line) => [line.storeId, line]));
  const lines: StoredStoreReview[] = content.storeTargets.map((target) => {
    const actual = actualByStore.get(target.storeId);
    return {
      storeId: target.storeId,
      storeCode: target.storeCode,
      targetVolume: target.volume,
      targetAmount: target.amount,
      actualVolume: actual?.actualVolume ?? formatPlanDecimal(0n, VOLUME_DECIMALS),
      actualAmount: actual?.actualAmount ?? formatPlanDecimal(0n, AMOUNT_DECIMALS),
    };
  });
  const planned = new Set(content.storeTargets.map((target) => target.storeId));
  for (const actual of actuals.stores) {
    if (!planned.has(actual.storeId)) lines.push({ ...actual, targetVolume: formatPlanDecimal(0n, VOLUME_DECIMALS), targetAmount: formatPlanDecimal(0n, AMOUNT_DECIMALS) });
  }
  return lines;
}

/** Result of closing: the closed plan and, when asked for, next month's seeded draft. */
export interface ClosedPlan {
  plan: BusinessPlan;
  nextMonthPlan: BusinessPlan | null;
}

/**
 * CONFIRMED / TRACKING → CLOSED with the monthly business review (客代10): actual against the
 * confirmed targets per store. Guard: the plan month has begun. With `seedNextMonth`, next
 * month's DRAFT starts from this plan's targets and store split, with the review's
 * opportunities as its penetration notes (unless next month's plan already exists).
 */
export async function closeBusinessPlan(em: EntityManager, request: PlanRequest, input: CloseBusinessPlanInput): Promise<ClosedPlan> {
  const user = await actingUser(em, request);
  const { plan, customer } = await lockPlanForWrite(em, request.scope, input.id, input.expectedVersion);
  const to = await authorise(em, plan, customer, user, "CLOSE");
  const month = plan.month.slice(0, 7);
  if (request.today.slice(0, 7) < month) throw new DomainError("INVALID_TRANSITION", `cannot close the plan of ${month} before the month has begun (today is ${request.today})`);
  const actuals = await parseActuals(em, customer.id, input.review, ["review"]);
  const texts = {
    transactions: optionalText(input.review.transactions, "review.transactions"),
    inStorePerformance: optionalText(input.review.inStorePerformance, "review.inStorePerformance"),
    competitorNews: optionalText(input.review.competitorNews, "review.competitorNews"),
    opportunities: optionalText(input.review.opportunities, "review.opportunities"),
  };
  const revision = await currentRevision(em, plan);
  const review = Object.assign(new BusinessReview(), {
    revisionNumber: revision.number,
    targetVolume: revision.targetVolume,
    targetAmount: revision.targetAmount,
    actualVolume: actuals.volume,
    actualAmount: actuals.amount,
    storeLines: reviewLines(revision.content, actuals),
    ...texts,
  });
  review.plan = em.getReference(BusinessPlan, plan.id, { wrapped: true });
  review.author = em.getReference(User, user.id, { wrapped: true });
  em.persist(review);
  recordStep(em, plan, user, BusinessPlanAction.CLOSE, plan.status, to, null);
  let nextMonthPlan: BusinessPlan | null = null;
  const next = nextMonth(month);
  if (input.seedNextMonth && !(await em.findOne(BusinessPlan, { customer: customer.id, month: `${next}-01` }, { fields: ["id"] }))) {
    const seeded: PlanContent = { ...revision.content, launches: [], promotions: [], penetrationNotes: texts.opportunities };
    nextMonthPlan = createDraft(em, customer, next, plan.owner.id, user, seeded, `seeded from the closed plan of ${month}`);
  }
  await flushPlan(em, plan, customer);
  return { plan, nextMonthPlan };
}

