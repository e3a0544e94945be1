import type { IncomingMessage, ServerResponse } from "node:http";
import type { GraphQLContext } from "../shared/context.ts";
import { DomainErrors } from "../shared/domain-error.ts";
import { toUserErrors } from "../shared/error-mapping.ts";
import { importMonthlySales, validateSalesRows } from "../sales/monthly-sales-import.ts";
import { parseSalesCsv } from "../sales/sales-csv.ts";
import { BodyTooLargeError, readBody } from "./request-body.ts";

const maxCsvBytes = 64 * 1024 * 1024;

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(body));
}

/**
 * `POST /import/monthly-sales` with a `text/csv` body and a Bearer token: the same import as the
 * `importMonthlySales` mutation, with problems reported by CSV line number. Answers
 * `{ inserted, updated, userErrors }` (200 even with userErrors, like the mutation payload).
 */
export function createSalesImportHandler(makeContext: (request: IncomingMessage) => Promise<GraphQLContext>): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  return async (request, response) => {
    if (request.method !== "POST") {
      response.setHeader("allow", "POST");
      return sendJson(response, 405, { error: "use POST with a text/csv body" });
    }
    // A custom content type cannot be sent cross-site without a CORS preflight, which we never grant.
    if (!(request.headers["content-type"] ?? "").toLowerCase().startsWith("text/csv")) {
      return sendJson(response, 415, { error: "the body must be sent as content-type: text/csv" });
    }
    const context = await makeContext(request);
    if (!context.viewer) {
      return sendJson(response, 401, { inserted: 0, updated: 0, userErrors: [{ field: null, message: context.authProblem ?? "sign in first: send Authorization: Bearer <token>", code: "UNAUTHENTICATED" }] });
    }
    let text: string;
    try {
      text = await readBody(request, maxCsvBytes);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return sendJson(response, 413, { error: error.message });
      throw error;
    }
    const csv = parseSalesCsv(text);
    try {
      if (csv.errors.length > 0) throw new DomainErrors([...csv.errors, ...validateSalesRows(csv.rows, "line")]);
      const result = await importMonthlySales(context.em, context.scope, csv.rows, "line");
      sendJson(response, 200, { ...result, userErrors: [] });
    } catch (error) {
      sendJson(response, 200, { inserted: 0, updated: 0, userErrors: toUserErrors(error) });
    }
  };
}
