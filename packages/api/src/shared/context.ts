import type { EntityManager } from "@mikro-orm/postgresql";
import type { DatabaseNotifications } from "./database-notifications.ts";
import type { JobSender } from "./job-definition.ts";

/**
 * Every per-request DataLoader, grouped by feature. Declared empty here because the kernel
 * knows no feature: each feature adds its group next to its loaders factory with
 * `declare module "../shared/context.ts" { interface Loaders { customers: CustomerLoaders } }`,
 * and app/context.ts builds the groups from the feature manifests.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface Loaders {}

/**
 * Per-request GraphQL context: a forked EntityManager (its own identity map) and fresh
 * DataLoaders, plus the clock. Built anew for every request by app/context.ts; nothing is
 * shared. The auth feature adds who is asking (`viewer`, `authProblem`, `scope`) the same way
 * features add their loaders.
 */
export interface GraphQLContext {
  em: EntityManager;
  loaders: Loaders;
  /** The server clock; injected so that "today" and "the last complete month" are testable. */
  now: () => Date;
  /** The earliest month sales may be imported for, "YYYY-MM" (BEATPLAN_EARLIEST_SALES_MONTH). */
  earliestSalesMonth?: string;
  /** The application's job queue, for mutations that start background work. */
  jobs: JobSender;
  /** PostgreSQL LISTEN/NOTIFY of this process; set for subscriptions (graphql-ws), which wait for changes. */
  notifications?: DatabaseNotifications;
  /** Visit planning settings (BEATPLAN_VISIT_HORIZON_WEEKS, BEATPLAN_ROUTING_TABLE_URL); defaults when absent. */
  visitPlanSettings?: VisitPlanSettings;
}

/** Settings of visit planning. */
export interface VisitPlanSettings {
  /** Weeks of planned visits written when a plan is activated, 1..52. */
  readonly horizonWeeks: number;
  /** A routing service's travel-time `table` endpoint (OSRM), e.g. http://osrm:5000/table/v1/driving; straight-line travel when absent. */
  readonly routingTableUrl?: string;
}
