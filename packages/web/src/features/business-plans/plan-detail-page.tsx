import { useQuery } from "urql";
import { useI18n } from "../../app/i18n/i18n.tsx";
import { Loading, QueryError } from "../../app/query-state.tsx";
import { Link } from "../../app/router.tsx";
import { useSession } from "../../app/session.tsx";
import type { PlanDetailQuery as PlanDetailResult } from "../../gql/graphql.ts";
import { PlanActions } from "./plan-actions.tsx";
import { PlanDetailQuery } from "./plan-operations.ts";
import { ReviewForm, WeeklyProgressForm } from "./plan-tracking-forms.tsx";
import { CompletionBar, StatusChip } from "./plan-widgets.tsx";
import { RevisionDiff, RevisionTimeline } from "./revision-history.tsx";
import { TrackingChart } from "./tracking-chart.tsx";

type Plan = NonNullable<PlanDetailResult["businessPlan"]>;
type Revision = Plan["currentRevision"];

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The content of one revision: targets, store split, launches, promotions and notes. */
function RevisionContent({ revision }: { revision: Revision }) {
  const { t, formatAmount, formatNumber } = useI18n();
  return (
    <>
      <dl className="fields">
        <Field label={t("plans.field.targetAmount")}>{formatAmount(revision.targetAmount)}</Field>
        <Field label={t("plans.field.targetVolume")}>{formatNumber(revision.targetVolume, 3)}</Field>
        <Field label={t("plans.field.companyTargetAmount")}>{formatAmount(revision.companyTargetAmount)}</Field>
        <Field label={t("plans.field.companyTargetVolume")}>{formatNumber(revision.companyTargetVolume, 3)}</Field>
        <Field label={t("plans.field.forecastAmount")}>{formatAmount(revision.forecastAmount)}</Field>
        <Field label={t("plans.field.forecastVolume")}>{formatNumber(revision.forecastVolume, 3)}</Field>
        <Field label={t("plans.column.promotionBudget")}>{formatAmount(revision.promotionBudget)}</Field>
        <Field label={t("plans.field.penetrationNotes")}>{revision.penetrationNotes ?? t("common.none")}</Field>
      </dl>
      {revision.storeTargets.length > 0 ? (
        <table className="compact-table">
          <caption>{t("plans.form.storeSplit")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("plans.column.store")}</th>
              <th scope="col" className="numeric">{t("plans.field.volume")}</th>
              <th scope="col" className="numeric">{t("plans.field.amount")}</th>
            </tr>
          </thead>
          <tbody>
            {revision.storeTargets.map((line) => (
              <tr key={line.storeCode}>
                <td>
                  <span className="customer-code">{line.storeCode}</span> {line.store?.name}
                </td>
                <td className="numeric">{formatNumber(line.volume, 3)}</td>
                <td className="numeric">{formatAmount(line.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {revision.launches.length > 0 ? (
        <table className="compact-table">
          <caption>{t("plans.form.launches")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("plans.field.product")}</th>
              <th scope="col">{t("plans.field.launchDate")}</th>
              <th scope="col" className="numeric">{t("plans.field.firstOrderQuantity")}</th>
              <th scope="col" className="numeric">{t("plans.field.targetStores")}</th>
              <th scope="col">{t("plans.field.materialsReady")}</th>
              <th scope="col">{t("plans.field.promoterReady")}</th>
            </tr>
          </thead>
          <tbody>
            {revision.launches.map((line) => (
              <tr key={line.productCode}>
                <td>
                  <span className="customer-code">{line.productCode}</span> {line.product?.name}
                </td>
                <td className="nowrap">{line.launchDate}</td>
                <td className="numeric">{formatNumber(line.firstOrderQuantity, 3)}</td>
                <td className="numeric">{line.targetStores}</td>
                <td>{line.materialsReady ? t("common.yes") : t("common.no")}</td>
                <td>{line.promoterReady ? t("common.yes") : t("common.no")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {revision.promotions.length > 0 ? (
        <table className="compact-table">
          <caption>{t("plans.form.promotions")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("plans.field.promotionType")}</th>
              <th scope="col">{t("plans.field.startDate")}</th>
              <th scope="col">{t("plans.field.endDate")}</th>
              <th scope="col" className="numeric">{t("plans.field.budget")}</th>
              <th scope="col" className="numeric">{t("plans.field.expectedUplift")}</th>
            </tr>
          </thead>
          <tbody>
            {revision.promotions.map((line, index) => (
              <tr key={index}>
                <td>{line.type}</td>
                <td className="nowrap">{line.startDate}</td>
                <td className="nowrap">{line.endDate}</td>
                <td className="numeric">{formatAmount(line.budget)}</td>
                <td className="numeric">{formatNumber(line.expectedUplift, 2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

function ReviewView({ review }: { review: NonNullable<Plan["review"]> }) {
  const { t, formatAmount } = useI18n();
  return (
    <>
      <dl className="fields">
        <Field label={t("plans.field.targetAmount")}>{formatAmount(review.targetAmount)}</Field>
        <Field label={t("plans.field.actualAmount")}>{formatAmount(review.actualAmount)}</Field>
        <Field label={t("plans.column.completion")}>
          <CompletionBar completion={review.completion} />
        </Field>
        <Field label={t("plans.review.transactions")}>{review.transactions ?? t("common.none")}</Field>
        <Field label={t("plans.review.inStorePerformance")}>{review.inStorePerformance ?? t("common.none")}</Field>
        <Field label={t("plans.review.competitorNews")}>{review.competitorNews ?? t("common.none")}</Field>
        <Field label={t("plans.review.opportunities")}>{review.opportunities ?? t("common.none")}</Field>
      </dl>
      {review.stores.length > 0 ? (
        <table className="compact-table">
          <thead>
            <tr>
              <th scope="col">{t("plans.column.store")}</th>
              <th scope="col" className="numeric">{t("plans.field.targetAmount")}</th>
              <th scope="col" className="numeric">{t("plans.field.actualAmount")}</th>
            </tr>
          </thead>
          <tbody>
            {review.stores.map((line) => (
              <tr key={line.storeCode}>
                <td>{line.storeCode}</td>
                <td className="numeric">{formatAmount(line.targetAmount)}</td>
                <td className="numeric">{formatAmount(line.actualAmount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

/** One plan: summary, workflow actions, current revision, history with diff, weekly tracking and the monthly review. */
export function PlanDetailPage({ id }: { id: string }) {
  const { t, formatAmount } = useI18n();
  const { session } = useSession();
  const [{ data, fetching, error }, refetch] = useQuery({ query: PlanDetailQuery, variables: { id } });

  if (fetching && !data) return <Loading />;
  if (error) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  const plan = data?.businessPlan;
  if (!plan) return <p className="status-empty">{t("plans.notFound")}</p>;

  const role = session?.user.role;
  const viewer = { isOwner: session?.user.id === plan.owner.id, isManager: role === "MANAGER", isAdmin: role === "ADMIN" };
  const tracked = plan.status === "CONFIRMED" || plan.status === "TRACKING";
  const trackedPlan = { id: plan.id, version: plan.version, stores: plan.customer.stores.filter((store) => plan.currentRevision.storeTargets.some((line) => line.store?.id === store.id)), weeks: plan.tracking.length, month: plan.month };

  return (
    <article className="plan-detail">
      <p>
        <Link to={{ name: "plans", params: { month: plan.month } }}>{t("plans.backToList")}</Link>
      </p>
      <h1>
        {plan.customer.name} <span className="customer-code">{plan.customer.code}</span> · {plan.month} <StatusChip status={plan.status} />
      </h1>
      <dl className="fields plan-summary">
        <Field label={t("plans.column.rep")}>{plan.owner.name}</Field>
        <Field label={t("plans.column.revision")}>{t("plans.revisionOfVersion", { number: plan.currentRevisionNumber, version: plan.version })}</Field>
        <Field label={t("plans.confirmedRevision")}>{plan.confirmedRevisionNumber ? t("plans.revisionNumber", { number: plan.confirmedRevisionNumber }) : t("common.none")}</Field>
        <Field label={t("plans.authorityLimit")}>
          {formatAmount(plan.authorityLimit)} {plan.needsApproval && plan.status === "PROPOSED" ? <span className="approval-flag">{t("plans.needsApproval")}</span> : null}
        </Field>
        <Field label={t("plans.column.completion")}>
          <CompletionBar completion={plan.completion} />
        </Field>
        {plan.statusNote ? <Field label={t("plans.statusNote")}>{plan.statusNote}</Field> : null}
      </dl>
      <PlanActions key={plan.version} plan={plan} viewer={viewer} />

      <section className="detail-section">
        <h2>{t("plans.section.current", { number: plan.currentRevisionNumber })}</h2>
        <RevisionContent revision={plan.currentRevision} />
      </section>

      <section className="detail-section">
        <h2>{t("plans.section.tracking")}</h2>
        <TrackingChart data={{ targetAmount: plan.currentRevision.targetAmount, storeTargets: plan.currentRevision.storeTargets, tracking: plan.tracking, progress: plan.progress }} />
        {tracked && (viewer.isOwner || viewer.isAdmin) ? <WeeklyProgressForm key={plan.version} plan={trackedPlan} /> : null}
      </section>

      <section className="detail-section">
        <h2>{t("plans.section.history")}</h2>
        <div className="history-columns">
          <RevisionTimeline events={plan.events} />
          <RevisionDiff key={plan.currentRevisionNumber} planId={plan.id} revisionCount={plan.revisions.length} />
        </div>
      </section>

      <section className="detail-section">
        <h2>{t("plans.section.review")}</h2>
        {plan.review ? <ReviewView review={plan.review} /> : null}
        {!plan.review && tracked && (viewer.isOwner || viewer.isManager || viewer.isAdmin) ? <ReviewForm key={plan.version} plan={trackedPlan} /> : null}
        {!plan.review && !tracked ? <p className="status-empty">{t("plans.review.notYet")}</p> : null}
      </section>
    </article>
  );
}
