import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { importMonthlySales, salesMonthBounds, validateSalesRows } from "../sales/monthly-sales-import.ts";
import { parseSalesCsv } from "../sales/sales-csv.ts";
import type { GraphQLContext } from "../shared/context.ts";
import { DomainErrors } from "../shared/domain-error.ts";
import { toUserErrors } from "../shared/error-mapping.ts";
import { currentRequestContext } from "../shared/request-context.ts";
import { answerUnexpectedError } from "./unexpected-error.ts";

/** Largest accepted CSV body. */
export const maxCsvBytes = 64 * 1024 * 1024;

/** Options of {@link salesImportRoute}. */
export interface SalesImportRouteOptions {
  makeContext: (request: FastifyRequest) => Promise<GraphQLContext>;
}

const signedInContexts = new WeakMap<FastifyRequest, GraphQLContext>();

/**
 * `POST /import/monthly-sales` with a `text/csv` body and a Bearer token: the same import as the
 * `importMonthlySales` mutation, with problems reported by CSV line number. Answers
 * `{ inserted, updated, userErrors }`: 200 when imported, 422 when any line is bad (nothing is
 * written), 403 when the role may not import.
 * Method, content type and sign-in are checked before the body is read.
 */
export async function salesImportRoute(app: FastifyInstance, { makeContext }: SalesImportRouteOptions): Promise<void> {
  app.addContentTypeParser("text/csv", { parseAs: "string", bodyLimit: maxCsvBytes }, (_request, body, done) => done(null, body));
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE") return reply.code(413).send({ error: `request body must be at most ${maxCsvBytes} bytes` });
    return answerUnexpectedError(error, request, reply);
  });
  const checkRequest = async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    const requestContext = currentRequestContext();
    if (requestContext) requestContext.operation = "POST /import/monthly-sales";
    if (request.method !== "POST") {
      return reply.code(405).header("allow", "POST").send({ error: "use POST with a text/csv body" });
    }
    // A custom content type cannot be sent cross-site without a CORS preflight, which we never grant.
    if (!(request.headers["content-type"] ?? "").toLowerCase().startsWith("text/csv")) {
      return reply.code(415).send({ error: "the body must be sent as content-type: text/csv" });
    }
    const context = await makeContext(request);
    if (!context.viewer) {
      return reply.code(401).send({
        inserted: 0,
        updated: 0,
        userErrors: [{ field: null, message: context.authProblem ?? "sign in first: send Authorization: Bearer <token>", code: "UNAUTHENTICATED" }],
      });
    }
    signedInContexts.set(request, context);
    return undefined;
  };
  app.all("/import/monthly-sales", { bodyLimit: maxCsvBytes, onRequest: checkRequest }, async (request, reply) => {
    const context = signedInContexts.get(request);
    if (!context) throw new Error("the sales import was reached without a signed-in context");
    const csv = parseSalesCsv(typeof request.body === "string" ? request.body : "");
    const bounds = salesMonthBounds(context);
    try {
      if (csv.errors.length > 0) throw new DomainErrors([...csv.errors, ...(csv.rows.length > 0 ? validateSalesRows(csv.rows, "line", bounds) : [])]);
      const result = await importMonthlySales(context.em, context.scope, csv.rows, "line", bounds);
      return reply.send({ ...result, userErrors: [] });
    } catch (error) {
      const userErrors = toUserErrors(error);
      // Nothing was imported: 422 (403 for a role that may not import), with the same body as a success.
      return reply.code(userErrors.some((userError) => userError.code === "FORBIDDEN") ? 403 : 422).send({ inserted: 0, updated: 0, userErrors });
    }
  });
}
