import { describe, expect, it } from "vitest";
import { compareCoreGrades, CORE_GRADE_LABELS, parseCoreGrade, type CoreGrade } from "./core-grade.ts";
import { ClassificationValidationError } from "./types.ts";

describe("core-customer grade", () => {
  it("reads a valid grade", () => {
    expect(parseCoreGrade("B", "core grade of customer C-1")).toBe("B");
  });

  it("rejects a sales class D with the meaning of each grade", () => {
    expect(() => parseCoreGrade("D", "core grade of customer C-17")).toThrow(
      'core grade of customer C-17 must be one of A (target), B (potential), C (to develop), got "D"',
    );
  });

  it("rejects a lower-case grade with a code for the API", () => {
    expect(() => parseCoreGrade("a", "grade")).toThrow(ClassificationValidationError);
  });

  it("sorts target core customers before potential ones and those to develop", () => {
    const grades: CoreGrade[] = ["C", "A", "B"];
    expect(grades.sort(compareCoreGrades)).toEqual(["A", "B", "C"]);
  });

  it("labels grade A as the target core customer", () => {
    expect(CORE_GRADE_LABELS.A).toEqual({ zh: "目标核心客户", en: "target core customer" });
  });
});
