import { describe, expect, it } from "vitest";
import { evenlySpreadPatterns, maskToDays } from "./visit-patterns.ts";

const days = (frequency: number, cycleDays: number) => evenlySpreadPatterns(frequency, cycleDays).map(maskToDays);

describe("evenly spread visit patterns", () => {
  it("spreads twice a week over two 6-day weeks three days apart", () => {
    expect(days(4, 12)).toEqual([
      [0, 3, 6, 9],
      [1, 4, 7, 10],
      [2, 5, 8, 11],
    ]);
  });

  it("places a weekly visit on the same weekday of both weeks", () => {
    expect(days(2, 12)).toEqual([[0, 6], [1, 7], [2, 8], [3, 9], [4, 10], [5, 11]]);
  });

  it("allows any single day for a visit every two weeks", () => {
    expect(days(1, 12)).toEqual(Array.from({ length: 12 }, (_, day) => [day]));
  });

  it("visits a daily customer on every day", () => {
    expect(days(12, 12)).toEqual([Array.from({ length: 12 }, (_, day) => day)]);
  });

  it("keeps gaps within one day of each other when the frequency does not divide the cycle", () => {
    for (const pattern of days(5, 12)) {
      const gaps = pattern.map((day, index) => ((pattern[(index + 1) % pattern.length] as number) - day + 12) % 12);
      expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThanOrEqual(1);
    }
  });
});
