import type { Server } from "node:http";
import { GraphQLError, OperationTypeNode, getOperationAST, parse, specifiedRules, validate, type DocumentNode, type FormattedExecutionResult, type GraphQLSchema } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import { viewerFromAuthorization, type AuthSettings } from "../auth/auth.service.ts";
import type { Orm } from "../db/database.ts";
import type { GraphQLContext } from "../shared/context.ts";
import type { DatabaseNotifications } from "../shared/database-notifications.ts";
import { formatError } from "../shared/error-mapping.ts";
import type { JobSender } from "../shared/job-definition.ts";
import { withRequestContext, type RequestContext } from "../shared/request-context.ts";
import type { SessionCache } from "../auth/session-cache.ts";
import { createContext } from "./context.ts";
import { documentLimitRules } from "./query-protection.ts";
import { newRequestId } from "./request-scope.ts";

/** What {@link startSubscriptionServer} needs. */
export interface SubscriptionServerOptions {
  /** The HTTP server of the API: subscriptions share its port and path. */
  server: Server;
  schema: GraphQLSchema;
  orm: Orm;
  auth: AuthSettings;
  jobs: JobSender;
  notifications: DatabaseNotifications;
  /** The process's session cache, shared with HTTP requests. */
  sessions: SessionCache;
}

/** The connection_init payload: the same bearer token as on HTTP. */
interface ConnectionParams {
  authorization?: unknown;
}

const rules = [...specifiedRules, ...documentLimitRules()];

/**
 * GraphQL subscriptions over graphql-ws on the API's own port at /graphql. The client sends
 * `{ authorization: "Bearer <token>" }` as its connection_init payload; each subscription gets
 * a context as an HTTP request does (viewer, scope, its own EntityManager) plus the process's
 * database notifications. Queries and mutations stay on HTTP POST. Errors go through the one
 * error mapper, so nothing unexpected (and no stack trace) reaches the client.
 * @returns a function that closes every subscription and the WebSocket server.
 */
export function startSubscriptionServer(options: SubscriptionServerOptions): () => Promise<void> {
  const wsServer = new WebSocketServer({ server: options.server, path: "/graphql" });
  const requestContextOf = (extra: { socket: unknown; request: { socket: { remoteAddress?: string } } }): RequestContext => ({
    requestId: newRequestId(),
    clientAddress: (extra.request.socket.remoteAddress ?? "unknown").slice(0, 64),
    viewer: undefined,
    operation: "subscription",
  });
  const format = (result: { data?: unknown; errors?: readonly GraphQLError[] }, requestContext: RequestContext): FormattedExecutionResult | undefined =>
    result.errors ? ({ ...result, errors: withRequestContext(requestContext, () => result.errors!.map((error) => formatError(error.toJSON(), error))) } as FormattedExecutionResult) : undefined;
  const server = useServer<Record<string, unknown> | undefined, { requestContext?: RequestContext }>(
    {
      schema: options.schema,
      validate: (schema, document) => validate(schema, document, rules),
      onSubscribe: (_ctx, _id, payload) => {
        // graphql-ws parses and validates after this (and reports syntax errors); only the operation kind is checked here.
        let document: DocumentNode;
        try {
          document = parse(payload.query);
        } catch {
          return undefined;
        }
        const operation = getOperationAST(document, payload.operationName);
        if (operation && operation.operation !== OperationTypeNode.SUBSCRIPTION) {
          return [new GraphQLError("only subscriptions are served over WebSocket; send queries and mutations as HTTP POST to /graphql", { extensions: { code: "BAD_REQUEST" } })];
        }
        return undefined;
      },
      context: async (ctx): Promise<GraphQLContext> => {
        ctx.extra.requestContext ??= requestContextOf(ctx.extra as never);
        const em = options.orm.em.fork();
        const params = (ctx.connectionParams ?? {}) as ConnectionParams;
        const { viewer, problem } = await viewerFromAuthorization(em, options.auth, typeof params.authorization === "string" ? params.authorization : undefined, options.sessions);
        return { ...createContext(em, viewer, problem, options.auth.now, options.jobs, options.sessions), notifications: options.notifications };
      },
      onNext: (ctx, _id, _payload, _args, result) => format(result, ctx.extra.requestContext ?? requestContextOf(ctx.extra as never)),
      onError: (ctx, _id, _payload, errors) =>
        withRequestContext(ctx.extra.requestContext ?? requestContextOf(ctx.extra as never), () => errors.map((error) => formatError(error.toJSON(), error))),
    },
    wsServer,
  );
  return async () => {
    await server.dispose();
    await new Promise<void>((resolve) => wsServer.close(() => resolve()));
  };
}
