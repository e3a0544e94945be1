import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { actorKey } from "../auth/viewer.ts";
import { Customer } from "../customers/customer.entity.ts";
import { Territory } from "../org/territory.entity.ts";
import { User } from "../org/user.entity.ts";
import type { GraphQLContext } from "../shared/context.ts";
import { toUserErrors } from "../shared/error-mapping.ts";
import { runIdempotent, type IdempotencyCodec } from "../shared/idempotency.ts";
import { pageSize } from "../shared/limits.ts";
import { selectedFieldNames } from "../shared/plain-rows.ts";
import { listPlannedVisits } from "./planned-visit-list.ts";
import { PlannedVisit } from "./planned-visit.entity.ts";
import { ActivateVisitPlanInput, ActivateVisitPlanPayload, PlannedVisitConnection, PlannedVisitFilter } from "./planned-visit.types.ts";
import { activateVisitPlan } from "./visit-plan-activation.ts";
import { VisitPlan } from "./visit-plan.entity.ts";

// A retried activation answers with the plan as it is now and the count written the first time.
const activationCodec: IdempotencyCodec<{ plan: VisitPlan; plannedVisitCount: number }> = {
  encode: (result) => ({ planId: result.plan.id, plannedVisitCount: result.plannedVisitCount }),
  decode: async (stored, em) => {
    const { planId, plannedVisitCount } = stored as { planId: string; plannedVisitCount: number };
    return { plan: await em.findOneOrFail(VisitPlan, planId), plannedVisitCount };
  },
};

/** Activating plans and reading the planned visits they write. */
@Resolver(() => PlannedVisit)
export class PlannedVisitResolver {
  @Query(() => PlannedVisitConnection, { description: "Planned visits of your territories by date, rep and route position, one page at a time." })
  async plannedVisits(
    @Ctx() context: GraphQLContext,
    @Arg("first", () => Int, { nullable: true, defaultValue: pageSize.default, description: `Page size, ${pageSize.min}..${pageSize.max}.` }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor of the item to continue after (`pageInfo.endCursor`)." }) after: string | null,
    @Arg("filter", () => PlannedVisitFilter, { nullable: true, description: "Conditions the visits must meet." }) filter: PlannedVisitFilter | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PlannedVisitConnection> {
    const page = await listPlannedVisits(context.em, context.scope, { first: first ?? pageSize.default, after, filter, fields: selectedFieldNames(info, ["edges", "node"]) });
    return Object.assign(new PlannedVisitConnection(), page);
  }

  @Mutation(() => ActivateVisitPlanPayload, {
    description:
      "Puts a DRAFT plan in use: it becomes ACTIVE, the territory's active plan SUPERSEDED, and planned visits are written for the horizon (BEATPLAN_VISIT_HORIZON_WEEKS, default 8) from the later of the plan's start and today, on real dates without each rep's days off; PLANNED visits of the old plan from then on are replaced, DONE and MISSED ones stay. ADMIN or the territory's MANAGER. Idempotent with `idempotencyKey`.",
  })
  async activateVisitPlan(@Ctx() context: GraphQLContext, @Arg("input", () => ActivateVisitPlanInput) input: ActivateVisitPlanInput): Promise<ActivateVisitPlanPayload> {
    try {
      const actorId = context.viewer ? actorKey(context.viewer) : "anonymous";
      const result = await runIdempotent(context.em, { key: input.idempotencyKey, operation: "activateVisitPlan", actorId, input }, (tx) => activateVisitPlan(tx, context, input), activationCodec);
      return Object.assign(new ActivateVisitPlanPayload(), { ...result, userErrors: [] });
    } catch (error) {
      return Object.assign(new ActivateVisitPlanPayload(), { plan: null, plannedVisitCount: null, userErrors: toUserErrors(error) });
    }
  }

  @FieldResolver(() => Customer, { nullable: true, description: "The customer to visit; null if you may no longer see them." })
  customer(@Root() visit: PlannedVisit, @Ctx() context: GraphQLContext): Promise<Customer | null> {
    return context.loaders.customers.customerById.load(visit.customer.id);
  }

  @FieldResolver(() => User, { nullable: true, description: "The rep making the visit; null if you may not see them." })
  rep(@Root() visit: PlannedVisit, @Ctx() context: GraphQLContext): Promise<User | null> {
    return context.loaders.org.userById.load(visit.rep.id);
  }

  @FieldResolver(() => Territory, { description: "The territory whose plan it belongs to." })
  async territory(@Root() visit: PlannedVisit, @Ctx() context: GraphQLContext): Promise<Territory> {
    return (await context.loaders.org.territoryById.load(visit.territory.id)) as Territory;
  }

  @FieldResolver(() => VisitPlan, { description: "The plan that planned it." })
  async plan(@Root() visit: PlannedVisit, @Ctx() context: GraphQLContext): Promise<VisitPlan> {
    return (await context.loaders.visitPlans.visitPlanById.load(visit.plan.id)) as VisitPlan;
  }
}
