import type { FeatureManifest } from "../shared/feature.ts";
import { PasswordToken } from "./password-token.entity.ts";
import { UserAdminResolver } from "./user-admin.resolver.ts";
import { UsersResolver } from "./users.resolver.ts";

/** People: deactivating users, changing one's own password and signing out (the entities live in org/ and auth/). */
export const usersFeature: FeatureManifest = {
  name: "users",
  entities: [PasswordToken],
  // The sign-out resolver last: see users.resolver.ts.
  resolvers: [UserAdminResolver, UsersResolver],
  publicRootFields: ["setPassword"],
  rootFieldAccess: {
    users: "ADMIN",
    createUser: "ADMIN",
    updateUser: "ADMIN; not taking away one's own ADMIN role",
    resetUserPassword: "ADMIN",
    setPassword: "anyone holding a one-time set-password token",
    deactivateUser: "ADMIN; not oneself",
    changeOwnPassword: "any signed-in user (not API tokens); needs the current password",
    logout: "any signed-in user, for the session of the token sent (API tokens: VALIDATION, revoke them instead)",
  },
};
