import { describe, expect, it } from "vitest";
import { parseRoute, routeHref, type Route } from "./router.tsx";

describe("hash router", () => {
  it("opens the customer list for an empty hash", () => {
    expect(parseRoute("")).toEqual({ name: "customers", params: {} });
  });

  it("reads list filters from the query string", () => {
    expect(parseRoute("#/customers?search=tea&type=RETAIL&class=A")).toEqual({
      name: "customers",
      params: { search: "tea", type: "RETAIL", class: "A" },
    });
  });

  it("round-trips a base64 global id with slashes and padding", () => {
    const route: Route = { name: "customer", id: "Q3VzdG9tZXI6YWJj/+==" };
    expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it("reports an unknown path as not found", () => {
    expect(parseRoute("#/nowhere/else")).toEqual({ name: "notFound", path: "/nowhere/else" });
  });
});
