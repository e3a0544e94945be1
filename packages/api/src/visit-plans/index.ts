import type { FeatureManifest } from "../shared/feature.ts";
import { RepWorkProfile } from "./rep-work-profile.entity.ts";

/** Visit plans: the visit-cycle solver over the archive (issue #13), and the reps' work profiles it needs. */
export const visitPlansFeature: FeatureManifest = {
  name: "visit-plans",
  entities: [RepWorkProfile],
};
