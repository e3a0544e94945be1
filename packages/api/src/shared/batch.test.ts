import { describe, expect, it } from "vitest";
import { manyPer, onePer } from "./batch.ts";

describe("batch helpers", () => {
  it("onePer answers one item or null per key in key order", () => {
    const items = [{ id: "b" }, { id: "a" }];
    expect(onePer(["a", "x", "b", "a"], items, (item) => item.id)).toEqual([{ id: "a" }, null, { id: "b" }, { id: "a" }]);
  });

  it("manyPer answers a possibly empty list per key in key order", () => {
    const items = [{ owner: "b", n: 1 }, { owner: "a", n: 2 }, { owner: "b", n: 3 }];
    expect(manyPer(["a", "b", "c"], items, (item) => item.owner).map((list) => list.map((item) => item.n))).toEqual([[2], [1, 3], []]);
  });
});
