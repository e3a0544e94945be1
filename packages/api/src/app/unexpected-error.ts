import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { databaseFaultOf } from "../shared/database-errors.ts";
import { retryAfterSeconds } from "./service-unavailable.ts";

/**
 * The answer to an error no route handled: Fastify's own client errors (4xx) keep their
 * status and message; the database unavailable is 503 with Retry-After; anything else is logged with the request id and answered without details.
 */
export function answerUnexpectedError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (databaseFaultOf(error)?.fault === "UNAVAILABLE") {
    return reply.code(503).header("retry-after", String(retryAfterSeconds)).type("text/plain; charset=utf-8").send("the database is unavailable; retry in a few seconds\n");
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) return reply.code(status).type("text/plain; charset=utf-8").send(`${error.message}\n`);
  console.error(`[request ${request.id}] unexpected error:`, error);
  return reply.code(500).type("text/plain; charset=utf-8").send(`internal server error (request ${request.id})\n`);
}
