import { createClient as createWsClient } from "graphql-ws";
import { Client, cacheExchange, fetchExchange, mapExchange, subscriptionExchange, type CombinedError } from "urql";

/** Options for the app's GraphQL client. */
export interface GraphqlClientOptions {
  /** Bearer token sent with every request, or null before sign-in. */
  token: string | null;
  /** Called when the API says the token is missing, invalid or expired. */
  onUnauthenticated(): void;
  /** Endpoint; the API serves the app on the same origin, so the default is `/graphql`. */
  url?: string;
  /** Replaces the global fetch (tests). */
  fetch?: typeof fetch;
  /** WebSocket URL of subscriptions (graphql-ws); default: `/graphql` on the page's own host. */
  subscriptionUrl?: string;
}

function defaultSubscriptionUrl(): string {
  if (typeof location === "undefined") return "ws://localhost/graphql";
  return `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/graphql`;
}

/** True when the API rejected the request because of the token, not the query. */
export function isUnauthenticated(error: CombinedError): boolean {
  const response = error.response as { status?: unknown } | undefined;
  if (response?.status === 401) return true;
  return error.graphQLErrors.some((graphqlError) => graphqlError.extensions?.code === "UNAUTHENTICATED");
}

/**
 * Creates the urql client for one session. A new client per token means a
 * user never sees another user's cached data after signing in again.
 */
export function createGraphqlClient(options: GraphqlClientOptions): Client {
  const { token, onUnauthenticated } = options;
  // Subscriptions (job progress) use graphql-ws on the API's own port; the socket opens with
  // the first subscription and closes after the last, and carries the same token.
  const subscriptions = createWsClient({
    url: options.subscriptionUrl ?? defaultSubscriptionUrl(),
    lazy: true,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
  });
  return new Client({
    url: options.url ?? "/graphql",
    // Apollo's CSRF protection rejects GET queries without a preflight header;
    // a JSON POST is always accepted.
    preferGetMethod: false,
    fetch: options.fetch,
    fetchOptions: (): RequestInit => (token ? { headers: { authorization: `Bearer ${token}` } } : {}),
    exchanges: [
      mapExchange({
        onError(error) {
          if (token && isUnauthenticated(error)) onUnauthenticated();
        },
      }),
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: subscriptions.subscribe({ ...request, query: request.query ?? "" }, sink) }),
        }),
      }),
    ],
  });
}
