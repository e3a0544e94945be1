import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";

/**
 * The answer to an error no route handled: Fastify's own client errors (4xx) keep their
 * status and message; anything else is logged with the request id and answered without details.
 */
export function answerUnexpectedError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) return reply.code(status).type("text/plain; charset=utf-8").send(`${error.message}\n`);
  console.error(`[request ${request.id}] unexpected error:`, error);
  return reply.code(500).type("text/plain; charset=utf-8").send(`internal server error (request ${request.id})\n`);
}
