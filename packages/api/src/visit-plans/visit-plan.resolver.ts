import type { EntityManager } from "@mikro-orm/postgresql";
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { actorKey } from "../auth/viewer.ts";
import type { GraphQLContext } from "../shared/context.ts";
import { toUserErrors } from "../shared/error-mapping.ts";
import { parseGlobalId } from "../shared/global-id.ts";
import { runIdempotent, type IdempotencyCodec } from "../shared/idempotency.ts";
import { findVisitPlan, findVisitPlanJob } from "./visit-plan-access.ts";
import { VisitPlan, VisitPlanDayView } from "./visit-plan.entity.ts";
import { readPlanDays } from "./visit-plan-days.ts";
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
}
