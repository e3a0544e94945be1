import type { EntityManager } from "@mikro-orm/postgresql";
import { Scope } from "../auth/scope.ts";
import type { SessionCache } from "../auth/session-cache.ts";
import type { Viewer } from "../auth/viewer.ts";
import type { GraphQLContext, Loaders, VisitPlanSettings } from "../shared/context.ts";
import type { LoaderRequest } from "../shared/feature.ts";
import type { JobSender } from "../shared/job-definition.ts";
import { modules } from "./modules.ts";

/**
 * Builds the context for one request around `em`, which must be a fresh fork of the
 * application's EntityManager: who is asking, and fresh DataLoaders from every feature's
 * loaders factory.
 */
export function createContext(
  em: EntityManager,
  viewer: Viewer | undefined,
  authProblem: string | undefined,
  now: () => Date,
  jobs: JobSender,
  sessions: SessionCache,
  earliestSalesMonth?: string,
  visitPlanSettings?: VisitPlanSettings,
): GraphQLContext {
  const request: LoaderRequest = {
    em,
    viewer,
    authProblem,
    scope: new Scope(viewer),
    now,
    jobs,
    sessions,
    ...(earliestSalesMonth ? { earliestSalesMonth } : {}),
    ...(visitPlanSettings ? { visitPlanSettings } : {}),
  };
  // Each feature contributes its own group; together they are every group declared on Loaders.
  const loaders = Object.assign({}, ...modules.map((feature) => feature.loaders?.(request) ?? {})) as Loaders;
  return { ...request, loaders };
}
