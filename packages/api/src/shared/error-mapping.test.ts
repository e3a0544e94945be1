import { GraphQLError } from "graphql";
import { describe, expect, it, vi } from "vitest";
import { DomainError } from "./domain-error.ts";
import { formatError } from "./error-mapping.ts";
import { withRequestContext } from "./request-context.ts";

function resolverError(original: Error): GraphQLError {
  return new GraphQLError(original.message, { originalError: original, path: ["customers"] });
}

describe("error mapping", () => {
  it("gives a domain error its code and keeps its message", () => {
    const error = resolverError(new DomainError("VALIDATION", "first must be 1..500, got 0", ["first"]));
    expect(formatError({ message: error.message }, error)).toEqual({ message: "first must be 1..500, got 0", extensions: { code: "BAD_USER_INPUT", field: ["first"] } });
  });

  it("masks an unexpected error and logs it with the request id", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const error = resolverError(new Error("cannot read the rows: password=hunter2"));
    const formatted = withRequestContext({ requestId: "req-42", clientAddress: "test", viewer: undefined, operation: null }, () => formatError({ message: error.message, path: ["customers"] }, error));
    expect(formatted).toEqual({ message: "Internal server error (request req-42)", path: ["customers"], extensions: { code: "INTERNAL_SERVER_ERROR", requestId: "req-42" } });
    expect(log).toHaveBeenCalledWith("[request req-42] unexpected error:", error.originalError);
    log.mockRestore();
  });

  it("passes GraphQL's own validation errors through", () => {
    const error = new GraphQLError('Cannot query field "nope" on type "Query".', { extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
    const formatted = { message: error.message, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } };
    expect(formatError(formatted, error)).toBe(formatted);
  });
});
