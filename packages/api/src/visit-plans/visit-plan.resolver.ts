import type { EntityManager } from "@mikro-orm/postgresql";
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { actorKey } from "../auth/viewer.ts";
import { Customer } from "../customers/customer.entity.ts";
import { User } from "../org/user.entity.ts";
import type { GraphQLContext } from "../shared/context.ts";
import { toUserErrors } from "../shared/error-mapping.ts";
import { parseGlobalId } from "../shared/global-id.ts";
import { runIdempotent, type IdempotencyCodec } from "../shared/idempotency.ts";
import { executeSql } from "../shared/sql.ts";
import { findVisitPlan, findVisitPlanJob } from "./visit-plan-access.ts";
import { VisitPlan, VisitPlanDayView, VisitPlanStopView } from "./visit-plan.entity.ts";
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

interface StopRow {
  day_id: string;
  week: number;
  weekday: number;
  rep_id: string;
  day_travel: number;
  work: number;
  available: number;
  sequence: number | null;
  customer_id: string | null;
  arrival: number | null;
  departure: number | null;
  travel: number | null;
}

/** A plan's days and stops. */
@Resolver(() => VisitPlan)
export class VisitPlanFieldsResolver {
  @FieldResolver(() => [VisitPlanDayView], { description: "Every rep's working day of the cycle with stops, by week, weekday and rep." })
  async days(@Root() plan: VisitPlan, @Ctx() context: GraphQLContext): Promise<VisitPlanDayView[]> {
    const rows = await executeSql<StopRow>(
      context.em,
      `select d.id as day_id, d.week, d.weekday, d.rep_id, d.travel_minutes as day_travel, d.work_minutes as work, d.available_minutes as available,
              s.sequence, s.customer_id, s.arrival_minute as arrival, s.departure_minute as departure, s.travel_minutes as travel
         from visit_plan_day d left join visit_plan_stop s on s.day_id = d.id
        where d.plan_id = $1 order by d.week, d.weekday, d.rep_id, s.sequence`,
      [plan.id],
    );
    const customers = new Map((await context.em.find(Customer, { id: { $in: [...new Set(rows.flatMap((row) => (row.customer_id ? [row.customer_id] : [])))] } })).map((customer) => [customer.id, customer]));
    const reps = new Map((await context.em.find(User, { id: { $in: [...new Set(rows.map((row) => row.rep_id))] } })).map((user) => [user.id, user]));
    const days = new Map<string, VisitPlanDayView>();
    for (const row of rows) {
      let day = days.get(row.day_id);
      if (!day) {
        day = Object.assign(new VisitPlanDayView(), {
          week: row.week,
          weekday: row.weekday,
          rep: reps.get(row.rep_id) as User,
          stops: [],
          travelMinutes: row.day_travel,
          workMinutes: row.work,
          availableMinutes: row.available,
        });
        days.set(row.day_id, day);
      }
      if (row.customer_id !== null) {
        day.stops.push(
          Object.assign(new VisitPlanStopView(), {
            sequence: row.sequence,
            customer: customers.get(row.customer_id) as Customer,
            arrival: row.arrival,
            departure: row.departure,
            travelMinutes: row.travel,
          }),
        );
      }
    }
    return [...days.values()];
  }
}
