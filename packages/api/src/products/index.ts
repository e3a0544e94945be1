import type { FeatureManifest } from "../shared/feature.ts";
import { Product } from "./product.entity.ts";
import { ProductResolver } from "./product.resolver.ts";

declare module "../shared/global-id.ts" {
  interface NodeTypes {
    Product: Product;
  }
}

/** The product catalogue. */
export const productsFeature: FeatureManifest = {
  name: "products",
  entities: [Product],
  resolvers: [ProductResolver],
  rootFieldAccess: {
    products: "any viewer (the catalogue is not customer data)",
  },
  nodes: {
    // Business plans load the products of their lines with the same loader.
    Product: (uuid, { loaders }) => loaders.businessPlans.productById.load(uuid),
  },
};
