import { todayIn } from "@beatplan/domain";
import type { EntityManager } from "@mikro-orm/postgresql";
import DataLoader from "dataloader";
import { manyPer, onePer } from "../shared/batch.ts";
import { ClassAssignment } from "./class-assignment.entity.ts";
import { ClassOverride } from "./class-override.entity.ts";

/** Per-request loaders of class history and overrides, keyed by customer id (the customer was scope-checked by whoever returned it). */
export interface ClassificationLoaders {
  /** Newest first. */
  classHistoryByCustomerId: DataLoader<string, ClassAssignment[]>;
  /** The override that has not expired by today, or null. */
  activeOverrideByCustomerId: DataLoader<string, ClassOverride | null>;
}

/** Creates fresh loaders bound to the request's EntityManager and clock. */
export function createClassificationLoaders(em: EntityManager, now: () => Date): ClassificationLoaders {
  return {
    classHistoryByCustomerId: new DataLoader(async (customerIds) => {
      const rows = await em.find(ClassAssignment, { customer: { $in: [...customerIds] } }, { populate: ["run"], orderBy: { run: { appliedAt: "desc" }, id: "desc" } });
      return manyPer(customerIds, rows, (row) => row.customer.id);
    }),
    activeOverrideByCustomerId: new DataLoader(async (customerIds) => {
      const rows = await em.find(ClassOverride, {
        customer: { $in: [...customerIds] },
        $or: [{ until: null }, { until: { $gte: todayIn(now(), "UTC") } }],
      });
      return onePer(customerIds, rows, (row) => row.customer.id);
    }),
  };
}

declare module "../shared/context.ts" {
  interface Loaders {
    classification: ClassificationLoaders;
  }
}
