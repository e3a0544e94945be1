import type { FeatureManifest } from "../shared/feature.ts";
import { AuthResolver } from "./auth.resolver.ts";
import { LoginAttempt } from "./login-attempt.entity.ts";
import { UserSession } from "./user-session.entity.ts";
import { ContactPersonalDataResolver, CustomerSensitiveSectionsResolver } from "./sensitive-sections.ts";

/** Sign-in, sign-in limits and the sections of a customer that only some viewers may read. */
export const authFeature: FeatureManifest = {
  name: "auth",
  entities: [LoginAttempt, UserSession],
  resolvers: [AuthResolver, CustomerSensitiveSectionsResolver, ContactPersonalDataResolver],
  publicRootFields: ["login"],
  rootFieldAccess: {
    login: "anyone; rate-limited per account and per address",
  },
};
