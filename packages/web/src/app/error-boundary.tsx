import { Component, type ErrorInfo, type ReactNode } from "react";
import { useI18n } from "./i18n/i18n.tsx";

function CrashNotice({ error, onReset }: { error: Error; onReset: () => void }) {
  const { t } = useI18n();
  return (
    <div className="status status-error" role="alert">
      <h1>{t("crash.title")}</h1>
      <p>{t("crash.detail", { message: error.message })}</p>
      <button type="button" onClick={onReset}>
        {t("status.retry")}
      </button>
    </div>
  );
}

/**
 * Shows a translated message instead of a blank page when a screen throws
 * while rendering; "Try again" renders the screen afresh. `resetKey` (the
 * route) clears the error when the user navigates elsewhere.
 */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, { error: Error | null; resetKey: string }> {
  override state: { error: Error | null; resetKey: string } = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: { resetKey: string }, state: { error: Error | null; resetKey: string }) {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // The browser console is the only log an admin app has; keep the component stack for bug reports.
    console.error("screen failed to render", error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error) return <CrashNotice error={this.state.error} onReset={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}
