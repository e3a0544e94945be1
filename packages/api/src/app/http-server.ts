import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { fastify, type FastifyRequest } from "fastify";
import { viewerFromAuthorization, type AuthSettings } from "../auth/auth.service.ts";
import { firstAdminHint, FirstStartCheck } from "../auth/first-start.ts";
import { SessionCache } from "../auth/session-cache.ts";
import { listenForViewerChanges } from "../auth/viewer-change-listener.ts";
import { connectDatabase, type Orm } from "../db/database.ts";
import type { GraphQLContext, VisitPlanSettings } from "../shared/context.ts";
import { formatError } from "../shared/error-mapping.ts";
import { purgeExpiredIdempotencyKeys } from "../shared/idempotency.ts";
import { currentRequestContext } from "../shared/request-context.ts";
import { createContext } from "./context.ts";
import { noStoreResponses } from "./no-store-plugin.ts";
import { buildGraphQLSchema } from "./schema.ts";
import { StartupError } from "../startup-error.ts";
import { graphQLRoute } from "./graphql-route.ts";
import { healthRoutes } from "./health-route.ts";
import { queryProtection } from "./query-protection.ts";
import { serviceUnavailablePlugin, unavailableWhenDatabaseIs } from "./service-unavailable.ts";
import { addRequestContext, newRequestId } from "./request-scope.ts";
import { salesImportRoute } from "./sales-import-route.ts";
import { answerUnexpectedError } from "./unexpected-error.ts";
import { webAppRoute } from "./web-app-route.ts";
import { openJobQueue, type AppJobsOptions } from "./job-queue.ts";
import type { JobQueue } from "../jobs/job-queue.ts";
import { DatabaseNotifications } from "../shared/database-notifications.ts";
import { startSubscriptionServer } from "./subscription-server.ts";

/** What the HTTP application needs; the database must already be migrated. */
export interface AppOptions {
  databaseUrl: string;
  /** 0 picks a free port (tests). */
  port: number;
  /** Interface to listen on (default: all). */
  host?: string;
  /** Built admin web app (packages/web/dist). */
  webDistDir: string;
  auth: AuthSettings;
  /**
   * Take the client address for sign-in rate limits from the left-most `X-Forwarded-For`
   * entry; only behind a load balancer that sets it (default: the socket's address).
   */
  trustForwardedFor?: boolean;
  /** The earliest month sales may be imported for, "YYYY-MM" (default 2000-01). */
  earliestSalesMonth?: string;
  /** Visit planning: horizon of planned visits and the routing service (default: 8 weeks, straight-line travel). */
  visitPlanSettings?: VisitPlanSettings;
  /** Sees every SQL statement (tests count them). */
  onQuery?: (sql: string) => void;
  /** The job queue's worker in this process (default: on). */
  jobs?: AppJobsOptions;
  /** BEATPLAN_DEV: error answers carry stack traces (default off). */
  dev?: boolean;
  /** Longest a single SQL statement of a request may run before PostgreSQL cancels it (default 30 s). */
  statementTimeoutMs?: number;
  /** BEATPLAN_GRAPHQL_MAX_BODY_BYTES: largest GraphQL request body (default 1 MiB). */
  graphqlMaxBodyBytes?: number;
}

/** Default {@link AppOptions.statementTimeoutMs}: no request holds a connection longer with one statement. */
export const defaultStatementTimeoutMs = 30_000;

/** A running application. */
export interface RunningApp {
  /** Base URL, e.g. http://localhost:4000 */
  url: string;
  orm: Orm;
  /** The application's job queue (its worker runs here unless `jobs.worker` was false). */
  jobs: JobQueue;
  /** This process's cache of sessions, viewers and scopes. */
  sessions: SessionCache;
  close(): Promise<void>;
}

function startupErrorOf(error: NodeJS.ErrnoException, port: number): StartupError {
  if (error.code === "EADDRINUSE") return new StartupError(`port ${port} is already in use; stop the other program or set PORT to a free port`);
  if (error.code === "EACCES") return new StartupError(`not allowed to listen on port ${port}; choose a port above 1023 with PORT`);
  return new StartupError(`cannot listen on port ${port}: ${error.message}`);
}

function listen(server: Server, port: number, host: string | undefined): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => reject(startupErrorOf(error, port)));
    server.listen(port, host, () => resolve(server.address() as AddressInfo));
  });
}

/** Fails fast, before the database starts, when the HTTP port is taken. */
export async function checkPortFree(port: number, host?: string): Promise<void> {
  const probe = createServer();
  await listen(probe, port, host);
  await new Promise((resolve) => probe.close(resolve));
}

/** Starts GraphQL at /graphql (HTTP POST, and subscriptions over graphql-ws), CSV sales import at /import/monthly-sales, /healthz and /readyz and the web app at / on one port. */
export async function startApp(options: AppOptions): Promise<RunningApp> {
  const orm = await connectDatabase({ clientUrl: options.databaseUrl, onQuery: options.onQuery, now: options.auth.now, statementTimeoutMs: options.statementTimeoutMs ?? defaultStatementTimeoutMs });
  const schema = await buildGraphQLSchema(options.auth);
  const protection = queryProtection();
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    formatError,
    parseOptions: protection.parseOptions,
    validationRules: protection.validationRules,
    includeStacktraceInErrorResponses: options.dev ?? false,
    csrfPrevention: true,
    // The server bootstrap owns signal handling: it stops HTTP, then the embedded PostgreSQL.
    stopOnTerminationSignals: false,
    // Signed-in callers only: the cost plugin refuses introspection without a viewer.
    introspection: true,
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), noStoreResponses, ...protection.plugins, serviceUnavailablePlugin()],
  });
  await apollo.start();
  const notifications = new DatabaseNotifications({ databaseUrl: options.databaseUrl });
  const sessions = new SessionCache();
  let stopViewerChanges: () => void;
  try {
    stopViewerChanges = await listenForViewerChanges(notifications, sessions);
  } catch (error) {
    await notifications.close();
    await apollo.stop();
    await orm.close(true);
    throw new StartupError(`cannot listen for sign-in changes: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  }
  let jobs: JobQueue;
  try {
    jobs = await openJobQueue(options.databaseUrl, orm, options.auth.now, options.jobs);
  } catch (error) {
    stopViewerChanges();
    await notifications.close();
    await apollo.stop();
    await orm.close(true);
    throw new StartupError(`cannot start the job queue: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  }
  const firstStart = new FirstStartCheck();
  const makeContext = async (request: FastifyRequest): Promise<GraphQLContext> => {
    const em = orm.em.fork();
    const resolved = await viewerFromAuthorization(em, options.auth, request.headers.authorization, sessions).catch(unavailableWhenDatabaseIs);
    const { viewer } = resolved;
    // Until the first administrator exists, every request without a token is told how to create one.
    const problem = !viewer && !request.headers.authorization && (await firstStart.noUsersYet(em).catch(unavailableWhenDatabaseIs)) ? firstAdminHint : resolved.problem;
    const requestContext = currentRequestContext();
    if (requestContext) requestContext.viewer = viewer;
    return createContext(em, viewer, problem, options.auth.now, jobs, sessions, options.earliestSalesMonth, options.visitPlanSettings);
  };
  const server = fastify({
    logger: false,
    genReqId: newRequestId,
    trustProxy: options.trustForwardedFor ?? false,
    // Closing ends keep-alive connections at once instead of waiting for clients to hang up.
    forceCloseConnections: true,
  });
  addRequestContext(server);
  server.setErrorHandler(answerUnexpectedError);
  await server.register(graphQLRoute, { apollo, makeContext, ...(options.graphqlMaxBodyBytes ? { maxBodyBytes: options.graphqlMaxBodyBytes } : {}) });
  await server.register(salesImportRoute, { makeContext });
  await server.register(healthRoutes, { orm });
  await server.register(webAppRoute, { distDir: options.webDistDir });
  const closeSubscriptions = startSubscriptionServer({ server: server.server, schema, orm, auth: options.auth, jobs, notifications, sessions });
  let port: number;
  try {
    await server.ready();
    port = (await listen(server.server, options.port, options.host)).port;
  } catch (error) {
    await closeSubscriptions();
    await notifications.close();
    await server.close();
    await apollo.stop();
    await jobs.stop();
    stopViewerChanges();
    await orm.close(true);
    throw error;
  }
  // Every instance purges; the DELETE is cheap and idempotent, so no coordination is needed.
  const purgeIdempotencyKeys = () =>
    purgeExpiredIdempotencyKeys(orm.em.fork(), options.auth.now()).catch((error: unknown) => console.error("purging expired idempotency keys failed:", error));
  void purgeIdempotencyKeys();
  const purgeTimer = setInterval(purgeIdempotencyKeys, 60 * 60 * 1000).unref();
  const displayHost = !options.host || options.host === "0.0.0.0" || options.host === "::" ? "localhost" : options.host;
  return {
    url: `http://${displayHost}:${port}`,
    orm,
    jobs,
    sessions,
    close: async () => {
      clearInterval(purgeTimer);
      await closeSubscriptions();
      await notifications.close();
      await server.close();
      await apollo.stop();
      await jobs.stop();
      stopViewerChanges();
      await orm.close(true);
    },
  };
}
