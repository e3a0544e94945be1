import type { FeatureManifest } from "../shared/feature.ts";
import { UsersResolver } from "./users.resolver.ts";

/** People: deactivating users, changing one's own password and signing out (the entities live in org/ and auth/). */
export const usersFeature: FeatureManifest = {
  name: "users",
  resolvers: [UsersResolver],
  rootFieldAccess: {
    deactivateUser: "ADMIN; not oneself",
    changeOwnPassword: "any signed-in user (not API tokens); needs the current password",
    logout: "any signed-in user, for the session of the token sent (API tokens: VALIDATION, revoke them instead)",
  },
};
