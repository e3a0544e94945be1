import { lastCompleteMonth, todayIn } from "@beatplan/domain";
import type { JobDefinition } from "../shared/job-definition.ts";
import { readSettings } from "../settings.ts";
import { markLapsedCustomers } from "./lifecycle.service.ts";

/** What a lapse check job may be given; the schedule sends it empty, so the setting applies. */
export interface LapseCheckPayload {
  /** Overrides BEATPLAN_LAPSED_AFTER_MONTHS for this run. */
  readonly lapsedAfterMonths?: number;
}

/**
 * The daily lapse check (02:15 UTC): customers without purchases for BEATPLAN_LAPSED_AFTER_MONTHS
 * complete months become LAPSED. A job rather than a rule applied on read, so that the status is
 * stored like every other one: the list filters on it with its index, the history says when a
 * customer lapsed, and the churn KPI counts the change.
 */
export const lapseCheckJob: JobDefinition<LapseCheckPayload> = {
  name: "customers.lapse-check",
  schedule: "15 2 * * *",
  retryLimit: 2,
  serialiseBy: () => "lapse-check",
  run: async (payload, context) => {
    const months = payload.lapsedAfterMonths ?? readSettings(process.env).lapsedAfterMonths;
    await markLapsedCustomers(context.em, { lastCompleteMonth: lastCompleteMonth(todayIn(context.now(), "UTC")), lapsedAfterMonths: months });
  },
};
