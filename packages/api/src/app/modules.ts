import { auditFeature } from "../audit/index.ts";
import { authFeature } from "../auth/index.ts";
import { businessPlansFeature } from "../business-plans/index.ts";
import { classificationFeature } from "../classification/index.ts";
import { customersFeature } from "../customers/index.ts";
import { orgFeature } from "../org/index.ts";
import { productsFeature } from "../products/index.ts";
import { salesFeature } from "../sales/index.ts";
import type { FeatureManifest } from "../shared/feature.ts";
import { tokensFeature } from "../tokens/index.ts";
import { visitPlansFeature } from "../visit-plans/index.ts";
import { nodeFeature } from "./node.resolver.ts";
// Imported last, so that its mutations (logout the very last) close the schema's mutation list.
import { usersFeature } from "../users/index.ts";

/**
 * Every feature of the API, in the order their entities are registered. Adding a feature
 * means a new folder whose index.ts exports its manifest, and one line here.
 */
export const modules: readonly FeatureManifest[] = [
  nodeFeature,
  orgFeature,
  customersFeature,
  salesFeature,
  classificationFeature,
  authFeature,
  tokensFeature,
  auditFeature,
  productsFeature,
  businessPlansFeature,
  visitPlansFeature,
  usersFeature,
];
