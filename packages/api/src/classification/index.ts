import type { FeatureManifest } from "../shared/feature.ts";
import { ClassAssignment } from "./class-assignment.entity.ts";
import { ClassChangeRun } from "./class-change-run.entity.ts";
import { ClassOverride } from "./class-override.entity.ts";
import { ClassificationPolicy } from "./classification-policy.entity.ts";
import { createClassificationLoaders } from "./classification.loaders.ts";
import { ClassificationPolicyFieldsResolver, ClassificationPreviewResolver, ClassificationResolver } from "./classification.resolver.ts";
import { ClassAssignmentFieldsResolver, ClassOverrideFieldsResolver, CustomerClassFieldsResolver } from "./customer-class-fields.resolver.ts";

/** A/B/C classification: policies, runs, the class history and manual overrides. */
export const classificationFeature: FeatureManifest = {
  name: "classification",
  entities: [ClassificationPolicy, ClassChangeRun, ClassAssignment, ClassOverride],
  resolvers: [
    ClassificationResolver,
    ClassificationPreviewResolver,
    ClassificationPolicyFieldsResolver,
    CustomerClassFieldsResolver,
    ClassAssignmentFieldsResolver,
    ClassOverrideFieldsResolver,
  ],
  loaders: ({ em, now }) => ({ classification: createClassificationLoaders(em, now) }),
  rootFieldAccess: {
    classificationPolicy: "territories the viewer sees (others NOT_FOUND)",
    previewClassification: "territories the viewer sees (others NOT_FOUND); writes nothing",
    paretoChart: "territories the viewer sees (others NOT_FOUND)",
    applyClassification: "ADMIN, or MANAGER for their territories; REP FORBIDDEN",
    overrideCustomerClass: "ADMIN and MANAGER, customers they see; REP FORBIDDEN",
    setClassificationPolicy: "ADMIN, or MANAGER for their territories",
  },
};
