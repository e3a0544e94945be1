import type { FeatureManifest } from "../shared/feature.ts";
import { ApiTokenTerritory } from "./api-token-territory.entity.ts";
import { ApiToken } from "./api-token.entity.ts";
import { createApiTokenLoaders } from "./api-token.loaders.ts";
import { ApiTokenResolver } from "./api-token.resolver.ts";

declare module "../shared/global-id.ts" {
  interface NodeTypes {
    ApiToken: ApiToken;
  }
}

/** Integrators' API tokens. Their global IDs exist, but `node(id:)` does not fetch them. */
export const tokensFeature: FeatureManifest = {
  name: "tokens",
  entities: [ApiToken, ApiTokenTerritory],
  resolvers: [ApiTokenResolver],
  loaders: ({ em }) => ({ apiTokens: createApiTokenLoaders(em) }),
  rootFieldAccess: {
    apiTokens: "signed-in ADMIN users only (FORBIDDEN otherwise)",
    createApiToken: "signed-in ADMIN users only",
    revokeApiToken: "signed-in ADMIN users only",
  },
};
