import { useI18n } from "../../app/i18n/i18n.tsx";
import type { CustomerClass } from "../../gql/graphql.ts";
import { ClassBadge } from "../customers/class-badge.tsx";

/** One line of what an apply changes: how many customers move from one class to another. */
export interface ClassTransitionCount {
  from?: CustomerClass | null;
  to: CustomerClass;
  count: number;
}

/** What an apply will write, counted per class change (from → to), with confirm and cancel. */
export function ApplyConfirmation({ transitions, changeCount, onConfirm, onCancel }: { transitions: readonly ClassTransitionCount[]; changeCount: number; onConfirm(): void; onCancel(): void }) {
  const { t, formatNumber } = useI18n();
  return (
    <div className="apply-confirmation" role="region" aria-label={t("classification.confirm.title")}>
      <p>
        <strong>{t("classification.confirm.title")}</strong> {t("classification.confirm.summary", { count: changeCount })}
      </p>
      <table className="data-table class-transitions">
        <thead>
          <tr>
            <th scope="col">{t("classification.confirm.change")}</th>
            <th scope="col" className="numeric">
              {t("classification.confirm.customers")}
            </th>
          </tr>
        </thead>
        <tbody>
          {transitions.map((transition) => (
            <tr key={`${transition.from ?? "-"}-${transition.to}`}>
              <td>
                <ClassBadge value={transition.from ?? null} /> → <ClassBadge value={transition.to} />
              </td>
              <td className="numeric">{formatNumber(transition.count, 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="form-actions">
        <button type="button" className="primary" onClick={onConfirm}>
          {t("classification.confirm.apply", { count: changeCount })}
        </button>
        <button type="button" onClick={onCancel}>
          {t("classification.confirm.cancel")}
        </button>
      </p>
    </div>
  );
}
