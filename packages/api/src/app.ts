import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { viewerFromAuthorization, type AuthSettings } from "./auth/auth.service.ts";
import { connectDatabase, type Orm } from "./db/database.ts";
import { createContext } from "./app/context.ts";
import type { GraphQLContext } from "./shared/context.ts";
import { currentRequestContext, withRequestContext, type RequestContext } from "./shared/request-context.ts";
import { formatError } from "./shared/error-mapping.ts";
import { purgeExpiredIdempotencyKeys } from "./shared/idempotency.ts";
import { depthLimitRule, maxQueryDepth } from "./shared/limits.ts";
import { buildGraphQLSchema } from "./app/schema.ts";
import { createGraphQLHandler } from "./http/graphql-handler.ts";
import { createSalesImportHandler } from "./http/sales-import-handler.ts";
import { createStaticHandler } from "./http/static-files.ts";
import { StartupError } from "./startup-error.ts";

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
  /** Sees every SQL statement (tests count them). */
  onQuery?: (sql: string) => void;
}

/** A running application. */
export interface RunningApp {
  /** Base URL, e.g. http://localhost:4000 */
  url: string;
  orm: Orm;
  close(): Promise<void>;
}

function clientAddressOf(request: IncomingMessage, trustForwardedFor: boolean): string {
  const forwarded = trustForwardedFor ? request.headers["x-forwarded-for"] : undefined;
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  return (first || request.socket.remoteAddress || "unknown").slice(0, 64);
}

/** Fails fast, before the database starts, when the HTTP port is taken. */
export async function checkPortFree(port: number, host?: string): Promise<void> {
  const probe = createServer();
  await listen(probe, port, host);
  await new Promise((resolve) => probe.close(resolve));
}

function listen(server: Server, port: number, host: string | undefined): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") reject(new StartupError(`port ${port} is already in use; stop the other program or set PORT to a free port`));
      else if (error.code === "EACCES") reject(new StartupError(`not allowed to listen on port ${port}; choose a port above 1023 with PORT`));
      else reject(new StartupError(`cannot listen on port ${port}: ${error.message}`));
    });
    server.listen(port, host, () => resolve(server.address() as AddressInfo));
  });
}

/** Starts GraphQL at /graphql, CSV sales import at /import/monthly-sales and the web app at / on one port. */
export async function startApp(options: AppOptions): Promise<RunningApp> {
  const orm = await connectDatabase({ clientUrl: options.databaseUrl, onQuery: options.onQuery });
  const apollo = new ApolloServer<GraphQLContext>({
    schema: await buildGraphQLSchema(options.auth),
    formatError,
    validationRules: [depthLimitRule(maxQueryDepth)],
    csrfPrevention: true,
    // The server bootstrap owns signal handling: it stops HTTP, then the embedded PostgreSQL.
    stopOnTerminationSignals: false,
    introspection: true,
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();
  const makeContext = async (request: IncomingMessage): Promise<GraphQLContext> => {
    const em = orm.em.fork();
    const { viewer, problem } = await viewerFromAuthorization(em, options.auth, request.headers.authorization);
    const requestContext = currentRequestContext();
    if (requestContext) requestContext.viewer = viewer;
    return createContext(em, viewer, problem, options.auth.now);
  };
  const graphql = createGraphQLHandler(apollo, makeContext);
  const salesImport = createSalesImportHandler(makeContext);
  const staticFiles = createStaticHandler(options.webDistDir);
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const pathname = new URL(request.url ?? "/", "http://localhost").pathname;
    if (pathname === "/graphql") return graphql(request, response);
    if (pathname === "/import/monthly-sales") {
      const requestContext = currentRequestContext();
      if (requestContext) requestContext.operation = "POST /import/monthly-sales";
      return salesImport(request, response);
    }
    return staticFiles(request, response);
  };
  const server = createServer((request, response) => {
    const requestId = randomUUID();
    response.setHeader("x-request-id", requestId);
    const clientAddress = clientAddressOf(request, options.trustForwardedFor ?? false);
    const requestContext: RequestContext = { requestId, clientAddress, viewer: undefined, operation: null };
    withRequestContext(requestContext, () => {
      handle(request, response).catch((error: unknown) => {
        console.error(`[request ${requestId}] unexpected error:`, error);
        if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
        response.end(`internal server error (request ${requestId})\n`);
      });
    });
  });
  let address: AddressInfo;
  try {
    address = await listen(server, options.port, options.host);
  } catch (error) {
    await apollo.stop();
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
    url: `http://${displayHost}:${address.port}`,
    orm,
    close: async () => {
      clearInterval(purgeTimer);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await apollo.stop();
      await orm.close(true);
    },
  };
}
