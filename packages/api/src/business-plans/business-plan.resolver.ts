import { planTimeZone, todayIn } from "@beatplan/domain";
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { actorKey } from "../auth/viewer.ts";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { GraphQLContext } from "../shared/context.ts";
import { toUserErrors } from "../shared/error-mapping.ts";
import { parseGlobalId } from "../shared/global-id.ts";
import { runIdempotent, type IdempotencyCodec } from "../shared/idempotency.ts";
import { pageSize } from "../shared/limits.ts";
import type { PlanRequest } from "./business-plan-access.ts";
import { listBusinessPlans } from "./business-plan-list.ts";
import { BusinessPlan } from "./business-plan.entity.ts";
import {
  BusinessPlanFilter,
  BusinessPlanReasonInput,
  BusinessPlanStepInput,
  CloseBusinessPlanInput,
  CreateBusinessPlanInput,
  RecordWeeklyProgressInput,
  ReviseBusinessPlanInput,
} from "./business-plan.input.ts";
import {
  approveBusinessPlan,
  confirmBusinessPlan,
  createBusinessPlan,
  proposeBusinessPlan,
  rejectBusinessPlan,
  requestRevision,
  writeRevision,
} from "./business-plan.service.ts";
import { closeBusinessPlan, recordWeeklyProgress, type ClosedPlan } from "./business-plan-tracking.service.ts";
import { BusinessPlanConnection, BusinessPlanPayload, CloseBusinessPlanPayload } from "./business-plan.types.ts";

// A retried call answers with the plans as they are now: the first call's changes are committed.
const planCodec: IdempotencyCodec<BusinessPlan> = {
  encode: (plan) => ({ planId: plan.id }),
  decode: (stored, em) => em.findOneOrFail(BusinessPlan, (stored as { planId: string }).planId),
};

const closedCodec: IdempotencyCodec<ClosedPlan> = {
  encode: (result) => ({ planId: result.plan.id, nextMonthPlanId: result.nextMonthPlan?.id ?? null }),
  decode: async (stored, em) => {
    const { planId, nextMonthPlanId } = stored as { planId: string; nextMonthPlanId: string | null };
    return { plan: await em.findOneOrFail(BusinessPlan, planId), nextMonthPlan: nextMonthPlanId ? await em.findOne(BusinessPlan, nextMonthPlanId) : null };
  },
};

function planRequest(context: GraphQLContext): PlanRequest {
  return { scope: context.scope, viewer: context.viewer, today: todayIn(context.now(), planTimeZone) };
}

/** Business plans (form 客代09): the list, one plan, and the workflow mutations. */
@Resolver()
export class BusinessPlanResolver {
  @Query(() => BusinessPlanConnection, { description: "Business plans the viewer may see (their customers'), by month then customer code; keyset cursors, `first` 1..500." })
  async businessPlans(
    @Ctx() context: GraphQLContext,
    @Arg("first", () => Int, { nullable: true, defaultValue: pageSize.default, description: `Page size, ${pageSize.min}..${pageSize.max}.` }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor of the plan to continue after (`pageInfo.endCursor`)." }) after: string | null,
    @Arg("filter", () => BusinessPlanFilter, { nullable: true, description: "Conditions the plans must meet." }) filter: BusinessPlanFilter | null,
  ): Promise<BusinessPlanConnection> {
    const page = await listBusinessPlans(context.em, context.scope, { first: first ?? pageSize.default, after, filter });
    return Object.assign(new BusinessPlanConnection(), page);
  }

  @Query(() => BusinessPlan, { nullable: true, description: "One business plan by global ID; null when it does not exist or is not visible to you." })
  businessPlan(@Ctx() context: GraphQLContext, @Arg("id", () => ID, { description: "Global ID of the plan." }) id: string): Promise<BusinessPlan | null> | null {
    const parsed = parseGlobalId(id);
    return parsed?.type === "BusinessPlan" ? context.loaders.businessPlans.planById.load(parsed.uuid) : null;
  }

  private async mutate<Result>(
    context: GraphQLContext,
    operation: string,
    input: { idempotencyKey?: string | null },
    work: (tx: EntityManager, request: PlanRequest) => Promise<Result>,
    codec: IdempotencyCodec<Result>,
  ): Promise<{ result: Result | null; userErrors: BusinessPlanPayload["userErrors"] }> {
    try {
      const request = planRequest(context);
      const actorId = context.viewer ? actorKey(context.viewer) : "anonymous";
      const result = await runIdempotent(context.em, { key: input.idempotencyKey, operation, actorId, input }, (tx) => work(tx, request), codec);
      return { result, userErrors: [] };
    } catch (error) {
      return { result: null, userErrors: toUserErrors(error) };
    }
  }

  private async planMutation(context: GraphQLContext, operation: string, input: { idempotencyKey?: string | null }, work: (tx: EntityManager, request: PlanRequest) => Promise<BusinessPlan>): Promise<BusinessPlanPayload> {
    const { result, userErrors } = await this.mutate(context, operation, input, work, planCodec);
    return Object.assign(new BusinessPlanPayload(), { businessPlan: result, userErrors });
  }

  @Mutation(() => BusinessPlanPayload, { description: "Creates a customer's plan for a month as DRAFT with revision 1 (one plan per customer and month). Idempotent with `idempotencyKey`." })
  createBusinessPlan(@Ctx() context: GraphQLContext, @Arg("input", () => CreateBusinessPlanInput) input: CreateBusinessPlanInput): Promise<BusinessPlanPayload> {
    return this.planMutation(context, "createBusinessPlan", input, (tx, request) => createBusinessPlan(tx, request, input));
  }

  @Mutation(() => BusinessPlanPayload, { description: "Writes a new revision while the plan is DRAFT, REVISION_REQUESTED, REJECTED or ADJUSTED (the status stays). Rep only." })
  reviseBusinessPlan(@Ctx() context: GraphQLContext, @Arg("input", () => ReviseBusinessPlanInput) input: ReviseBusinessPlanInput): Promise<BusinessPlanPayload> {
    return this.planMutation(context, "reviseBusinessPlan", input, (tx, request) => writeRevision(tx, request, input, "REVISE"));
  }

  @Mutation(() => BusinessPlanPayload, { description: "Shares the current revision with the customer: → PROPOSED. The revision must not have been proposed before. Rep only." })
  proposeBusinessPlan(@Ctx() context: GraphQLContext, @Arg("input", () => BusinessPlanStepInput) input: BusinessPlanStepInput): Promise<BusinessPlanPayload> {
    return this.planMutation(context, "proposeBusinessPlan", input, (tx, request) => proposeBusinessPlan(tx, request, input));
  }

  @Mutation(() => BusinessPlanPayload, { description: "Records that the customer asked for changes: PROPOSED or APPROVED → REVISION_REQUESTED. Rep only." })
  requestRevision(@Ctx() context: GraphQLContext, @Arg("input", () => BusinessPlanReasonInput) input: BusinessPlanReasonInput): Promise<BusinessPlanPayload> {
    return this.planMutation(context, "requestRevision", input, (tx, request) => requestRevision(tx, request, input));
  }

  @Mutation(() => BusinessPlanPayload, { description: "A manager of the customer's territory approves the proposed revision: PROPOSED → APPROVED." })
  approveBusinessPlan(@Ctx() context: GraphQLContext, @Arg("input", () => BusinessPlanStepInput) input: BusinessPlanStepInput): Promise<BusinessPlanPayload> {
    return this.planMutation(context, "approveBusinessPlan", input, (tx, request) => approveBusinessPlan(tx, request, input));
  }

  @Mutation(() => BusinessPlanPayload, { description: "A manager of the customer's territory rejects the proposed revision with a reason: PROPOSED → REJECTED." })
  rejectBusinessPlan(@Ctx() context: GraphQLContext, @Arg("input", () => BusinessPlanReasonInput) input: BusinessPlanReasonInput): Promise<BusinessPlanPayload> {
    return this.planMutation(context, "rejectBusinessPlan", input, (tx, request) => rejectBusinessPlan(tx, request, input));
  }

  @Mutation(() => BusinessPlanPayload, { description: "The customer agreed: PROPOSED (promotion budget within the rep's authority limit) or APPROVED → CONFIRMED. Rep only." })
  confirmBusinessPlan(@Ctx() context: GraphQLContext, @Arg("input", () => BusinessPlanStepInput) input: BusinessPlanStepInput): Promise<BusinessPlanPayload> {
    return this.planMutation(context, "confirmBusinessPlan", input, (tx, request) => confirmBusinessPlan(tx, request, input));
  }

  @Mutation(() => BusinessPlanPayload, { description: "Records actual sales to date at the end of a plan week: CONFIRMED or TRACKING → TRACKING. Rep only." })
  recordWeeklyProgress(@Ctx() context: GraphQLContext, @Arg("input", () => RecordWeeklyProgressInput) input: RecordWeeklyProgressInput): Promise<BusinessPlanPayload> {
    return this.planMutation(context, "recordWeeklyProgress", input, (tx, request) => recordWeeklyProgress(tx, request, input));
  }

  @Mutation(() => BusinessPlanPayload, { description: "Changes a confirmed plan with a new revision: CONFIRMED or TRACKING → ADJUSTED; propose and confirm it again. Rep only." })
  adjustBusinessPlan(@Ctx() context: GraphQLContext, @Arg("input", () => ReviseBusinessPlanInput) input: ReviseBusinessPlanInput): Promise<BusinessPlanPayload> {
    return this.planMutation(context, "adjustBusinessPlan", input, (tx, request) => writeRevision(tx, request, input, "ADJUST"));
  }

  @Mutation(() => CloseBusinessPlanPayload, { description: "Closes the month with its business review (客代10): CONFIRMED or TRACKING → CLOSED, once the month has begun; can seed next month's draft." })
  async closeBusinessPlan(@Ctx() context: GraphQLContext, @Arg("input", () => CloseBusinessPlanInput) input: CloseBusinessPlanInput): Promise<CloseBusinessPlanPayload> {
    const { result, userErrors } = await this.mutate(context, "closeBusinessPlan", input, (tx, request) => closeBusinessPlan(tx, request, input), closedCodec);
    return Object.assign(new CloseBusinessPlanPayload(), { businessPlan: result?.plan ?? null, nextMonthPlan: result?.nextMonthPlan ?? null, userErrors });
  }
}
