import type { EntityManager } from "@mikro-orm/postgresql";
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { executeSql } from "../shared/sql.ts";
import { Customer } from "../customers/customer.entity.ts";
import { actorKey } from "../auth/viewer.ts";
import type { GraphQLContext } from "../shared/context.ts";
import { toUserErrors } from "../shared/error-mapping.ts";
import { parseGlobalId } from "../shared/global-id.ts";
import { runIdempotent, type IdempotencyCodec } from "../shared/idempotency.ts";
import { findVisitPlan, findVisitPlanJob } from "./visit-plan-access.ts";
import { VisitPlan, VisitPlanDayView } from "./visit-plan.entity.ts";
import { countMovedVisits, readPlanDays } from "./visit-plan-days.ts";
import { unroutedContacts, UnroutedContactView } from "./unrouted-contacts.ts";
import { OverloadedDayView, UnplacedVisitView, VisitPlanDiagnosisView } from "./visit-plan-diagnosis.types.ts";
import type { StoredDiagnosis } from "./visit-plan-diagnosis.ts";

import { CancelVisitPlanJobInput, GenerateVisitPlanInput } from "./visit-plan.input.ts";
import { cancelVisitPlanJob, generateVisitPlan } from "./visit-plan.service.ts";
import { VisitPlanJobPayload } from "./visit-plan.types.ts";
import { VisitPlanJob } from "./visit-plan-job.entity.ts";

// A retried call answers with the job as it is now.
const jobCodec: IdempotencyCodec<VisitPlanJob> = {
  encode: (job) => ({ jobId: job.id }),
  decode: (stored, em) => em.findOneOrFail(VisitPlanJob, (stored as { jobId: string }).jobId),
};

/** Visit plans: generating them as jobs, following the jobs, and reading the plans. */
@Resolver()
export class VisitPlanResolver {
  @Query(() => VisitPlanJob, { nullable: true, description: "A plan-generation job by global ID (poll it for progress); null when missing or outside your territories." })
  visitPlanJob(@Ctx() context: GraphQLContext, @Arg("id", () => ID, { description: "Global ID of the job." }) id: string): Promise<VisitPlanJob | null> | null {
    const parsed = parseGlobalId(id);
    return parsed?.type === "VisitPlanJob" ? findVisitPlanJob(context, parsed.uuid) : null;
  }

  @Query(() => VisitPlan, { nullable: true, description: "A visit plan by global ID; null when missing or outside your territories." })
  visitPlan(@Ctx() context: GraphQLContext, @Arg("id", () => ID, { description: "Global ID of the plan." }) id: string): Promise<VisitPlan | null> | null {
    const parsed = parseGlobalId(id);
    return parsed?.type === "VisitPlan" ? findVisitPlan(context, parsed.uuid) : null;
  }

  private async mutate(context: GraphQLContext, operation: string, input: { idempotencyKey?: string | null }, work: (tx: EntityManager) => Promise<VisitPlanJob>): Promise<VisitPlanJobPayload> {
    try {
      const actorId = context.viewer ? actorKey(context.viewer) : "anonymous";
      const job = await runIdempotent(context.em, { key: input.idempotencyKey, operation, actorId, input }, work, jobCodec);
      return Object.assign(new VisitPlanJobPayload(), { job, userErrors: [] });
    } catch (error) {
      return Object.assign(new VisitPlanJobPayload(), { job: null, userErrors: toUserErrors(error) });
    }
  }

  @Mutation(() => VisitPlanJobPayload, {
    description:
      "Queues the solve of a territory's visit plan and answers the QUEUED job at once; poll `visitPlanJob` for progress and the DRAFT plan. Jobs of one territory run one at a time: a second request waits QUEUED behind the first. Missing data is a VALIDATION userError naming each customer, class or rep. ADMIN or the territory's MANAGER. Idempotent with `idempotencyKey`.",
  })
  generateVisitPlan(@Ctx() context: GraphQLContext, @Arg("input", () => GenerateVisitPlanInput) input: GenerateVisitPlanInput): Promise<VisitPlanJobPayload> {
    return this.mutate(context, "generateVisitPlan", input, (tx) => generateVisitPlan(tx, context, input));
  }

  @Mutation(() => VisitPlanJobPayload, { description: "Cancels a QUEUED or RUNNING job; it stores no plan. ADMIN or the territory's MANAGER." })
  cancelVisitPlanJob(@Ctx() context: GraphQLContext, @Arg("input", () => CancelVisitPlanJobInput) input: CancelVisitPlanJobInput): Promise<VisitPlanJobPayload> {
    return this.mutate(context, "cancelVisitPlanJob", {}, (tx) => cancelVisitPlanJob(tx, context, input));
  }
}

/** The plan a job made. */
@Resolver(() => VisitPlanJob)
export class VisitPlanJobFieldsResolver {
  @FieldResolver(() => VisitPlan, { nullable: true, description: "The DRAFT plan the job made; null until SUCCEEDED." })
  plan(@Root() job: VisitPlanJob, @Ctx() context: GraphQLContext): Promise<VisitPlan | null> {
    return context.em.findOne(VisitPlan, { job: job.id });
  }
}

/** A plan's days and stops. */
@Resolver(() => VisitPlan)
export class VisitPlanFieldsResolver {
  @FieldResolver(() => [VisitPlanDayView], { description: "Every rep's working day of the cycle with stops, by week, weekday and rep." })
  days(@Root() plan: VisitPlan, @Ctx() context: GraphQLContext): Promise<VisitPlanDayView[]> {
    return readPlanDays(context.em, plan.id);
  }

  @FieldResolver(() => VisitPlanDiagnosisView, { nullable: true, description: "Why the plan does not fit the working time and what to change; null for a feasible plan." })
  async diagnosis(@Root() plan: VisitPlan, @Ctx() context: GraphQLContext): Promise<VisitPlanDiagnosisView | null> {
    const [row] = await executeSql<{ diagnosis: StoredDiagnosis | null }>(context.em, "select diagnosis from visit_plan where id = $1", [plan.id]);
    const stored = row?.diagnosis;
    if (!stored) return null;
    const [reps, customers] = await Promise.all([
      Promise.all(stored.overloadedDays.map((day) => context.loaders.org.userById.load(day.repId))),
      Promise.all(stored.unplacedVisits.map((visit) => context.loaders.customers.customerById.load(visit.customerId))),
    ]);
    return Object.assign(new VisitPlanDiagnosisView(), {
      summary: stored.summary,
      overloadedDays: stored.overloadedDays.map((day, index) => Object.assign(new OverloadedDayView(), { ...day, rep: reps[index] ?? null })),
      unplacedVisits: stored.unplacedVisits.map((visit, index) => Object.assign(new UnplacedVisitView(), { week: visit.week, weekday: visit.weekday, customer: customers[index] ?? null })),
      requiredMinutes: stored.requiredMinutes,
      availableMinutes: stored.availableMinutes,
      suggestions: [...stored.suggestions],
    });
  }

  @FieldResolver(() => VisitPlan, { nullable: true, description: "The territory's ACTIVE plan when this one was generated, which it kept close to (stable re-planning); null without one." })
  referencePlan(@Root() plan: VisitPlan, @Ctx() context: GraphQLContext): Promise<VisitPlan | null> | null {
    return plan.referencePlan ? context.loaders.visitPlans.visitPlanById.load(plan.referencePlan.id) : null;
  }

  @FieldResolver(() => [UnroutedContactView], {
    description: "Contacts the visit standard asks for that are not in the routes: phone calls (a rep's, no travel) and managers' visits (listed for the manager), for the territory's active customers now.",
  })
  async unroutedContacts(@Root() plan: VisitPlan, @Ctx() context: GraphQLContext): Promise<UnroutedContactView[]> {
    const contacts = await unroutedContacts(context.em, plan.territory.id, plan.cycleWeeks);
    const customers = await context.loaders.customers.customerById.loadMany(contacts.map((contact) => contact.customerId));
    return contacts.map(({ customerId: _customerId, ...contact }, index) => {
      const customer = customers[index];
      return Object.assign(new UnroutedContactView(), { ...contact, customer: customer instanceof Customer ? customer : null });
    });
  }

  @FieldResolver(() => Int, { nullable: true, description: "Visits of `referencePlan` that this plan puts on another day (over the customers both visit); null without a reference plan." })
  async movedVisits(@Root() plan: VisitPlan, @Ctx() context: GraphQLContext): Promise<number | null> {
    return (await countMovedVisits(context.em, plan.id, plan.referencePlan?.id ?? null))?.moved ?? null;
  }
}
