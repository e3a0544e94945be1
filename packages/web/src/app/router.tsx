import { useEffect, useState, type AnchorHTMLAttributes, type ReactNode } from "react";

/** Filters of the customer list, kept in the URL so "back" restores them. */
export interface CustomerListParams {
  search?: string;
  territoryId?: string;
  type?: string;
  status?: string;
  class?: string;
  /** "1": only the customers the viewer is the responsible rep of. */
  mine?: string;
  /** Sort column (CODE, NAME, SALES_LAST_3_MONTHS), "-" in front for descending. */
  sort?: string;
  /** Keyset cursors of the pages before the current one, comma-separated, so Back returns to the page. */
  pages?: string;
}

/** Filters of the business-plan list, kept in the URL. */
export interface PlanListParams {
  month?: string;
  status?: string;
  territoryId?: string;
  repId?: string;
}

const planParamNames = ["month", "status", "territoryId", "repId"] as const;

/** A screen of the app and its parameters. */
export type Route =
  | { name: "plans"; params: PlanListParams }
  | { name: "plan"; id: string }
  | { name: "planNew" }
  | { name: "planEdit"; id: string; mode: "revise" | "adjust" }
  | { name: "approvals" }
  | { name: "customers"; params: CustomerListParams }
  | { name: "customer"; id: string }
  | { name: "salesImport" }
  | { name: "classification"; territoryCode?: string }
  | { name: "visitPlans"; params: VisitPlanParams }
  | { name: "routeSheet"; params: RouteSheetParams }
  | { name: "admin" }
  | { name: "setPassword"; token: string }
  | { name: "notFound"; path: string };

/** The visit-plan screen's state in the URL: the territory, and the job followed or the plan shown. */
export interface VisitPlanParams {
  territory?: string;
  job?: string;
  plan?: string;
}

/** One rep's day of a plan, for the print-friendly route sheet. */
export interface RouteSheetParams {
  plan: string;
  rep: string;
  week: string;
  day: string;
}

const visitPlanParamNames = ["territory", "job", "plan"] as const;
const routeSheetParamNames = ["plan", "rep", "week", "day"] as const;

function queryOf(params: Readonly<Record<string, string | undefined>>, names: readonly string[]): string {
  const search = new URLSearchParams();
  for (const name of names) {
    const value = params[name];
    if (value) search.set(name, value);
  }
  return search.toString();
}

const listParamNames = ["search", "territoryId", "type", "status", "class", "mine", "sort", "pages"] as const;

/**
 * Parses a location hash such as `#/customers?type=RETAIL` into a route.
 * A hash router needs no server fallback: the API only has to serve `/`.
 */
export function parseRoute(hash: string): Route {
  const withoutMark = hash.startsWith("#") ? hash.slice(1) : hash;
  const [rawPath = "", query = ""] = withoutMark.split("?", 2);
  const path = rawPath === "" ? "/" : rawPath;
  const segments = path.split("/").filter(Boolean);

  if (segments.length === 0 || (segments.length === 1 && segments[0] === "customers")) {
    const search = new URLSearchParams(query);
    const params: CustomerListParams = {};
    for (const name of listParamNames) {
      const value = search.get(name);
      if (value) params[name] = value;
    }
    return { name: "customers", params };
  }
  if (segments.length === 2 && segments[0] === "customers" && segments[1]) {
    return { name: "customer", id: decodeURIComponent(segments[1]) };
  }
  if (segments.length === 1 && segments[0] === "sales-import") return { name: "salesImport" };
  if (segments.length === 1 && segments[0] === "admin") return { name: "admin" };
  if (segments.length === 1 && segments[0] === "set-password") return { name: "setPassword", token: new URLSearchParams(query).get("token") ?? "" };
  if (segments.length === 1 && segments[0] === "classification") {
    const territoryCode = new URLSearchParams(query).get("territory");
    return territoryCode ? { name: "classification", territoryCode } : { name: "classification" };
  }
  if (segments[0] === "visit-plans" && segments.length <= 2) {
    const search = new URLSearchParams(query);
    if (segments[1] === "sheet") {
      const [plan, rep, week, day] = routeSheetParamNames.map((name) => search.get(name) ?? "");
      return { name: "routeSheet", params: { plan: plan!, rep: rep!, week: week!, day: day! } };
    }
    if (segments.length === 1) {
      const params: VisitPlanParams = {};
      for (const name of visitPlanParamNames) {
        const value = search.get(name);
        if (value) params[name] = value;
      }
      return { name: "visitPlans", params };
    }
  }
  const planRoute = parsePlanRoute(segments, query);
  if (planRoute) return planRoute;
  return { name: "notFound", path };
}

/** The hash link for a route; global ids are base64 and need escaping. */
export function routeHref(route: Route): string {
  switch (route.name) {
    case "customers": {
      const search = new URLSearchParams();
      for (const name of listParamNames) {
        const value = route.params[name];
        if (value) search.set(name, value);
      }
      const query = search.toString();
      return query ? `#/customers?${query}` : "#/customers";
    }
    case "customer":
      return `#/customers/${encodeURIComponent(route.id)}`;
    case "salesImport":
      return "#/sales-import";
    case "admin":
      return "#/admin";
    case "setPassword":
      return `#/set-password?${new URLSearchParams({ token: route.token }).toString()}`;
    case "classification":
      return route.territoryCode ? `#/classification?${new URLSearchParams({ territory: route.territoryCode }).toString()}` : "#/classification";
    case "visitPlans": {
      const query = queryOf({ ...route.params }, visitPlanParamNames);
      return query ? `#/visit-plans?${query}` : "#/visit-plans";
    }
    case "routeSheet":
      return `#/visit-plans/sheet?${queryOf({ ...route.params }, routeSheetParamNames)}`;
    case "plans": {
      const search = new URLSearchParams();
      for (const name of planParamNames) {
        const value = route.params[name];
        if (value) search.set(name, value);
      }
      const query = search.toString();
      return query ? `#/plans?${query}` : "#/plans";
    }
    case "plan":
      return `#/plans/${encodeURIComponent(route.id)}`;
    case "planNew":
      return "#/plans/new";
    case "planEdit":
      return `#/plans/${encodeURIComponent(route.id)}/${route.mode}`;
    case "approvals":
      return "#/approvals";
    case "notFound":
      return `#${route.path}`;
  }
}

function parsePlanRoute(segments: string[], query: string): Route | undefined {
  if (segments.length === 1 && segments[0] === "approvals") return { name: "approvals" };
  if (segments[0] !== "plans") return undefined;
  if (segments.length === 1) {
    const search = new URLSearchParams(query);
    const params: PlanListParams = {};
    for (const name of planParamNames) {
      const value = search.get(name);
      if (value) params[name] = value;
    }
    return { name: "plans", params };
  }
  if (segments.length === 2 && segments[1] === "new") return { name: "planNew" };
  if (segments.length === 2 && segments[1]) return { name: "plan", id: decodeURIComponent(segments[1]) };
  if (segments.length === 3 && segments[1] && (segments[2] === "revise" || segments[2] === "adjust")) {
    return { name: "planEdit", id: decodeURIComponent(segments[1]), mode: segments[2] };
  }
  return undefined;
}

/** Moves to `route`, adding a history entry. */
export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

/** The current route, re-rendering on every hash change. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener("hashchange", update);
    update();
    return () => window.removeEventListener("hashchange", update);
  }, []);
  return route;
}

/** An anchor to a route of the app. */
export function Link({ to, children, ...rest }: { to: Route; children: ReactNode } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  return (
    <a href={routeHref(to)} {...rest}>
      {children}
    </a>
  );
}
