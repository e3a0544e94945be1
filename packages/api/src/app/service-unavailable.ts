import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { GraphQLContext } from "../shared/context.ts";
import { databaseFaultOf } from "../shared/database-errors.ts";

/** Seconds a client is told to wait before retrying while the database is unavailable. */
export const retryAfterSeconds = 5;

/** The refusal while the database is unreachable or restarting: SERVICE_UNAVAILABLE, HTTP 503, Retry-After. */
export function serviceUnavailableError(): GraphQLError {
  return new GraphQLError("the database is unavailable; retry in a few seconds", {
    extensions: { code: "SERVICE_UNAVAILABLE", http: { status: 503, headers: new Map([["retry-after", String(retryAfterSeconds)]]) } },
  });
}

/** Rethrows a database outage met while building the request context as {@link serviceUnavailableError}. */
export function unavailableWhenDatabaseIs(error: unknown): never {
  if (databaseFaultOf(error)?.fault === "UNAVAILABLE") throw serviceUnavailableError();
  throw error;
}

/**
 * Answers HTTP 503 with `Retry-After` whenever an answer carries SERVICE_UNAVAILABLE (a
 * resolver met the database down), so that clients and load balancers see a retryable outage
 * rather than a server bug.
 */
export function serviceUnavailablePlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          if (!response.body.singleResult.errors?.some((error) => error.extensions?.code === "SERVICE_UNAVAILABLE")) return;
          response.http.status = 503;
          response.http.headers.set("retry-after", String(retryAfterSeconds));
        },
      };
    },
  };
}
