import type { FeatureManifest } from "../shared/feature.ts";
import { RepWorkProfile } from "./rep-work-profile.entity.ts";
import { createVisitPlanLoaders } from "./visit-plan.loaders.ts";
import { RepWorkProfileResolver } from "./rep-work-profile.resolver.ts";
import { solveVisitPlanJob } from "./solve-visit-plan.job.ts";
import { VisitPlanJob } from "./visit-plan-job.entity.ts";
import { VisitPlan, VisitPlanDay, VisitPlanStop } from "./visit-plan.entity.ts";
import { VisitPlanFieldsResolver, VisitPlanJobFieldsResolver, VisitPlanResolver } from "./visit-plan.resolver.ts";
import { findPlannedVisit, findVisitPlan, findVisitPlanJob } from "./visit-plan-access.ts";
import { VisitPlanJobSubscriptionResolver } from "./visit-plan-job.subscription.ts";
import { PlannedVisit } from "./planned-visit.entity.ts";
import { PlannedVisitResolver } from "./planned-visit.resolver.ts";
import { CustomerVisitDays } from "./customer-visit-days.entity.ts";
import { VisitPlanChangesResolver } from "./visit-plan-changes.resolver.ts";

declare module "../shared/global-id.ts" {
  interface NodeTypes {
    VisitPlan: VisitPlan;
    VisitPlanJob: VisitPlanJob;
    PlannedVisit: PlannedVisit;
  }
}

/** Visit plans: the visit-cycle solver over the archive as background jobs (issue #13), and the reps' work profiles it needs. */
export const visitPlansFeature: FeatureManifest = {
  name: "visit-plans",
  entities: [RepWorkProfile, VisitPlanJob, VisitPlan, VisitPlanDay, VisitPlanStop, PlannedVisit, CustomerVisitDays],
  resolvers: [VisitPlanResolver, VisitPlanFieldsResolver, VisitPlanJobFieldsResolver, VisitPlanJobSubscriptionResolver, RepWorkProfileResolver, PlannedVisitResolver, VisitPlanChangesResolver],
  loaders: createVisitPlanLoaders,
  jobs: [solveVisitPlanJob],
  rootFieldAccess: {
    setRepWorkProfile: "ADMIN, or a MANAGER of one of the rep's territories",
    generateVisitPlan: "ADMIN, or a MANAGER of the territory",
    cancelVisitPlanJob: "ADMIN, or a MANAGER of the job's territory",
    visitPlanJob: "any viewer; null outside their territories",
    visitPlan: "any viewer; null outside their territories",
    visitPlanJobUpdates: "any viewer (subscription); null outside their territories",
    activateVisitPlan: "ADMIN, or a MANAGER of the plan's territory",
    plannedVisits: "any viewer; only their territories' visits",
    moveVisit: "ADMIN, or a MANAGER of the plan's territory",
    pinCustomerWeekdays: "ADMIN, or a MANAGER of the customer's territory",
  },
  nodes: {
    VisitPlan: (uuid, context) => findVisitPlan(context, uuid),
    VisitPlanJob: (uuid, context) => findVisitPlanJob(context, uuid),
    PlannedVisit: (uuid, context) => findPlannedVisit(context, uuid),
  },
};
