import { useEffect, useState, type AnchorHTMLAttributes, type ReactNode } from "react";

/** Filters of the customer list, kept in the URL so "back" restores them. */
export interface CustomerListParams {
  search?: string;
  territoryId?: string;
  type?: string;
  status?: string;
  class?: string;
}

/** A screen of the app and its parameters. */
export type Route =
  | { name: "customers"; params: CustomerListParams }
  | { name: "customer"; id: string }
  | { name: "salesImport" }
  | { name: "notFound"; path: string };

const listParamNames = ["search", "territoryId", "type", "status", "class"] as const;

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
    case "notFound":
      return `#${route.path}`;
  }
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
