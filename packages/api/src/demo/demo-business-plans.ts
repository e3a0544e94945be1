import { AMOUNT_DECIMALS, formatPlanDecimal, monthIn, nextMonth, type PlanContent, planDecimalUnits, planTimeZone, previousMonth, promotionBudgetTotal, VOLUME_DECIMALS } from "@beatplan/domain";
import type { EntityManager } from "@mikro-orm/postgresql";
import { executeSql } from "../shared/sql.ts";

type Status = "DRAFT" | "PROPOSED" | "TRACKING" | "CLOSED";

/** One demo plan: whose, which month (relative to today's), how far it got. */
interface DemoPlanSpec {
  customerCode: string;
  /** -1: last month (closed with a review), 0: this month. */
  monthOffset: -1 | 0;
  status: Status;
  targetAmount: number;
  promotionBudget: number;
  /** Actual ÷ target at month end (closed plans) or after week 1 (tracking plans). */
  performance: number;
}

// Demo-T1 customers that the browser and API tests do not plan for (DEMO-11 … DEMO-13 are shops without a store split).
const demoPlans: readonly DemoPlanSpec[] = [
  { customerCode: "DEMO-01", monthOffset: -1, status: "CLOSED", targetAmount: 18_000, promotionBudget: 6_000, performance: 1.04 },
  { customerCode: "DEMO-03", monthOffset: -1, status: "CLOSED", targetAmount: 12_500, promotionBudget: 4_000, performance: 0.86 },
  { customerCode: "DEMO-11", monthOffset: 0, status: "TRACKING", targetAmount: 9_600, promotionBudget: 3_000, performance: 0.27 },
  { customerCode: "DEMO-12", monthOffset: 0, status: "PROPOSED", targetAmount: 15_000, promotionBudget: 14_500, performance: 0 },
  { customerCode: "DEMO-13", monthOffset: 0, status: "DRAFT", targetAmount: 7_200, promotionBudget: 2_000, performance: 0 },
];

const weekShares = [0.22, 0.47, 0.71, 0.93];

function money(value: number): string {
  return formatPlanDecimal(planDecimalUnits(value.toFixed(2)), AMOUNT_DECIMALS);
}

function units(value: number): string {
  return formatPlanDecimal(planDecimalUnits(value.toFixed(3)), VOLUME_DECIMALS);
}

/** Splits `total` over the stores so that the parts add up exactly (the last store takes the rounding). */
function split(total: number, count: number, format: (value: number) => string, step: number): string[] {
  const share = Math.floor(total / count / step) * step;
  return Array.from({ length: count }, (_, index) => format(index === count - 1 ? total - share * (count - 1) : share));
}

function contentFor(spec: DemoPlanSpec, month: string, stores: { id: string; code: string }[], product: { id: string; code: string } | undefined, scale = 1): PlanContent {
  const amount = spec.targetAmount * scale;
  const volume = Math.round(amount / 90);
  const amounts = split(amount, stores.length, money, 0.01);
  const volumes = split(volume, stores.length, units, 1);
  return {
    companyTargetVolume: units(Math.round(volume * 1.1)),
    companyTargetAmount: money(amount * 1.1),
    targetVolume: units(volume),
    targetAmount: money(amount),
    forecastVolume: units(Math.round(volume * 0.95)),
    forecastAmount: money(amount * 0.95),
    storeTargets: stores.map((store, index) => ({ storeId: store.id, storeCode: store.code, volume: volumes[index]!, amount: amounts[index]! })),
    launches: product ? [{ productId: product.id, productCode: product.code, launchDate: `${month}-08`, firstOrderQuantity: "24.000", targetStores: stores.length, materialsReady: true, promoterReady: false }] : [],
    promotions: [{ type: "end-cap display", startDate: `${month}-10`, endDate: `${month}-20`, budget: money(spec.promotionBudget * scale), expectedUplift: "8.00" }],
    penetrationNotes: "Buyer plans a shelf reset mid-month.",
  };
}

/** Totals of store actuals; a plan without a store split gets `share` of its target. */
function actualTotals(content: PlanContent, stores: { actualVolume: string; actualAmount: string }[], share: number): { volume: string; amount: string } {
  if (stores.length === 0) return { volume: units(Number(content.targetVolume) * share), amount: money(Number(content.targetAmount) * share) };
  return { volume: units(stores.reduce((sum, line) => sum + Number(line.actualVolume), 0)), amount: money(stores.reduce((sum, line) => sum + Number(line.actualAmount), 0)) };
}

/** The plan's history as (action, from, to, revision, actor) steps. */
function stepsFor(status: Status): [string, string | null, string, number, "rep" | "manager"][] {
  const created: [string, string | null, string, number, "rep" | "manager"] = ["CREATE", null, "DRAFT", 1, "rep"];
  if (status === "DRAFT") return [created];
  if (status === "PROPOSED") return [created, ["PROPOSE", "DRAFT", "PROPOSED", 1, "rep"]];
  const confirmed: [string, string | null, string, number, "rep" | "manager"][] = [
    created,
    ["PROPOSE", "DRAFT", "PROPOSED", 1, "rep"],
    ["REQUEST_REVISION", "PROPOSED", "REVISION_REQUESTED", 1, "rep"],
    ["REVISE", "REVISION_REQUESTED", "REVISION_REQUESTED", 2, "rep"],
    ["PROPOSE", "REVISION_REQUESTED", "PROPOSED", 2, "rep"],
    ["CONFIRM", "PROPOSED", "CONFIRMED", 2, "rep"],
  ];
  const weeks = status === "CLOSED" ? weekShares.length : 1;
  for (let week = 1; week <= weeks; week += 1) confirmed.push(["RECORD_PROGRESS", week === 1 ? "CONFIRMED" : "TRACKING", "TRACKING", 2, "rep"]);
  if (status === "CLOSED") confirmed.push(["CLOSE", "TRACKING", "CLOSED", 2, "rep"]);
  return confirmed;
}

/**
 * Writes a few business plans of Demo-T1 so that the plan screens have something to show: two
 * closed plans of last month with reviews, and a tracking, a proposed (beyond the rep's
 * authority) and a draft plan of this month. Plain SQL like the rest of the demo loader, so
 * the audit trail starts empty. Returns how many plans were written.
 */
export async function loadDemoBusinessPlans(tx: EntityManager, now: Date): Promise<number> {
  const thisMonth = monthIn(now, planTimeZone);
  const customers = await executeSql<{ id: string; code: string; rep_id: string | null }>(
    tx,
    "select id, code, responsible_rep_id as rep_id from customer where code = any($1::text[])",
    [demoPlans.map((spec) => spec.customerCode)],
  );
  const stores = await executeSql<{ id: string; code: string; customer_id: string }>(tx, "select id, code, customer_id from store where customer_id = any($1::uuid[]) order by code", [customers.map((customer) => customer.id)]);
  const [manager] = await executeSql<{ id: string }>(tx, "select id from app_user where email = 'manager.demo-t1@beatplan.test'");
  const [product] = await executeSql<{ id: string; code: string }>(tx, "select id, code from product order by code limit 1");
  let written = 0;
  for (const spec of demoPlans) {
    const customer = customers.find((candidate) => candidate.code === spec.customerCode);
    const customerStores = stores.filter((store) => store.customer_id === customer?.id);
    if (!customer?.rep_id || !manager) continue;
    const month = spec.monthOffset === -1 ? previousMonth(thisMonth) : thisMonth;
    const steps = stepsFor(spec.status);
    const revisions = steps.some((step) => step[0] === "REVISE")
      ? [contentFor(spec, month, customerStores, product, 1), contentFor(spec, month, customerStores, product, 0.95)]
      : [contentFor(spec, month, customerStores, product)];
    const current = revisions.at(-1)!;
    const confirmed = spec.status === "TRACKING" || spec.status === "CLOSED" ? revisions.length : null;
    const proposed = spec.status === "DRAFT" ? null : revisions.length;
    const at = (index: number) => new Date(Date.parse(`${month}-01T01:00:00Z`) + index * 36 * 3_600_000).toISOString();
    const [plan] = await executeSql<{ id: string }>(
      tx,
      `insert into business_plan (customer_id, month, owner_id, status, current_revision_number, confirmed_revision_number, last_proposed_revision_number, version, created_at, updated_at)
       values ($1, $2::date, $3, $4, $5, $6, $7, $8, $9::timestamptz, $10::timestamptz) returning id`,
      [customer.id, `${month}-01`, customer.rep_id, spec.status, revisions.length, confirmed, proposed, steps.length, at(0), at(steps.length - 1)],
    );
    for (const [index, content] of revisions.entries()) {
      await executeSql(
        tx,
        `insert into business_plan_revision (plan_id, number, author_id, created_at, change_note, target_volume, target_amount, promotion_budget, content)
         values ($1, $2, $3, $4::timestamptz, $5, $6, $7, $8, $9::jsonb)`,
        [plan!.id, index + 1, customer.rep_id, at(index * 3), index === 0 ? "first draft with the buyer" : "buyer asked for a lower target", content.targetVolume, content.targetAmount, promotionBudgetTotal(content), JSON.stringify(content)],
      );
    }
    for (const [index, [action, from, to, revision, actor]] of steps.entries()) {
      await executeSql(
        tx,
        "insert into business_plan_event (plan_id, action, from_status, to_status, revision_number, actor_id, note, created_at) values ($1, $2, $3, $4, $5, $6, $7, $8::timestamptz)",
        [plan!.id, action, from, to, revision, actor === "manager" ? manager.id : customer.rep_id, action === "REQUEST_REVISION" ? "buyer asked for a lower target" : null, at(index)],
      );
    }
    const weeks = spec.status === "CLOSED" ? weekShares.length : spec.status === "TRACKING" ? 1 : 0;
    for (let week = 1; week <= weeks; week += 1) {
      const share = spec.status === "CLOSED" ? weekShares[week - 1]! * spec.performance : spec.performance;
      const storeActuals = current.storeTargets.map((line) => ({ storeId: line.storeId, storeCode: line.storeCode, actualVolume: units(Number(line.volume) * share), actualAmount: money(Number(line.amount) * share) }));
      const totals = actualTotals(current, storeActuals, share);
      await executeSql(
        tx,
        `insert into business_plan_progress (plan_id, week, actual_volume, actual_amount, store_actuals, recorded_by_id, recorded_at) values ($1, $2, $3, $4, $5::jsonb, $6, $7::timestamptz)`,
        [plan!.id, week, totals.volume, totals.amount, JSON.stringify(storeActuals), customer.rep_id, at(7 + week)],
      );
    }
    if (spec.status === "CLOSED") {
      const storeLines = current.storeTargets.map((line) => ({ storeId: line.storeId, storeCode: line.storeCode, targetVolume: line.volume, targetAmount: line.amount, actualVolume: units(Number(line.volume) * spec.performance), actualAmount: money(Number(line.amount) * spec.performance) }));
      await executeSql(
        tx,
        `insert into business_plan_review (plan_id, revision_number, target_volume, target_amount, actual_volume, actual_amount, store_lines, transactions, in_store_performance, competitor_news, opportunities, author_id, created_at)
         values ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10, $11, $12, $13::timestamptz)`,
        [
          plan!.id, revisions.length, current.targetVolume, current.targetAmount,
          actualTotals(current, storeLines, spec.performance).volume, actualTotals(current, storeLines, spec.performance).amount, JSON.stringify(storeLines),
          "Four deliveries, paid on time.", "Display kept all month; one store out of stock in week 3.", "A competitor ran a price cut in week 2.", `Launch the snack range in ${nextMonth(month)}.`,
          customer.rep_id, `${month}-28T09:00:00Z`,
        ],
      );
    }
    written += 1;
  }
  return written;
}
