import { Arg, ID, Resolver, Root, Subscription } from "type-graphql";
import type { GraphQLContext } from "../shared/context.ts";
import { VisitPlanJob } from "./visit-plan-job.entity.ts";
import { watchVisitPlanJob } from "./visit-plan-job-watch.ts";

/** A plan-generation job's progress, pushed over graphql-ws. */
@Resolver()
export class VisitPlanJobSubscriptionResolver {
  @Subscription(() => VisitPlanJob, {
    nullable: true,
    description:
      "A plan-generation job now and after every change of its status or progress, whichever API instance or worker runs it; completes once the job has finished. Null (once) when the job is missing or outside your territories. Over graphql-ws at /graphql, with { authorization: \"Bearer <token>\" } as the connection_init payload.",
    subscribe: ({ args, context }) => watchVisitPlanJob(context as GraphQLContext, (args as { id: string }).id),
  })
  visitPlanJobUpdates(@Root() job: VisitPlanJob | null, @Arg("id", () => ID, { description: "Global ID of the job." }) _id: string): VisitPlanJob | null {
    return job;
  }
}
