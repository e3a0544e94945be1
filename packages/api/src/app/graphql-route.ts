import type { ApolloServer } from "@apollo/server";
import { fastifyApolloHandler } from "@as-integrations/fastify";
import type { FastifyError, FastifyInstance, FastifyRequest } from "fastify";
import type { GraphQLContext } from "../shared/context.ts";
import { answerUnexpectedError } from "./unexpected-error.ts";

/** Largest accepted GraphQL request body by default (BEATPLAN_GRAPHQL_MAX_BODY_BYTES); large sales imports go to the CSV route. */
export const defaultMaxGraphQLBodyBytes = 1024 * 1024;

function graphQLErrorBody(message: string): { errors: { message: string; extensions: { code: string } }[] } {
  return { errors: [{ message, extensions: { code: "BAD_REQUEST" } }] };
}

/** Options of {@link graphQLRoute}. */
export interface GraphQLRouteOptions {
  apollo: ApolloServer<GraphQLContext>;
  makeContext: (request: FastifyRequest) => Promise<GraphQLContext>;
  /** Largest accepted body; a longer one is refused (413) before it is read past the limit. */
  maxBodyBytes?: number;
}

/**
 * Serves Apollo at `/graphql` (any method: Apollo answers what it does not support). JSON
 * bodies are parsed by Fastify; any other body reaches Apollo as text, whose CSRF
 * prevention refuses it.
 */
export async function graphQLRoute(app: FastifyInstance, { apollo, makeContext, maxBodyBytes = defaultMaxGraphQLBodyBytes }: GraphQLRouteOptions): Promise<void> {
  app.addContentTypeParser("*", { parseAs: "string", bodyLimit: maxBodyBytes }, (_request, body, done) => done(null, body));
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE") return reply.code(413).send(graphQLErrorBody(`request body must be at most ${maxBodyBytes} bytes`));
    if (error.code === "FST_ERR_CTP_INVALID_JSON_BODY" || error.code === "FST_ERR_CTP_EMPTY_JSON_BODY" || error instanceof SyntaxError) {
      return reply.code(400).send(graphQLErrorBody("request body is not valid JSON"));
    }
    return answerUnexpectedError(error, request, reply);
  });
  app.all("/graphql", { bodyLimit: maxBodyBytes }, fastifyApolloHandler(apollo, { context: (request) => makeContext(request) }));
}
