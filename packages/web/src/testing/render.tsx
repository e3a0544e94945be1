import { render, type RenderResult } from "@testing-library/react";
import type { ReactElement } from "react";
import { Provider, type Client, type GraphQLRequest, type OperationResult } from "urql";
import { fromValue, merge, never, type Source } from "wonka";
import { I18nProvider, type Locale } from "../app/i18n/i18n.tsx";
import { SessionProvider, type Session } from "../app/session.tsx";

/** A signed-in administrator for screens behind the login. */
export const adminSession: Session = {
  token: "test-token",
  user: { id: "VXNlcjox", email: "admin@beatplan.test", name: "Ada Admin", role: "ADMIN" },
};

type Responder = (request: GraphQLRequest) => Partial<OperationResult> | "pending";

/** Operations a fake client has executed, in order, with their variables. */
export interface FakeClient {
  client: Client;
  requests: { kind: "query" | "mutation"; operationName: string | undefined; variables: Record<string, unknown> }[];
}

function operationName(request: GraphQLRequest): string | undefined {
  for (const definition of request.query.definitions) {
    if (definition.kind === "OperationDefinition") return definition.name?.value;
  }
  return undefined;
}

/**
 * A urql client that answers from `respond` instead of the network: the
 * component tests exercise the UI layer, the API has its own tests.
 * Returning "pending" leaves the operation loading forever.
 */
export function fakeClient(respond: Responder): FakeClient {
  const requests: FakeClient["requests"] = [];
  const execute = (kind: "query" | "mutation") => (request: GraphQLRequest): Source<OperationResult> => {
    requests.push({ kind, operationName: operationName(request), variables: { ...(request.variables as Record<string, unknown>) } });
    const answer = respond(request);
    if (answer === "pending") return never;
    // As with a real client, each result names the operation (and so the variables) it answers.
    const result = { stale: false, hasNext: false, data: undefined, error: undefined, operation: request, ...answer } as OperationResult;
    // A real client keeps a query's source open for cache updates; urql clears
    // the error of a source that ends, so the fake must not end either.
    return merge([fromValue(result), never]);
  };
  const client = { executeQuery: execute("query"), executeMutation: execute("mutation") } as unknown as Client;
  return { client, requests };
}

/** Renders `ui` with the app's providers around it. */
export function renderWithProviders(
  ui: ReactElement,
  { client, locale = "en", session = adminSession }: { client: Client; locale?: Locale; session?: Session | null },
): RenderResult {
  return render(
    <I18nProvider locale={locale}>
      <SessionProvider initialSession={session}>
        <Provider value={client}>{ui}</Provider>
      </SessionProvider>
    </I18nProvider>,
  );
}

/**
 * A responder answering each operation by name; an operation without an
 * answer fails the test loudly instead of hanging in a loading state.
 */
export function byOperation(answers: Record<string, (variables: Record<string, unknown>) => Partial<OperationResult> | "pending">): Responder {
  return (request) => {
    const name = operationName(request);
    const answer = name === undefined ? undefined : answers[name];
    if (!answer) throw new Error(`no fake answer for operation ${name ?? "(anonymous)"}`);
    return answer((request.variables ?? {}) as Record<string, unknown>);
  };
}
