import type { EntityManager } from "@mikro-orm/postgresql";
import { Scope } from "../auth/scope.ts";
import type { Viewer } from "../auth/viewer.ts";
import { createBusinessPlanLoaders } from "../business-plans/business-plan.loaders.ts";
import { createClassificationLoaders } from "../classification/classification.loaders.ts";
import { createCustomerLoaders } from "../customers/customer.loaders.ts";
import { createOrgLoaders } from "../org/org.loaders.ts";
import { createSalesLoaders } from "../sales/sales.loaders.ts";
import type { GraphQLContext } from "../shared/context.ts";

/** Builds the context for one request around `em`, which must be a fresh fork of the application's EntityManager. */
export function createContext(em: EntityManager, viewer: Viewer | undefined, authProblem?: string, now: () => Date = () => new Date()): GraphQLContext {
  const scope = new Scope(viewer);
  return {
    em,
    viewer,
    authProblem,
    scope,
    now,
    loaders: {
      org: createOrgLoaders(em, scope),
      customers: createCustomerLoaders(em, scope),
      sales: createSalesLoaders(em, now),
      classification: createClassificationLoaders(em, now),
      businessPlans: createBusinessPlanLoaders(em, scope),
    },
  };
}
