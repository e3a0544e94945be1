import type { ApolloServerPlugin } from "@apollo/server";

/**
 * Marks every GraphQL answer `cache-control: no-store`, which is all Apollo's default cache
 * control plugin ever answered here (no type or field declares a cache hint). That plugin is
 * disabled because it hooks into the resolution of every single field to collect hints,
 * which made Apollo wrap every resolver of the schema.
 */
export const noStoreResponses: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set("cache-control", "no-store");
      },
    };
  },
};
