import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { depthLimitRule } from "./limits.ts";

const schema = buildSchema(`type Query { node: Item } type Item { child: Item name: String }`);

function depthErrors(query: string, limit: number): string[] {
  return validate(schema, parse(query), [depthLimitRule(limit)]).map((error) => error.message);
}

describe("query depth limit", () => {
  it("accepts a query exactly at the limit", () => {
    expect(depthErrors("{ node { child { name } } }", 3)).toEqual([]);
  });

  it("refuses a query one level deeper, counting through fragments", () => {
    expect(depthErrors("{ node { ...deep } } fragment deep on Item { child { child { name } } }", 3)).toEqual(["query depth must be at most 3, got 4"]);
  });

  it("does not loop on a fragment that spreads itself", () => {
    expect(depthErrors("{ node { ...again } } fragment again on Item { child { ...again } }", 10)).toEqual([]);
  });
});
