import type { BusinessPlanAction as WorkflowAction } from "@beatplan/domain";
import type { EntityManager } from "@mikro-orm/postgresql";
import { DomainError } from "../shared/domain-error.ts";
import { fromGlobalId } from "../shared/global-id.ts";
import { User } from "../org/user.entity.ts";
import { actingUser, actorRelation, findVisibleCustomer, lockPlanForWrite, type PlanRequest } from "./business-plan-access.ts";
import { BusinessPlanAction, BusinessPlanStatus } from "./business-plan-status.ts";
import { BusinessPlan } from "./business-plan.entity.ts";
import type { BusinessPlanReasonInput, BusinessPlanStepInput, CreateBusinessPlanInput, ReviseBusinessPlanInput } from "./business-plan.input.ts";
import { toPlanContent } from "./plan-content-input.ts";
import { addRevision, authorise, flushPlan, optionalText, recordStep, requiredText } from "./plan-writes.ts";
import { Customer } from "../customers/customer.entity.ts";

/**
 * Creates a customer's plan for a month as a DRAFT with revision 1. The plan belongs to the
 * customer's responsible rep; that rep, a manager of the customer's territory or an
 * administrator may create it. One plan per customer and month (DUPLICATE otherwise).
 */
export async function createBusinessPlan(em: EntityManager, request: PlanRequest, input: CreateBusinessPlanInput): Promise<BusinessPlan> {
  const user = await actingUser(em, request);
  const customerUuid = fromGlobalId("Customer", input.customerId, "customerId");
  const customer = await findVisibleCustomer(em, request.scope, customerUuid, "customerId", input.customerId);
  const ownerId = customer.responsibleRep?.id;
  if (!ownerId) throw new DomainError("VALIDATION", `customer ${customer.code} has no responsible rep; assign one before planning`, ["customerId"]);
  const relation = await actorRelation(em, user, customer, ownerId);
  if (relation === "OTHER") throw new DomainError("FORBIDDEN", `only the rep of customer ${customer.code}, a manager of its territory or an administrator may plan for it`);
  const content = await toPlanContent(em, customer.id, input.month, request.today, input.content);
  const changeNote = optionalText(input.changeNote, "changeNote");
  const existing = await em.findOne(BusinessPlan, { customer: customer.id, month: `${input.month}-01` }, { fields: ["id"] });
  if (existing) throw new DomainError("DUPLICATE", `customer ${customer.code} already has a business plan for ${input.month}`, ["month"], { reason: "DUPLICATE_MONTH", params: { customer: customer.code, month: input.month } });
  const plan = createDraft(em, customer, input.month, ownerId, user, content, changeNote);
  await flushPlan(em, plan, customer);
  return plan;
}

/** Builds (does not flush) a DRAFT plan with revision 1; also used to seed next month's plan. */
export function createDraft(em: EntityManager, customer: Customer, month: string, ownerId: string, author: User, content: Parameters<typeof addRevision>[3], changeNote: string | null): BusinessPlan {
  const plan = Object.assign(new BusinessPlan(), { month: `${month}-01`, status: BusinessPlanStatus.DRAFT, currentRevisionNumber: 1 });
  plan.customer = em.getReference(Customer, customer.id, { wrapped: true });
  plan.owner = em.getReference(User, ownerId, { wrapped: true });
  em.persist(plan);
  addRevision(em, plan, author, content, changeNote, true);
  recordStep(em, plan, author, BusinessPlanAction.CREATE, null, BusinessPlanStatus.DRAFT, changeNote);
  return plan;
}

/**
 * Writes a new revision: REVISE before confirmation (the status stays), ADJUST after it (the plan
 * becomes ADJUSTED and must be confirmed again; the confirmed revision stays in history).
 */
export async function writeRevision(em: EntityManager, request: PlanRequest, input: ReviseBusinessPlanInput, action: "REVISE" | "ADJUST"): Promise<BusinessPlan> {
  const user = await actingUser(em, request);
  const { plan, customer } = await lockPlanForWrite(em, request.scope, input.id, input.expectedVersion);
  const to = await authorise(em, plan, customer, user, action);
  const content = await toPlanContent(em, customer.id, plan.month.slice(0, 7), request.today, input.content);
  const changeNote = optionalText(input.changeNote, "changeNote");
  const from = plan.status;
  addRevision(em, plan, user, content, changeNote);
  if (action === "ADJUST") plan.statusNote = null;
  recordStep(em, plan, user, action === "ADJUST" ? BusinessPlanAction.ADJUST : BusinessPlanAction.REVISE, from, to, changeNote);
  await flushPlan(em, plan, customer);
  return plan;
}

/** A workflow step without content; see the transition table in @beatplan/domain. */
async function step(em: EntityManager, request: PlanRequest, input: { id: string; expectedVersion: number }, action: WorkflowAction, note: string | null): Promise<BusinessPlan> {
  const user = await actingUser(em, request);
  const { plan, customer } = await lockPlanForWrite(em, request.scope, input.id, input.expectedVersion);
  const to = await authorise(em, plan, customer, user, action);
  const from = plan.status;
  switch (action) {
    case "PROPOSE":
      plan.lastProposedRevisionNumber = plan.currentRevisionNumber;
      plan.statusNote = null;
      break;
    case "CONFIRM":
      plan.confirmedRevisionNumber = plan.currentRevisionNumber;
      plan.statusNote = null;
      break;
    case "REQUEST_REVISION":
    case "REJECT":
      plan.statusNote = note;
      break;
    default:
      break;
  }
  recordStep(em, plan, user, BusinessPlanAction[action], from, to, note);
  await flushPlan(em, plan, customer);
  return plan;
}

/** DRAFT / REVISION_REQUESTED / REJECTED / ADJUSTED → PROPOSED: the rep shares the current revision with the customer. */
export function proposeBusinessPlan(em: EntityManager, request: PlanRequest, input: BusinessPlanStepInput): Promise<BusinessPlan> {
  return step(em, request, input, "PROPOSE", optionalText(input.note, "note"));
}

/** PROPOSED / APPROVED → REVISION_REQUESTED: the customer asked for changes (given as the reason). */
export function requestRevision(em: EntityManager, request: PlanRequest, input: BusinessPlanReasonInput): Promise<BusinessPlan> {
  return step(em, request, input, "REQUEST_REVISION", requiredText(input.reason, "reason"));
}

/** PROPOSED → APPROVED by a manager of the customer's territory (or an administrator). */
export function approveBusinessPlan(em: EntityManager, request: PlanRequest, input: BusinessPlanStepInput): Promise<BusinessPlan> {
  return step(em, request, input, "APPROVE", optionalText(input.note, "note"));
}

/** PROPOSED → REJECTED by a manager, with a reason. */
export function rejectBusinessPlan(em: EntityManager, request: PlanRequest, input: BusinessPlanReasonInput): Promise<BusinessPlan> {
  return step(em, request, input, "REJECT", requiredText(input.reason, "reason"));
}

/** PROPOSED (within the rep's authority) / APPROVED → CONFIRMED: the customer agreed. */
export function confirmBusinessPlan(em: EntityManager, request: PlanRequest, input: BusinessPlanStepInput): Promise<BusinessPlan> {
  return step(em, request, input, "CONFIRM", optionalText(input.note, "note"));
}
