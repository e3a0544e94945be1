import type { MigrationObject } from "@mikro-orm/core";
import { Migration20261122065431_initial_archive } from "./Migration20261122065431_initial_archive.ts";
import { Migration20261122073500_idempotency_keys } from "./Migration20261122073500_idempotency_keys.ts";
import { Migration20261122074000_classification } from "./Migration20261122074000_classification.ts";
import { Migration20261122080000_identity_access } from "./Migration20261122080000_identity_access.ts";
import { Migration20261122081500_business_plans } from "./Migration20261122081500_business_plans.ts";
import { Migration20261122090000_login_attempt_age } from "./Migration20261122090000_login_attempt_age.ts";
import { Migration20261122100000_customer_fillfactor } from "./Migration20261122100000_customer_fillfactor.ts";
import { Migration20261122120000_class_history_set_based_integrity } from "./Migration20261122120000_class_history_set_based_integrity.ts";
import { Migration20261202174331_rep_work_profile } from "./Migration20261202174331_rep_work_profile.ts";
import { Migration20261202174945_visit_plans } from "./Migration20261202174945_visit_plans.ts";
import { Migration20261202180000_progress_step_figures } from "./Migration20261202180000_progress_step_figures.ts";
import { Migration20261202190000_visit_plan_job_notify } from "./Migration20261202190000_visit_plan_job_notify.ts";
import { Migration20261202190000_rep_work_profile_details } from "./Migration20261202190000_rep_work_profile_details.ts";
import { Migration20261202191000_planned_visits } from "./Migration20261202191000_planned_visits.ts";
import { Migration20261202192000_visit_plan_changes } from "./Migration20261202192000_visit_plan_changes.ts";
import { Migration20261202193000_visit_plan_reference } from "./Migration20261202193000_visit_plan_reference.ts";
import { Migration20261202195832_customer_lifecycle } from "./Migration20261202195832_customer_lifecycle.ts";
import { Migration20261202203000_user_sessions } from "./Migration20261202203000_user_sessions.ts";
import { Migration20261202203100_user_administration } from "./Migration20261202203100_user_administration.ts";

/** Committed migrations in the order they run. Add each new migration here. */
export const migrations: MigrationObject[] = [
  { name: "Migration20261122065431_initial_archive", class: Migration20261122065431_initial_archive },
  { name: "Migration20261122073500_idempotency_keys", class: Migration20261122073500_idempotency_keys },
  { name: "Migration20261122074000_classification", class: Migration20261122074000_classification },
  { name: "Migration20261122080000_identity_access", class: Migration20261122080000_identity_access },
  { name: "Migration20261122081500_business_plans", class: Migration20261122081500_business_plans },
  { name: "Migration20261122090000_login_attempt_age", class: Migration20261122090000_login_attempt_age },
  { name: "Migration20261122100000_customer_fillfactor", class: Migration20261122100000_customer_fillfactor },
  { name: "Migration20261122120000_class_history_set_based_integrity", class: Migration20261122120000_class_history_set_based_integrity },
  { name: "Migration20261202174331_rep_work_profile", class: Migration20261202174331_rep_work_profile },
  { name: "Migration20261202174945_visit_plans", class: Migration20261202174945_visit_plans },
  { name: "Migration20261202180000_progress_step_figures", class: Migration20261202180000_progress_step_figures },
  { name: "Migration20261202190000_visit_plan_job_notify", class: Migration20261202190000_visit_plan_job_notify },
  { name: "Migration20261202190000_rep_work_profile_details", class: Migration20261202190000_rep_work_profile_details },
  { name: "Migration20261202191000_planned_visits", class: Migration20261202191000_planned_visits },
  { name: "Migration20261202192000_visit_plan_changes", class: Migration20261202192000_visit_plan_changes },
  { name: "Migration20261202193000_visit_plan_reference", class: Migration20261202193000_visit_plan_reference },
  { name: "Migration20261202195832_customer_lifecycle", class: Migration20261202195832_customer_lifecycle },
  { name: "Migration20261202203000_user_sessions", class: Migration20261202203000_user_sessions },
  { name: "Migration20261202203100_user_administration", class: Migration20261202203100_user_administration },
];
