import DataLoader from "dataloader";
import type { LoaderRequest } from "../shared/feature.ts";
import { onePer } from "../shared/batch.ts";
import { plainInstance } from "../shared/plain-rows.ts";
import { executeSql } from "../shared/sql.ts";
import { RepWorkProfile, type DaysOff } from "./rep-work-profile.entity.ts";
import { VisitPlan } from "./visit-plan.entity.ts";

/** A stored profile with the territories its rep works in (which decide who may read it). */
export interface LoadedWorkProfile {
  readonly userId: string;
  readonly profile: RepWorkProfile;
  readonly territoryIds: readonly string[];
}

/** The visit-plans feature's per-request loaders. */
export interface VisitPlanLoaders {
  /** A user's work profile, or null; one statement per batch of users. */
  workProfileByUserId: DataLoader<string, LoadedWorkProfile | null>;
  /** A plan by id, null outside the viewer's territories. */
  visitPlanById: DataLoader<string, VisitPlan | null>;
}

interface ProfileRow {
  user_id: string;
  start_label: string | null;
  start_latitude: number | null;
  start_longitude: number | null;
  end_label: string | null;
  end_latitude: number | null;
  end_longitude: number | null;
  working_weekdays: number[];
  day_start_minute: number;
  day_end_minute: number;
  break_minutes: number;
  non_customer_minutes: number;
  speed_km_per_hour: number;
  road_factor: number;
  days_off: DaysOff[];
  updated_at: Date;
  territory_ids: string[];
}

/** Creates the feature's fresh loaders for one request. */
export function createVisitPlanLoaders(request: LoaderRequest): { visitPlans: VisitPlanLoaders } {
  return {
    visitPlans: {
      workProfileByUserId: new DataLoader(async (userIds) => {
        const rows = await executeSql<ProfileRow>(
          request.em,
          `select p.user_id, p.start_label, p.start_latitude, p.start_longitude, p.end_label, p.end_latitude, p.end_longitude, p.working_weekdays,
                  p.day_start_minute, p.day_end_minute, p.break_minutes, p.non_customer_minutes, p.speed_km_per_hour, p.road_factor, p.days_off, p.updated_at,
                  array(select m.territory_id from territory_member m where m.user_id = p.user_id and m.membership = 'REP') as territory_ids
             from rep_work_profile p where p.user_id = any($1::uuid[])`,
          [userIds],
        );
        const loaded = rows.map((row) => ({
          userId: row.user_id,
          territoryIds: row.territory_ids,
          profile: plainInstance(RepWorkProfile, {
            startLabel: row.start_label,
            startLatitude: row.start_latitude,
            startLongitude: row.start_longitude,
            endLabel: row.end_label,
            endLatitude: row.end_latitude,
            endLongitude: row.end_longitude,
            workingWeekdays: row.working_weekdays,
            dayStartMinute: row.day_start_minute,
            dayEndMinute: row.day_end_minute,
            breakMinutes: row.break_minutes,
            nonCustomerMinutes: row.non_customer_minutes,
            speedKmPerHour: row.speed_km_per_hour,
            roadFactor: row.road_factor,
            daysOff: row.days_off,
            updatedAt: row.updated_at,
          }),
        }));
        return onePer(userIds, loaded, (item) => item.userId);
      }),
      visitPlanById: new DataLoader(async (ids) => {
        const plans = await request.em.find(VisitPlan, { id: { $in: [...ids] }, territory: request.scope.territoryWhere() });
        return onePer(ids, plans, (plan) => plan.id);
      }),
    },
  };
}

declare module "../shared/context.ts" {
  interface Loaders {
    visitPlans: VisitPlanLoaders;
  }
}
