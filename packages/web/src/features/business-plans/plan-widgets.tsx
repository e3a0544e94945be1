import { isMessageKey, useI18n, type MessageKey } from "../../app/i18n/i18n.tsx";
import { UserErrorList, type UserErrorData } from "../../shared/user-errors.tsx";
import { planFieldLabel } from "./plan-validation.ts";
import type { BusinessPlanStatus } from "../../gql/graphql.ts";

/** A coloured chip naming a plan status. */
export function StatusChip({ status }: { status: BusinessPlanStatus }) {
  const { t } = useI18n();
  return <span className={`status-chip status-chip-${status.toLowerCase().replace(/_/g, "-")}`}>{t(`plans.status.${status}` as MessageKey)}</span>;
}

/** A horizontal bar of completion (actual ÷ target) with the percentage; empty without a target. */
export function CompletionBar({ completion }: { completion: number | null | undefined }) {
  const { t, formatNumber } = useI18n();
  if (completion == null) return <span className="completion-none">{t("common.none")}</span>;
  const percent = completion * 100;
  const label = t("plans.completionValue", { percent: formatNumber(percent, 0) });
  return (
    <span className="completion" title={label}>
      <span className="completion-track" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(percent)} aria-label={label}>
        <span className={`completion-fill${percent >= 100 ? " completion-done" : ""}`} style={{ width: `${Math.min(percent, 100)}%` }} />
      </span>
      <span className="completion-label">{label}</span>
    </span>
  );
}

/** Problems a mutation reported (or the form found before sending), each with the field it concerns, in the user's language. */
export function UserErrors({ errors }: { errors: readonly UserErrorData[] }) {
  const { t } = useI18n();
  const codeLabel = (code: string) => {
    const key = `plans.errorCode.${code}`;
    return isMessageKey(key) ? t(key) : null;
  };
  return <UserErrorList errors={errors} title={t("plans.errors.title")} label={(error) => (error.field?.length ? planFieldLabel(t, error.field) : null) ?? codeLabel(error.code)} />;
}
