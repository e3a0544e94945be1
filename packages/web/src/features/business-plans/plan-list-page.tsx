import { useQuery } from "urql";
import { isMonth } from "@beatplan/domain";
import { CursorPager, useCursorPages } from "../../app/cursor-pager.tsx";
import { useI18n } from "../../app/i18n/i18n.tsx";
import { Loading, QueryError } from "../../app/query-state.tsx";
import { Link, navigate, routeHref, type PlanListParams } from "../../app/router.tsx";
import { useSession } from "../../app/session.tsx";
import type { BusinessPlanFilter } from "../../gql/graphql.ts";
import { currentPlanMonth, isPlanStatus, planStatuses } from "./plan-format.ts";
import { PlanFilterTerritoriesQuery, PlanListQuery } from "./plan-operations.ts";
import { CompletionBar, StatusChip } from "./plan-widgets.tsx";

/** Plans per page of the list. */
export const planPageSize = 25;

/** The API filter for the list's URL parameters; a hand-edited bad month or status is ignored. */
export function toPlanFilter(params: PlanListParams): BusinessPlanFilter {
  return {
    month: isMonth(params.month) ? params.month : currentPlanMonth(),
    status: isPlanStatus(params.status) ? params.status : undefined,
    territoryId: params.territoryId || undefined,
    repId: params.repId || undefined,
  };
}

/** Territory and rep pickers; the reps offered are those of the chosen territory (or of all visible ones). */
function PlanScopeFilters({ params, month }: { params: PlanListParams; month: string }) {
  const { t } = useI18n();
  const [{ data }] = useQuery({ query: PlanFilterTerritoriesQuery });
  const territories = data?.territories ?? [];
  const chosen = territories.filter((territory) => !params.territoryId || territory.id === params.territoryId);
  const reps = [...new Map(chosen.flatMap((territory) => territory.reps).map((rep) => [rep.id, rep])).values()].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <>
      <label>
        {t("plans.filter.territory")}
        <select value={params.territoryId ?? ""} onChange={(event) => navigate({ name: "plans", params: { ...params, month, territoryId: event.target.value || undefined, repId: undefined } })}>
          <option value="">{t("plans.filter.allTerritories")}</option>
          {territories.map((territory) => (
            <option key={territory.id} value={territory.id}>
              {territory.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("plans.column.rep")}
        <select value={params.repId ?? ""} onChange={(event) => navigate({ name: "plans", params: { ...params, month, repId: event.target.value || undefined } })}>
          <option value="">{t("plans.filter.allReps")}</option>
          {reps.map((rep) => (
            <option key={rep.id} value={rep.id}>
              {rep.name}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}

function PlanResults({ params }: { params: PlanListParams }) {
  const { t, formatAmount } = useI18n();
  const pages = useCursorPages();
  const after = pages.after;
  const [{ data, fetching, error }, refetch] = useQuery({ query: PlanListQuery, variables: { first: planPageSize, after, filter: toPlanFilter(params) } });

  if (fetching && !data) return <Loading />;
  if (error) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  if (!data) return <Loading />;
  const { edges, pageInfo, totalCount } = data.businessPlans;
  return (
    <>
      <p aria-live="polite">{t("plans.total", { count: totalCount })}</p>
      {edges.length === 0 ? (
        <p className="status-empty">{t("plans.empty")}</p>
      ) : (
        <table className="plan-table" aria-busy={fetching}>
          <thead>
            <tr>
              <th scope="col">{t("plans.column.customer")}</th>
              <th scope="col">{t("plans.column.rep")}</th>
              <th scope="col">{t("plans.column.status")}</th>
              <th scope="col" className="numeric">{t("plans.column.revision")}</th>
              <th scope="col" className="numeric">{t("plans.column.target")}</th>
              <th scope="col" className="numeric">{t("plans.column.actual")}</th>
              <th scope="col">{t("plans.column.completion")}</th>
            </tr>
          </thead>
          <tbody>
            {edges.map(({ node: plan }) => (
              <tr key={plan.id}>
                <td>
                  <Link to={{ name: "plan", id: plan.id }}>
                    <span className="customer-code">{plan.customer.code}</span> {plan.customer.name}
                  </Link>
                </td>
                <td>{plan.owner.name}</td>
                <td className="nowrap">
                  <StatusChip status={plan.status} />
                  {plan.needsApproval && plan.status === "PROPOSED" ? <span className="approval-flag"> {t("plans.needsApproval")}</span> : null}
                </td>
                <td className="numeric">{plan.currentRevisionNumber}</td>
                <td className="numeric">{formatAmount(plan.currentRevision.targetAmount)}</td>
                <td className="numeric">{formatAmount(plan.actualAmountToDate)}</td>
                <td>
                  <CompletionBar completion={plan.completion} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <CursorPager pages={pages} pageInfo={pageInfo} fetching={fetching} label={t("plans.pagination")} />
    </>
  );
}

/** Business plans of a month: month and status filters (status chips), completion bars. */
export function PlanListPage({ params }: { params: PlanListParams }) {
  const { t } = useI18n();
  const { session } = useSession();
  const month = isMonth(params.month) ? params.month : currentPlanMonth();
  const status = isPlanStatus(params.status) ? params.status : undefined;
  return (
    <section className="plan-list">
      <h1>{t("plans.title")}</h1>
      <div className="plan-filters">
        <label>
          {t("plans.filter.month")}
          <input type="month" value={month} onChange={(event) => event.target.value && navigate({ name: "plans", params: { ...params, month: event.target.value } })} />
        </label>
        <PlanScopeFilters params={params} month={month} />
        <div className="status-filter" role="group" aria-label={t("plans.filter.status")}>
          <button type="button" className={`chip-button${status ? "" : " chip-selected"}`} aria-pressed={!status} onClick={() => navigate({ name: "plans", params: { ...params, month, status: undefined } })}>
            {t("plans.filter.allStatuses")}
          </button>
          {planStatuses.map((candidate) => (
            <button
              key={candidate}
              type="button"
              className={`chip-button${candidate === status ? " chip-selected" : ""}`}
              aria-pressed={candidate === status}
              onClick={() => navigate({ name: "plans", params: { ...params, month, status: candidate } })}
            >
              <StatusChip status={candidate} />
            </button>
          ))}
        </div>
        {session?.user.role !== "MANAGER" ? (
          <Link to={{ name: "planNew" }} className="button-link">
            {t("plans.new")}
          </Link>
        ) : null}
      </div>
      <PlanResults key={routeHref({ name: "plans", params: { ...params, month, status } })} params={{ ...params, month, status }} />
    </section>
  );
}
