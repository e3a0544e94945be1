import { AsyncResource } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { withRequestContext, type RequestContext } from "../shared/request-context.ts";

/** A new id for every request, sent back as `x-request-id` (incoming ids are not trusted). */
export const newRequestId = (): string => randomUUID();

// Fastify reads the body in stream callbacks, which run outside the request's async context;
// each request keeps a handle on its context so that the later hooks and the handler run in it.
const requestScopes = new WeakMap<FastifyRequest, AsyncResource>();

/** The client's address for sign-in limits: the socket's, or the left-most X-Forwarded-For entry when the proxy is trusted. */
function clientAddressOf(request: FastifyRequest): string {
  return (request.ip || "unknown").slice(0, 64);
}

/**
 * Opens the per-request context (shared/request-context.ts) for
 * every request before anything else runs, and re-enters it once the body has been read.
 */
export function addRequestContext(app: FastifyInstance): void {
  app.addHook("onRequest", (request, reply, done) => {
    void reply.header("x-request-id", request.id);
    const context: RequestContext = { requestId: request.id, clientAddress: clientAddressOf(request), viewer: undefined, operation: null };
    withRequestContext(context, () => {
      requestScopes.set(request, new AsyncResource("beatplan.request"));
      done();
    });
  });
  app.addHook("preValidation", (request, _reply, done) => {
    const scope = requestScopes.get(request);
    if (scope) scope.runInAsyncScope(done);
    else done();
  });
}
