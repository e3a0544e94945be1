import { describe, expect, it } from "vitest";
import { addMonths, isMonth, monthOf, monthsBetween } from "./month.ts";

describe("month helpers", () => {
  it("moves across year boundaries in both directions", () => {
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2025-12", 1)).toBe("2026-01");
    expect(addMonths("2026-11", -11)).toBe("2025-12");
  });

  it("lists a range with both ends included", () => {
    expect(monthsBetween("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
  });

  it("rejects a reversed range with both months in the message", () => {
    expect(() => monthsBetween("2026-02", "2026-01")).toThrow("month range must not be reversed, got 2026-02 to 2026-01");
  });

  it("accepts only YYYY-MM with a month 01..12", () => {
    expect(isMonth("2026-12")).toBe(true);
    expect(isMonth("2026-13")).toBe(false);
    expect(isMonth("2026-1")).toBe(false);
  });

  it("takes the month of a date in local time", () => {
    expect(monthOf(new Date(2026, 10, 22))).toBe("2026-11");
  });
});
