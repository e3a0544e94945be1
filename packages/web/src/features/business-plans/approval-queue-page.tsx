import { useQuery } from "urql";
import { useI18n } from "../../app/i18n/i18n.tsx";
import { Loading, QueryError } from "../../app/query-state.tsx";
import { Link } from "../../app/router.tsx";
import { PlanListQuery } from "./plan-operations.ts";
import { StatusChip } from "./plan-widgets.tsx";

/**
 * The manager's approval queue: proposed plans whose promotion budget is beyond the rep's
 * authority limit, across months. Approving or rejecting happens on the plan page, next to
 * the revision and its differences.
 */
export function ApprovalQueuePage() {
  const { t, formatAmount } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: PlanListQuery, variables: { first: 100, filter: { status: "PROPOSED", needsApproval: true } }, requestPolicy: "cache-and-network" });

  return (
    <section className="approval-queue">
      <h1>{t("approvals.title")}</h1>
      <p className="status-loading">{t("approvals.intro")}</p>
      {fetching && !data ? <Loading /> : null}
      {error ? <QueryError error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} /> : null}
      {data && data.businessPlans.edges.length === 0 ? <p className="status-empty">{t("approvals.empty")}</p> : null}
      {data && data.businessPlans.edges.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("plans.column.month")}</th>
              <th scope="col">{t("plans.column.customer")}</th>
              <th scope="col">{t("plans.column.rep")}</th>
              <th scope="col">{t("plans.column.status")}</th>
              <th scope="col" className="numeric">{t("plans.column.revision")}</th>
              <th scope="col" className="numeric">{t("plans.column.target")}</th>
              <th scope="col" className="numeric">{t("plans.column.promotionBudget")}</th>
              <th scope="col">{t("approvals.column.action")}</th>
            </tr>
          </thead>
          <tbody>
            {data.businessPlans.edges.map(({ node: plan }) => (
              <tr key={plan.id}>
                <td className="nowrap">{plan.month}</td>
                <td>
                  <span className="customer-code">{plan.customer.code}</span> {plan.customer.name}
                </td>
                <td>{plan.owner.name}</td>
                <td>
                  <StatusChip status={plan.status} />
                </td>
                <td className="numeric">{plan.currentRevisionNumber}</td>
                <td className="numeric">{formatAmount(plan.currentRevision.targetAmount)}</td>
                <td className="numeric">{formatAmount(plan.currentRevision.promotionBudget)}</td>
                <td>
                  <Link to={{ name: "plan", id: plan.id }}>{t("approvals.review")}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
