import { useEffect, useState } from "react";
import { useMutation, useQuery } from "urql";
import { useI18n } from "../../app/i18n/i18n.tsx";
import { errorText, Loading, QueryError } from "../../app/query-state.tsx";
import { Link, navigate } from "../../app/router.tsx";
import { useSession } from "../../app/session.tsx";
import { graphql } from "../../gql/index.ts";
import { ClassBadge } from "../customers/class-badge.tsx";
import "./classification.css";
import { ApplyConfirmation } from "./apply-confirmation.tsx";
import { classReasonText } from "./class-reason-text.ts";
import { ParetoChart } from "./pareto-chart.tsx";
import { userErrorText } from "../../shared/user-errors.tsx";

/** Territories the viewer may pick. */
export const ClassificationTerritoriesQuery = graphql(`
  query ClassificationTerritories {
    territories {
      id
      code
      name
    }
  }
`);

/** Everything the screen shows for one territory: policy, chart and the preview of changes. */
export const ClassificationScreenQuery = graphql(`
  query ClassificationScreen($scope: ClassificationScopeInput!, $changes: Int!, $chartBars: Int!) {
    classificationPolicy(scope: $scope) {
      level
      method
      periodMonths
      paretoShares {
        a
        b
        c
        d
      }
    }
    paretoChart(scope: $scope, maxPoints: $chartBars) {
      customerCount
      points {
        rank
        code
        name
        volume
        cumulativeShare
        currentClass
      }
      buckets {
        firstRank
        lastRank
        customerCount
        volume
        cumulativeShare
        paretoClass
      }
      boundaries {
        class
        cumulativeShare
        lastRank
      }
    }
    previewClassification(input: { scope: $scope }) {
      asOf
      firstMonth
      lastMonth
      customerCount
      changeCount
      transitions {
        from
        to
        count
      }
      distribution {
        class
        count
        volumeShare
      }
      currentDistribution {
        class
        count
        volumeShare
      }
      items(first: $changes, changesOnly: true) {
        edges {
          node {
            customerId
            code
            name
            currentClass
            proposedClass
            volume
            overridden
            reason
            reasonDetail {
              ...ClassReasonFields
            }
          }
        }
      }
    }
  }
`);

/** Writes the classification of a territory. */
export const ApplyClassificationMutation = graphql(`
  mutation ApplyClassification($input: ApplyClassificationInput!) {
    applyClassification(input: $input) {
      result {
        changedCount
      }
      userErrors {
        code
        message
        reason
        params {
          name
          value
        }
      }
    }
  }
`);

const shownChanges = 200;
// About one bar per two pixels of the chart's width; larger territories get their tail in buckets.
const chartBars = 400;

function percent(share: number): string {
  return `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

/** The classification screen of one territory: Pareto chart, class distribution, preview of changes and apply. */
export function ClassificationPage({ territoryCode }: { territoryCode: string | undefined }) {
  const { t } = useI18n();
  const [{ data: territoriesData, error: territoriesError }] = useQuery({ query: ClassificationTerritoriesQuery });
  const territories = territoriesData?.territories ?? [];
  const selected = territoryCode ?? territories[0]?.code;

  return (
    <section className="classification">
      <h1>{t("classification.title")}</h1>
      <div className="classification-toolbar">
        <label>
          {t("classification.territory")}{" "}
          <select value={selected ?? ""} onChange={(event) => navigate({ name: "classification", territoryCode: event.target.value })}>
            {territories.map((territory) => (
              <option key={territory.id} value={territory.code}>
                {territory.code} {territory.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {territoriesError ? <QueryError error={territoriesError} /> : null}
      {selected ? <TerritoryClassification key={selected} territoryCode={selected} /> : territoriesData ? null : <Loading />}
    </section>
  );
}

function TerritoryClassification({ territoryCode }: { territoryCode: string }) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const { session } = useSession();
  const scope = { territoryCode };
  const [{ data, fetching, error }, refetch] = useQuery({ query: ClassificationScreenQuery, variables: { scope, changes: shownChanges, chartBars }, requestPolicy: "cache-and-network" });
  const [{ fetching: applying }, apply] = useMutation(ApplyClassificationMutation);
  // One key per preview shown: a double click or a retried request cannot apply twice.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [outcome, setOutcome] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  // Apply writes at once: the first click shows what will change, the second writes it.
  const [confirming, setConfirming] = useState(false);
  useEffect(() => setIdempotencyKey(crypto.randomUUID()), [data?.previewClassification.asOf, data?.previewClassification.changeCount]);

  if (fetching && !data) return <Loading />;
  if (error) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  if (!data) return null;
  const { classificationPolicy: policy, paretoChart: chart, previewClassification: preview } = data;
  const shares = policy.paretoShares ? [policy.paretoShares.a, policy.paretoShares.b, policy.paretoShares.c, ...(policy.paretoShares.d == null ? [] : [policy.paretoShares.d])].join("/") : "";
  const mayApply = session?.user.role === "ADMIN" || session?.user.role === "MANAGER";
  const changes = preview.items.edges.map((edge) => edge.node);
  const classes = [...new Set([...preview.distribution, ...preview.currentDistribution].map((entry) => entry.class))].sort();

  const onApply = async () => {
    setConfirming(false);
    setOutcome(null);
    const result = await apply({ input: { scope, idempotencyKey } });
    const payload = result.data?.applyClassification;
    if (result.error || !payload?.result) {
      const message = result.error ? errorText(result.error) : (payload?.userErrors.map((userError) => userErrorText(i18n, userError)).join("; ") ?? "");
      setOutcome({ kind: "error", text: t("classification.applyFailed", { message }) });
      return;
    }
    setOutcome({ kind: "ok", text: t("classification.applied", { count: payload.result.changedCount }) });
    refetch({ requestPolicy: "network-only" });
  };

  return (
    <>
      <p className="classification-facts">
        {t("classification.period", { from: preview.firstMonth, to: preview.lastMonth, asOf: preview.asOf })}
        {" · "}
        {t("classification.policy", {
          method: t(`classification.method.${policy.method}`, { shares }),
          months: policy.periodMonths,
          level: t(`classification.level.${policy.level}`),
        })}
      </p>

      <h2>{t("classification.chart.title")}</h2>
      <ParetoChart points={chart.points} buckets={chart.buckets} boundaries={chart.boundaries} customerCount={chart.customerCount} />

      <h2>{t("classification.distribution.title")}</h2>
      <table className="data-table class-distribution">
        <thead>
          <tr>
            <th scope="col">{t("classification.distribution.class")}</th>
            <th scope="col">{t("classification.distribution.current")}</th>
            <th scope="col">{t("classification.distribution.currentShare")}</th>
            <th scope="col">{t("classification.distribution.proposed")}</th>
            <th scope="col">{t("classification.distribution.proposedShare")}</th>
          </tr>
        </thead>
        <tbody>
          {classes.map((customerClass) => {
            const current = preview.currentDistribution.find((entry) => entry.class === customerClass);
            const proposed = preview.distribution.find((entry) => entry.class === customerClass);
            return (
              <tr key={customerClass}>
                <th scope="row">
                  <ClassBadge value={customerClass} />
                </th>
                <td>{current?.count ?? 0}</td>
                <td>{percent(current?.volumeShare ?? 0)}</td>
                <td>{proposed?.count ?? 0}</td>
                <td>{percent(proposed?.volumeShare ?? 0)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <h2>{t("classification.preview.title")}</h2>
      <p>{preview.changeCount === 0 ? t("classification.preview.none") : t("classification.preview.summary", { changes: preview.changeCount, customers: preview.customerCount })}</p>
      {changes.length > 0 ? (
        <table className="data-table class-diff">
          <thead>
            <tr>
              <th scope="col">{t("classification.preview.customer")}</th>
              <th scope="col">{t("classification.preview.volume")}</th>
              <th scope="col">{t("classification.preview.change")}</th>
              <th scope="col">{t("classification.preview.reason")}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((item) => (
              <tr key={item.customerId}>
                <td>
                  <Link to={{ name: "customer", id: item.customerId }}>
                    <span className="customer-code">{item.code}</span> {item.name}
                  </Link>
                </td>
                <td className="numeric">{formatNumber(item.volume, 1)}</td>
                <td>
                  <ClassBadge value={item.currentClass} /> → <ClassBadge value={item.proposedClass} />
                  {item.overridden ? ` (${t("classification.preview.override")})` : null}
                </td>
                <td className="reason">{classReasonText(i18n, item.reasonDetail, item.reason)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {preview.changeCount > changes.length ? <p>{t("classification.preview.more", { shown: changes.length })}</p> : null}

      {mayApply && confirming ? (
        <ApplyConfirmation transitions={preview.transitions} changeCount={preview.changeCount} onConfirm={() => void onApply()} onCancel={() => setConfirming(false)} />
      ) : mayApply ? (
        <p>
          <button type="button" onClick={() => setConfirming(true)} disabled={applying || preview.changeCount === 0}>
            {applying ? t("classification.applying") : t("classification.apply")}
          </button>
        </p>
      ) : (
        <p className="status-empty">{t("classification.readOnly")}</p>
      )}
      {outcome ? (
        <p className={outcome.kind === "ok" ? "status status-ok" : "status status-error"} role={outcome.kind === "ok" ? "status" : "alert"}>
          {outcome.text}
        </p>
      ) : null}
    </>
  );
}
