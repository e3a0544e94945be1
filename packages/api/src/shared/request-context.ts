import { AsyncLocalStorage } from "node:async_hooks";

/** Who a request acts for, as far as logs and the audit trail need to know. */
export interface RequestActor {
  readonly userId: string;
  /** Set when the request authenticated with an API token. */
  readonly apiTokenId?: string;
  /** E-mail of the user, or "api-token:<name>". */
  readonly label: string;
}

/** What the server knows about the request being served, for logs, masked errors, sign-in limits and the audit trail. */
export interface RequestContext {
  /** Id of the HTTP request (the `x-request-id` header); null for server tools. */
  requestId: string | null;
  /** The client's network address (for sign-in rate limits). */
  clientAddress: string;
  /** Set once the request's token has been checked. */
  viewer: RequestActor | undefined;
  /** The mutation or endpoint being served, e.g. "updateCustomer". */
  operation: string | null;
}

/**
 * The one per-request store. The HTTP server opens it for every request; the GraphQL context
 * fills in the viewer and the root-field middleware the operation, so that the error mapper
 * and the ORM's flush hook see them without resolvers passing anything along.
 */
export const requestContexts = new AsyncLocalStorage<RequestContext>();

/** Runs `work` inside `context`, e.g. an HTTP request, or a CLI tool acting as an operator. */
export function withRequestContext<Result>(context: RequestContext, work: () => Result): Result {
  return requestContexts.run(context, work);
}

/** The request context being served, if any. */
export function currentRequestContext(): RequestContext | undefined {
  return requestContexts.getStore();
}
