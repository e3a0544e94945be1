import type { UserErrorData } from "../../shared/user-errors.tsx";

/** The API's answer to an import: counts, or every problem of the file (then nothing was written). */
export interface SalesImportAnswer {
  inserted: number;
  updated: number;
  userErrors: UserErrorData[];
}

/** What became of an upload. */
export type SalesUploadOutcome =
  | { kind: "answered"; answer: SalesImportAnswer }
  | { kind: "unauthenticated" }
  | { kind: "failed"; message: string };

/** The endpoint that parses and imports the file; the API serves the app on the same origin. */
export const salesImportUrl = "/import/monthly-sales";

/**
 * Sends the CSV file as it is to `POST /import/monthly-sales`, the same import as the CLI's:
 * the server is the one place that reads the file and checks its rows.
 */
export async function uploadSalesCsv(file: Blob, token: string, options: { url?: string; fetch?: typeof fetch } = {}): Promise<SalesUploadOutcome> {
  const send = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await send(options.url ?? salesImportUrl, {
      method: "POST",
      headers: { "content-type": "text/csv; charset=utf-8", authorization: `Bearer ${token}` },
      body: file,
    });
  } catch (error) {
    return { kind: "failed", message: error instanceof Error ? error.message : String(error) };
  }
  if (response.status === 401) return { kind: "unauthenticated" };
  const body = (await response.json().catch(() => null)) as (Partial<SalesImportAnswer> & { error?: string }) | null;
  // A file with bad lines is answered 422 (403 for a role that may not import) with the same body as a success.
  if ((response.ok || response.status === 422 || response.status === 403) && body && Array.isArray(body.userErrors)) {
    return { kind: "answered", answer: { inserted: body.inserted ?? 0, updated: body.updated ?? 0, userErrors: body.userErrors } };
  }
  return { kind: "failed", message: body?.error ?? `HTTP ${response.status} ${response.statusText}`.trim() };
}

/** The file line a problem is about (the API names it as ["rows", "<line>", column]); null for the whole file. */
export function lineOfProblem(field: readonly string[] | null | undefined): number | null {
  const line = field?.[0] === "rows" ? field[1] : undefined;
  return line !== undefined && /^\d+$/.test(line) ? Number(line) : null;
}
