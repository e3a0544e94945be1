import type { FastifyInstance } from "fastify";
import type { Orm } from "../db/database.ts";
import { retryAfterSeconds } from "./service-unavailable.ts";

/** Options of {@link healthRoutes}. */
export interface HealthRouteOptions {
  orm: Orm;
}

/**
 * `GET /healthz`: the process is up (always 200). `GET /readyz`: the database answers and
 * every migration is applied (200), else 503 with `Retry-After` and the reason; for load balancers.
 */
export async function healthRoutes(app: FastifyInstance, { orm }: HealthRouteOptions): Promise<void> {
  app.get("/healthz", async (_request, reply) => reply.code(200).send({ status: "ok" }));
  app.get("/readyz", async (_request, reply) => {
    try {
      const pending = await orm.migrator.getPending();
      if (pending.length > 0) return reply.code(503).header("retry-after", String(retryAfterSeconds)).send({ status: "unavailable", reason: `${pending.length} migrations not applied` });
      return reply.code(200).send({ status: "ready" });
    } catch {
      return reply.code(503).header("retry-after", String(retryAfterSeconds)).send({ status: "unavailable", reason: "the database does not answer" });
    }
  });
}
