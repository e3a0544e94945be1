import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { GraphQLContext } from "../shared/context.ts";
import { toUserErrors } from "../shared/error-mapping.ts";
import { pinCustomerWeekdays, PinCustomerWeekdaysInput, PinCustomerWeekdaysPayload } from "./customer-visit-days.ts";
import { moveVisit } from "./move-visit.ts";
import { MoveVisitInput, MoveVisitPayload } from "./move-visit.types.ts";
import { readPlanDays } from "./visit-plan-days.ts";

/** Hand changes to plans and to customers' visit days. */
@Resolver()
export class VisitPlanChangesResolver {
  @Mutation(() => MoveVisitPayload, {
    description:
      "Moves a customer's visit to another day of the same rep and/or another position in the route, checked against the day's working time (DAY_OVER_CAPACITY) and the class's spacing rule (SPACING). The moved visit becomes a lock: a re-plan against this plan keeps it on that day. An ACTIVE plan's planned visits are rewritten from today. ADMIN or the territory's MANAGER.",
  })
  async moveVisit(@Ctx() context: GraphQLContext, @Arg("input", () => MoveVisitInput) input: MoveVisitInput): Promise<MoveVisitPayload> {
    try {
      const { plan, dayIds } = await context.em.transactional((tx) => moveVisit(tx, context, input));
      return Object.assign(new MoveVisitPayload(), { plan, days: await readPlanDays(context.em, plan.id, dayIds), userErrors: [] });
    } catch (error) {
      return Object.assign(new MoveVisitPayload(), { plan: null, days: [], userErrors: toUserErrors(error) });
    }
  }

  @Mutation(() => PinCustomerWeekdaysPayload, {
    description:
      "Sets the weekdays a customer expects its visits on (a store expects its rep on Tuesdays) and those it is closed; generated plans respect them. Refused (SPACING) when the class's visits cannot be spread evenly over those weekdays. ADMIN or the territory's MANAGER.",
  })
  async pinCustomerWeekdays(@Ctx() context: GraphQLContext, @Arg("input", () => PinCustomerWeekdaysInput) input: PinCustomerWeekdaysInput): Promise<PinCustomerWeekdaysPayload> {
    try {
      const { customer, visitDays } = await context.em.transactional((tx) => pinCustomerWeekdays(tx, context, input));
      return Object.assign(new PinCustomerWeekdaysPayload(), { customer, pinnedWeekdays: visitDays.pinnedWeekdays, closedWeekdays: visitDays.closedWeekdays, userErrors: [] });
    } catch (error) {
      return Object.assign(new PinCustomerWeekdaysPayload(), { customer: null, pinnedWeekdays: [], closedWeekdays: [], userErrors: toUserErrors(error) });
    }
  }
}
