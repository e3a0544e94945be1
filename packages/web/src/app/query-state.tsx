import type { CombinedError } from "urql";
import { useI18n } from "./i18n/i18n.tsx";

/** The loading indicator shown while a query has no data yet. */
export function Loading() {
  const { t } = useI18n();
  return (
    <p className="status status-loading" role="status" aria-live="polite">
      {t("status.loading")}
    </p>
  );
}

/** Strips urql's "[GraphQL]"/"[Network]" prefixes, which mean nothing to users. */
export function errorText(error: CombinedError | Error): string {
  return error.message.replace(/^\[(GraphQL|Network)\]\s*/, "");
}

/** A failed query, with a retry button when the caller can refetch. */
export function QueryError({ error, onRetry }: { error: CombinedError | Error; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="status status-error" role="alert">
      <p>{t("status.error", { message: errorText(error) })}</p>
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          {t("status.retry")}
        </button>
      ) : null}
    </div>
  );
}
