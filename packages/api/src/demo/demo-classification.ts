import { MONTHLY_CYCLE_VISIT_STANDARD, shiftMonth, WORKED_EXAMPLE_B_VISIT_STANDARD } from "@beatplan/domain";
import type { EntityManager } from "@mikro-orm/postgresql";
import { Scope } from "../auth/scope.ts";
import { classificationPeriod } from "../classification/classification-period.ts";
import { effectivePolicy } from "../classification/effective-policy.ts";
import { classifyAndWrite } from "../classification/write-classification.ts";
import { executeSql } from "../shared/sql.ts";
import { Territory } from "../org/territory.entity.ts";
import { DEMO_T1, type DemoData } from "./demo-data.ts";

/**
 * The demo's policies: Pareto 40/40/20 over 3 months everywhere; Demo-T1 carries worked
 * example B's visit standard (A daily, B twice a week, C fortnightly), the Shanghai
 * territories inherit the company default with the monthly-cycle standard.
 */
async function insertDemoPolicies(tx: EntityManager, now: Date): Promise<void> {
  const pareto = JSON.stringify({ thresholds: { A: 40, B: 40, C: 20 } });
  await executeSql(
    tx,
    `insert into classification_policy (territory_id, region_id, method, period_months, parameters, visit_standard, version, updated_at)
     values (null, null, 'PARETO', 3, $1::jsonb, $2::jsonb, 1, $5::timestamptz),
            ((select id from territory where code = $4), null, 'PARETO', 3, $1::jsonb, $3::jsonb, 1, $5::timestamptz)`,
    [pareto, JSON.stringify(MONTHLY_CYCLE_VISIT_STANDARD), JSON.stringify(WORKED_EXAMPLE_B_VISIT_STANDARD), DEMO_T1, now.toISOString()],
  );
}

/**
 * Stores the demo policies and applies each territory's policy as of the first day after
 * the demo's last sales month, so the period is the data set's last complete months.
 * Returns how many customers got a class. History entries have no actor (the system).
 */
export async function applyDemoClassification(tx: EntityManager, data: DemoData, now: Date): Promise<number> {
  await insertDemoPolicies(tx, now);
  const lastMonth = data.monthlySales.reduce((latest, row) => (row.month > latest ? row.month : latest), "0000-00");
  if (lastMonth === "0000-00") return 0;
  const asOf = `${shiftMonth(lastMonth, 1)}-01`;
  const scope = Scope.forOperator();
  let classified = 0;
  for (const territory of await tx.find(Territory, {}, { orderBy: { code: "asc" } })) {
    const policy = await effectivePolicy(tx, territory);
    classified += (await classifyAndWrite(tx, scope, territory.id, policy, classificationPeriod(asOf, policy.periodMonths), null, now)).changedCount;
  }
  return classified;
}
