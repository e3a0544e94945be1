import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import type { GraphQLContext } from "../shared/context.ts";
import { BodyTooLargeError, readBody } from "./request-body.ts";

/** Largest accepted GraphQL request body: room for an import of 200,000 sales rows. */
export const maxGraphQLBodyBytes = 64 * 1024 * 1024;

function sendJsonError(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify({ errors: [{ message, extensions: { code: "BAD_REQUEST" } }] }));
}

/** Adapts node:http to Apollo Server's `executeHTTPGraphQLRequest`. */
export function createGraphQLHandler(
  apollo: ApolloServer<GraphQLContext>,
  makeContext: (request: IncomingMessage) => Promise<GraphQLContext>,
): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  return async (request, response) => {
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
    let body: unknown;
    if (request.method === "POST") {
      let text: string;
      try {
        text = await readBody(request, maxGraphQLBodyBytes);
      } catch (error) {
        if (error instanceof BodyTooLargeError) return sendJsonError(response, 413, error.message);
        throw error;
      }
      if ((headers.get("content-type") ?? "").toLowerCase().startsWith("application/json")) {
        try {
          body = text === "" ? undefined : JSON.parse(text);
        } catch {
          return sendJsonError(response, 400, "request body is not valid JSON");
        }
      } else {
        body = text;
      }
    }
    const url = new URL(request.url ?? "/", "http://localhost");
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? "GET", headers, search: url.search, body },
      context: () => makeContext(request),
    });
    for (const [name, value] of result.headers) response.setHeader(name, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === "complete") {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  };
}
