import type { ReactNode } from "react";
import { useMutation } from "urql";
import { LogoutMutation } from "../features/admin/admin-operations.ts";
import { isLocale, locales, useI18n } from "./i18n/i18n.tsx";
import { Link, type Route } from "./router.tsx";
import { useSession } from "./session.tsx";
import { isScreenForRole } from "./screen-access.ts";

/** The language picker shown in the header (also on the login screen). */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <label className="language-switch">
      {t("language.label")}{" "}
      <select
        value={locale}
        onChange={(event) => {
          if (isLocale(event.target.value)) setLocale(event.target.value);
        }}
      >
        {locales.map((option) => (
          <option key={option} value={option}>
            {t(`language.${option}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Header, navigation and main area around every signed-in screen. */
export function Layout({ route, children }: { route: Route; children: ReactNode }) {
  const { t } = useI18n();
  const { session, signOut } = useSession();
  const [, logout] = useMutation(LogoutMutation);
  // The session ends on the server too (the request leaves with the current token); the app signs out at once.
  const signOutEverywhere = () => {
    void logout({});
    signOut();
  };
  const section = route.name === "customer" ? "customers" : route.name === "plan" || route.name === "planNew" || route.name === "planEdit" ? "plans" : route.name === "routeSheet" ? "visitPlans" : route.name;

  return (
    <div className="app">
      <header className="app-header">
        <Link to={{ name: "customers", params: {} }} className="app-name">
          {t("app.name")}
        </Link>
        <nav aria-label={t("nav.label")} className="app-nav">
          <Link to={{ name: "customers", params: {} }} aria-current={section === "customers" ? "page" : undefined}>
            {t("nav.customers")}
          </Link>
          {/* The API lets admins and managers import sales; a rep would only get FORBIDDEN. */}
          {session && isScreenForRole({ name: "salesImport" }, session.user.role) ? (
            <Link to={{ name: "salesImport" }} aria-current={section === "salesImport" ? "page" : undefined}>
              {t("nav.salesImport")}
            </Link>
          ) : null}
          <Link to={{ name: "classification" }} aria-current={section === "classification" ? "page" : undefined}>
            {t("nav.classification")}
          </Link>
          <Link to={{ name: "visitPlans", params: {} }} aria-current={section === "visitPlans" ? "page" : undefined}>
            {t("nav.visitPlans")}
          </Link>
          <Link to={{ name: "plans", params: {} }} aria-current={section === "plans" ? "page" : undefined}>
            {t("nav.plans")}
          </Link>
          {session && isScreenForRole({ name: "approvals" }, session.user.role) ? (
            <Link to={{ name: "approvals" }} aria-current={section === "approvals" ? "page" : undefined}>
              {t("nav.approvals")}
            </Link>
          ) : null}
          {session && isScreenForRole({ name: "admin" }, session.user.role) ? (
            <Link to={{ name: "admin" }} aria-current={section === "admin" ? "page" : undefined}>
              {t("nav.admin")}
            </Link>
          ) : null}
        </nav>
        <div className="app-header-tools">
          <LanguageSwitch />
          {session ? (
            <span className="signed-in-as" title={t("header.signedInAs", { name: session.user.name, role: t(`role.${session.user.role}`) })}>
              {t("header.signedInAs", { name: session.user.name, role: t(`role.${session.user.role}`) })}
            </span>
          ) : null}
          <button type="button" onClick={signOutEverywhere}>
            {t("header.logout")}
          </button>
        </div>
      </header>
      <main className="app-main">{children}</main>
    </div>
  );
}
