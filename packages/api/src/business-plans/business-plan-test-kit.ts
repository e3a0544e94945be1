/**
 * Test support for the business-plan tests: GraphQL documents, sign-in and a valid plan content
 * for a customer of the `planningTerritories` fixture. Not used by the application.
 */
import { monthIn, planTimeZone } from "@beatplan/domain";
import { testClock } from "@beatplan/domain/testing";
import { fixtureUsers, planningTerritories } from "../../test/fixtures.ts";
import { startTestApp, type TestApp, type TestAppOptions } from "../../test/test-app.ts";

/**
 * The users of the `planningTerritories` fixture by their part: `rep` and `manager` work in
 * T-NORTH (12 customers of two stores each), `otherRep` and `otherManager` in T-SOUTH.
 */
export const planUsers = {
  rep: fixtureUsers.northRep,
  manager: fixtureUsers.northManager,
  otherRep: fixtureUsers.southRep,
  otherManager: fixtureUsers.southManager,
  admin: fixtureUsers.admin,
} as const;

/** Starts the test server on the `planningTerritories` fixture. */
export function startPlanningApp(options: Omit<TestAppOptions, "fixture" | "demo"> = {}): Promise<TestApp> {
  return startTestApp({ ...options, fixture: planningTerritories });
}

/** A userError as returned in payloads. */
export interface UserErrorResult {
  field: string[] | null;
  message: string;
  code: string;
  reason: string | null;
  params: { name: string; value: string }[];
}

/** The plan fields the tests read back. */
export interface PlanResult {
  id: string;
  status: string;
  version: number;
  currentRevisionNumber: number;
  confirmedRevisionNumber: number | null;
  statusNote: string | null;
  needsApproval: boolean;
  completion: number | null;
  currentRevision: { number: number; targetAmount: string; promotionBudget: string };
}

/** Payload of every plan mutation. */
export interface PlanPayload {
  businessPlan: PlanResult | null;
  userErrors: UserErrorResult[];
}

export const planFields = `id status version currentRevisionNumber confirmedRevisionNumber statusNote needsApproval completion
  currentRevision { number targetAmount promotionBudget }`;
const payloadFields = `businessPlan { ${planFields} } userErrors { field message code reason params { name value } }`;

/** Mutation documents by name; each takes `$input`. */
export const planMutations = {
  createBusinessPlan: `mutation($input: CreateBusinessPlanInput!) { createBusinessPlan(input: $input) { ${payloadFields} } }`,
  reviseBusinessPlan: `mutation($input: ReviseBusinessPlanInput!) { reviseBusinessPlan(input: $input) { ${payloadFields} } }`,
  adjustBusinessPlan: `mutation($input: ReviseBusinessPlanInput!) { adjustBusinessPlan(input: $input) { ${payloadFields} } }`,
  proposeBusinessPlan: `mutation($input: BusinessPlanStepInput!) { proposeBusinessPlan(input: $input) { ${payloadFields} } }`,
  approveBusinessPlan: `mutation($input: BusinessPlanStepInput!) { approveBusinessPlan(input: $input) { ${payloadFields} } }`,
  confirmBusinessPlan: `mutation($input: BusinessPlanStepInput!) { confirmBusinessPlan(input: $input) { ${payloadFields} } }`,
  requestRevision: `mutation($input: BusinessPlanReasonInput!) { requestRevision(input: $input) { ${payloadFields} } }`,
  rejectBusinessPlan: `mutation($input: BusinessPlanReasonInput!) { rejectBusinessPlan(input: $input) { ${payloadFields} } }`,
  recordWeeklyProgress: `mutation($input: RecordWeeklyProgressInput!) { recordWeeklyProgress(input: $input) { ${payloadFields} } }`,
  closeBusinessPlan: `mutation($input: CloseBusinessPlanInput!) { closeBusinessPlan(input: $input) { ${payloadFields} nextMonthPlan { id status month currentRevision { targetAmount penetrationNotes } } } }`,
} as const;

/** A plan mutation's name. */
export type PlanMutation = keyof typeof planMutations;

/** The test clock's month where the business runs, "YYYY-MM". */
export function currentMonth(): string {
  return monthIn(testClock(), planTimeZone);
}

/** A customer of the signed-in rep with its stores. */
export interface CustomerWithStores {
  id: string;
  code: string;
  stores: { id: string; code: string }[];
}

/** A customer of the rep's book with two or more stores and no plan for `month` yet. */
export async function unplannedCustomer(app: TestApp, token: string, month: string): Promise<CustomerWithStores> {
  const planned = await app.graphql<{ businessPlans: { edges: { node: { customer: { code: string } } }[] } }>(
    "query($month: Month!) { businessPlans(first: 500, filter: { month: $month }) { edges { node { customer { code } } } } }",
    { month },
    token,
  );
  const plannedCodes = new Set(planned.data!.businessPlans.edges.map((edge) => edge.node.customer.code));
  return (await customersOf(app, token)).find((candidate) => !plannedCodes.has(candidate.code))!;
}

/** Customers of the rep's own book that have at least `minStores` stores, by code. */
export async function customersOf(app: TestApp, token: string, minStores = 2): Promise<CustomerWithStores[]> {
  const me = await app.graphql<{ me: { id: string } }>("{ me { id } }", {}, token);
  const result = await app.graphql<{ customers: { edges: { node: CustomerWithStores }[] } }>(
    "query($repId: ID!) { customers(first: 200, filter: { repId: $repId }) { edges { node { id code stores { id code } } } } }",
    { repId: me.data!.me.id },
    token,
  );
  if (!result.data) throw new Error(`customers query failed: ${JSON.stringify(result.errors)}`);
  return result.data.customers.edges.map((edge) => edge.node).filter((customer) => customer.stores.length >= minStores);
}

/** Ids of products in the catalogue (the fixture loads the demo's). */
export async function productIds(app: TestApp, token: string): Promise<string[]> {
  const result = await app.graphql<{ products: { id: string }[] }>("{ products(first: 5) { id } }", {}, token);
  return result.data!.products.map((product) => product.id);
}

/**
 * A valid content for `month`: target 10,000.00 split over the first two stores, one launch and
 * one promotion with the given budget (a rep's authority limit is 10,000.00, the role default).
 */
export function planContent(month: string, customer: CustomerWithStores, productId: string, promotionBudget = "2000.00", targetAmount = "10000.00"): Record<string, unknown> {
  const half = (Number(targetAmount) / 2).toFixed(2);
  return {
    companyTargetVolume: "120",
    companyTargetAmount: "12000.00",
    targetVolume: "100",
    targetAmount,
    forecastVolume: "95",
    forecastAmount: "9500.00",
    storeTargets: [
      { storeId: customer.stores[0]!.id, volume: "60", amount: half },
      { storeId: customer.stores[1]!.id, volume: "40", amount: (Number(targetAmount) - Number(half)).toFixed(2) },
    ],
    launches: [{ productId, launchDate: `${month}-05`, firstOrderQuantity: "24", targetStores: 2, materialsReady: true, promoterReady: false }],
    promotions: [{ type: "display", startDate: `${month}-10`, endDate: `${month}-20`, budget: promotionBudget, expectedUplift: "8" }],
    penetrationNotes: "Buyer prefers end-cap displays.",
  };
}

/** Runs a plan mutation and returns its payload; fails the test on GraphQL errors. */
export async function mutate(app: TestApp, token: string, name: PlanMutation, input: Record<string, unknown>): Promise<PlanPayload> {
  const result = await app.graphql<Record<string, PlanPayload>>(planMutations[name], { input }, token);
  if (result.errors) throw new Error(`${name} failed: ${JSON.stringify(result.errors)}`);
  return result.data![name]!;
}
