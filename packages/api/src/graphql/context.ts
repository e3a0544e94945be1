import type { EntityManager } from "@mikro-orm/postgresql";
import { Scope } from "../auth/scope.ts";
import type { Viewer } from "../auth/viewer.ts";
import { createBusinessPlanLoaders, type BusinessPlanLoaders } from "../business-plans/business-plan.loaders.ts";
import { createClassificationLoaders, type ClassificationLoaders } from "../classification/classification.loaders.ts";
import { createCustomerLoaders, type CustomerLoaders } from "../customers/customer.loaders.ts";
import { createOrgLoaders, type OrgLoaders } from "../org/org.loaders.ts";
import { createSalesLoaders, type SalesLoaders } from "../sales/sales.loaders.ts";

/** Every per-request DataLoader, grouped by feature. */
export interface Loaders {
  org: OrgLoaders;
  customers: CustomerLoaders;
  sales: SalesLoaders;
  classification: ClassificationLoaders;
  businessPlans: BusinessPlanLoaders;
}

/**
 * Per-request GraphQL context: a forked EntityManager (its own identity map) and fresh
 * DataLoaders, plus who is asking. Built anew for every request; nothing is shared.
 */
export interface GraphQLContext {
  em: EntityManager;
  loaders: Loaders;
  /** Undefined when the request carries no valid token; `authProblem` then says why. */
  viewer: Viewer | undefined;
  authProblem: string | undefined;
  /** Decides what the viewer may see (nothing without a viewer). */
  scope: Scope;
  /** The server clock; injected so that "today" and "the last complete month" are testable. */
  now: () => Date;
}

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

