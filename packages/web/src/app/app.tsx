import { useMemo } from "react";
import { Provider } from "urql";
import { CustomerDetailPage } from "../features/customers/customer-detail-page.tsx";
import { CustomerListPage } from "../features/customers/customer-list-page.tsx";
import { LoginPage } from "../features/auth/login-page.tsx";
import { ClassificationPage } from "../features/classification/classification-page.tsx";
import { SalesImportPage } from "../features/sales-import/sales-import-page.tsx";
import { ApprovalQueuePage } from "../features/business-plans/approval-queue-page.tsx";
import { PlanDetailPage } from "../features/business-plans/plan-detail-page.tsx";
import { PlanCreatePage, PlanRevisionPage } from "../features/business-plans/plan-editor-page.tsx";
import { PlanListPage } from "../features/business-plans/plan-list-page.tsx";
import { RouteSheetPage } from "../features/visit-plans/route-sheet-page.tsx";
import { VisitPlansPage } from "../features/visit-plans/visit-plans-page.tsx";
import { AdminPage } from "../features/admin/admin-page.tsx";
import { SetPasswordPage } from "../features/admin/set-password-page.tsx";
import { createGraphqlClient } from "./client.ts";
import { ErrorBoundary } from "./error-boundary.tsx";
import { I18nProvider, useI18n } from "./i18n/i18n.tsx";
import { Layout } from "./layout.tsx";
import { Link, routeHref, useRoute, type Route } from "./router.tsx";
import { isScreenForRole } from "./screen-access.ts";
import { SessionProvider, useSession } from "./session.tsx";

function NotFound() {
  const { t } = useI18n();
  return (
    <section>
      <h1>{t("notFound.title")}</h1>
      <Link to={{ name: "customers", params: {} }}>{t("notFound.back")}</Link>
    </section>
  );
}

function NotForYourRole() {
  const { t } = useI18n();
  return (
    <section>
      <h1>{t("forbidden.title")}</h1>
      <p>{t("forbidden.detail")}</p>
      <Link to={{ name: "customers", params: {} }}>{t("notFound.back")}</Link>
    </section>
  );
}

function Screen({ route }: { route: Route }) {
  const { session } = useSession();
  if (session && !isScreenForRole(route, session.user.role)) return <NotForYourRole />;
  switch (route.name) {
    case "customers":
      return <CustomerListPage params={route.params} />;
    case "customer":
      return <CustomerDetailPage id={route.id} />;
    case "salesImport":
      return <SalesImportPage />;
    case "classification":
      return <ClassificationPage territoryCode={route.territoryCode} />;
    case "plans":
      return <PlanListPage params={route.params} />;
    case "plan":
      return <PlanDetailPage id={route.id} />;
    case "planNew":
      return <PlanCreatePage />;
    case "planEdit":
      return <PlanRevisionPage id={route.id} mode={route.mode} />;
    case "approvals":
      return <ApprovalQueuePage />;
    case "visitPlans":
      return <VisitPlansPage params={route.params} />;
    case "routeSheet":
      return <RouteSheetPage params={route.params} />;
    case "admin":
      return <AdminPage />;
    case "setPassword":
      return <SetPasswordPage token={route.token} />;
    case "notFound":
      return <NotFound />;
  }
}

function SessionGate() {
  const { session, expire } = useSession();
  const route = useRoute();
  const token = session?.token ?? null;
  const client = useMemo(() => createGraphqlClient({ token, onUnauthenticated: expire }), [token, expire]);

  return (
    <Provider value={client}>
      {session ? (
        <Layout route={route}>
          <ErrorBoundary resetKey={routeHref(route)}>
            <Screen route={route} />
          </ErrorBoundary>
        </Layout>
      ) : route.name === "setPassword" ? (
        <SetPasswordPage token={route.token} />
      ) : (
        <LoginPage />
      )}
    </Provider>
  );
}

/** The whole admin app: language, session, GraphQL client and screens. */
export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <SessionGate />
      </SessionProvider>
    </I18nProvider>
  );
}
