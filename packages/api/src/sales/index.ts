import type { FeatureManifest } from "../shared/feature.ts";
import { MonthlySales } from "./monthly-sales.entity.ts";
import { createSalesLoaders } from "./sales.loaders.ts";
import { SalesResolver } from "./sales.resolver.ts";

/** Monthly sales per customer and their import. */
export const salesFeature: FeatureManifest = {
  name: "sales",
  entities: [MonthlySales],
  resolvers: [SalesResolver],
  loaders: ({ em, now }) => ({ sales: createSalesLoaders(em, now) }),
  rootFieldAccess: {
    importMonthlySales: "ADMIN all; MANAGER rows of their customers (others reported as unknown codes); REP FORBIDDEN",
  },
};
