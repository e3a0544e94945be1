import type { GraphQLContext } from "../shared/context.ts";
import { DomainError } from "../shared/domain-error.ts";
import { parseGlobalId } from "../shared/global-id.ts";
import { findVisitPlanJob } from "./visit-plan-access.ts";
import { VisitPlanJobStatus } from "./visit-plan-enums.ts";
import type { VisitPlanJob } from "./visit-plan-job.entity.ts";

/** The NOTIFY channel that the visit_plan_job trigger sends each changed job's id on. */
export const visitPlanJobChannel = "visit_plan_job";

const finished: ReadonlySet<VisitPlanJobStatus> = new Set([VisitPlanJobStatus.SUCCEEDED, VisitPlanJobStatus.FAILED, VisitPlanJobStatus.CANCELLED]);

/**
 * The job as it is now and again after every change, read with the subscriber's own scope, so
 * a job outside their territories (or a malformed id) answers null once, as the query does.
 * Ends after the job has finished (SUCCEEDED, FAILED or CANCELLED). Changes arrive through
 * PostgreSQL NOTIFY from whichever process ran the job; bursts are coalesced into one read.
 * @throws DomainError UNAUTHENTICATED without a viewer.
 */
export function watchVisitPlanJob(context: GraphQLContext, id: string): AsyncIterableIterator<VisitPlanJob | null> {
  if (!context.viewer) throw new DomainError("UNAUTHENTICATED", context.authProblem ?? "sign in first: send { authorization: \"Bearer <token>\" } in connection_init");
  const notifications = context.notifications;
  if (!notifications) throw new Error("subscriptions need the database notifications in the context");
  const parsed = parseGlobalId(id);
  const uuid = parsed?.type === "VisitPlanJob" ? parsed.uuid : null;
  let changed = true;
  let ended = false;
  let endAfterNext = uuid === null;
  let lastSeen: string | null = null;
  let wake: (() => void) | null = null;
  let stopListening: (() => void) | null = null;
  const end = (): IteratorReturnResult<undefined> => {
    ended = true;
    stopListening?.();
    stopListening = null;
    wake?.();
    return { done: true, value: undefined };
  };
  const iterator: AsyncIterableIterator<VisitPlanJob | null> = {
    [Symbol.asyncIterator]: () => iterator,
    next: async () => {
      if (ended || endAfterNext && lastSeen !== null) return end();
      if (uuid === null) {
        lastSeen = "missing";
        return { done: false, value: null };
      }
      // Listen before the first read, so that no change between the read and LISTEN is missed.
      stopListening ??= await notifications.listen(visitPlanJobChannel, (payload) => {
        if (payload !== null && payload !== uuid) return;
        changed = true;
        wake?.();
      });
      while (!ended) {
        if (!changed) await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        if (ended) break;
        changed = false;
        context.em.clear();
        const job = await findVisitPlanJob({ em: context.em, scope: context.scope }, uuid);
        const seen = job ? `${job.status} ${job.updatedAt.getTime()} ${job.progressIterations} ${job.progressFraction}` : "missing";
        if (seen === lastSeen) continue;
        lastSeen = seen;
        if (!job || finished.has(job.status)) endAfterNext = true;
        return { done: false, value: job };
      }
      return end();
    },
    return: async () => end(),
  };
  return iterator;
}
