import type { FeatureManifest } from "../shared/feature.ts";
import { AuthorityLimit } from "./authority-limit.entity.ts";
import { AuthorityLimitResolver } from "./authority-limit.resolver.ts";
import { BusinessPlanEvent } from "./business-plan-event.entity.ts";
import {
  BusinessPlanEventFieldsResolver,
  BusinessPlanFieldsResolver,
  BusinessPlanRevisionFieldsResolver,
  BusinessReviewFieldsResolver,
  ProductLaunchLineFieldsResolver,
  StoreTargetLineFieldsResolver,
  WeeklyProgressFieldsResolver,
} from "./business-plan-fields.resolver.ts";
import { BusinessPlanRevision } from "./business-plan-revision.entity.ts";
import { BusinessPlan } from "./business-plan.entity.ts";
import { createBusinessPlanLoaders } from "./business-plan.loaders.ts";
import { BusinessPlanResolver } from "./business-plan.resolver.ts";
import { BusinessReview } from "./business-review.entity.ts";
import { WeeklyProgress } from "./weekly-progress.entity.ts";

declare module "../shared/global-id.ts" {
  interface NodeTypes {
    BusinessPlan: BusinessPlan;
    BusinessPlanRevision: BusinessPlanRevision;
  }
}

/** The monthly customer business plan: revisions, approval workflow, weekly progress, review, authority limits. */
export const businessPlansFeature: FeatureManifest = {
  name: "business-plans",
  entities: [AuthorityLimit, BusinessPlan, BusinessPlanRevision, BusinessPlanEvent, WeeklyProgress, BusinessReview],
  resolvers: [
    BusinessPlanResolver,
    BusinessPlanFieldsResolver,
    BusinessPlanRevisionFieldsResolver,
    StoreTargetLineFieldsResolver,
    ProductLaunchLineFieldsResolver,
    BusinessPlanEventFieldsResolver,
    WeeklyProgressFieldsResolver,
    BusinessReviewFieldsResolver,
    AuthorityLimitResolver,
  ],
  loaders: ({ em, scope }) => ({ businessPlans: createBusinessPlanLoaders(em, scope) }),
  rootFieldAccess: {
    businessPlans: "plans of the customers the viewer sees",
    businessPlan: "plans of the customers the viewer sees; others null like unknown IDs",
    authorityLimits: "any viewer; role defaults for all, a user's own limit only when the viewer may see that user",
    createBusinessPlan: "the rep of a customer they see",
    reviseBusinessPlan: "rep only, plans of customers they see",
    proposeBusinessPlan: "rep only, plans of customers they see",
    requestRevision: "rep only, plans of customers they see",
    approveBusinessPlan: "managers of the customer's territory",
    rejectBusinessPlan: "managers of the customer's territory",
    confirmBusinessPlan: "rep only, plans of customers they see",
    recordWeeklyProgress: "rep only, plans of customers they see",
    adjustBusinessPlan: "rep only, plans of customers they see",
    closeBusinessPlan: "rep only, plans of customers they see",
    setAuthorityLimit: "ADMIN only",
  },
  nodes: {
    BusinessPlan: (uuid, { loaders }) => loaders.businessPlans.planById.load(uuid),
    BusinessPlanRevision: (uuid, { loaders }) => loaders.businessPlans.revisionById.load(uuid),
  },
};
