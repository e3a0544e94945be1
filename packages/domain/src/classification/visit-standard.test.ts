import { describe, expect, it } from "vitest";
import {
  createVisitStandard,
  MONTHLY_CYCLE_VISIT_STANDARD,
  repOnSiteVisitsPerCycle,
  requirementsFor,
  WORKED_EXAMPLE_B_VISIT_STANDARD,
  type VisitStandardInput,
} from "./visit-standard.ts";

const onSite = (visitsPerCycle: number, minutesPerVisit = 20) =>
  ({ kind: "ON_SITE", visitor: "REP", visitsPerCycle, minutesPerVisit }) as const;

function standard(overrides: Partial<VisitStandardInput> = {}): VisitStandardInput {
  return {
    name: "test",
    cycle: { weeks: 2, workingDaysPerWeek: 6 },
    requirements: { A: [onSite(12)], B: [onSite(4)], C: [onSite(1)] },
    ...overrides,
  };
}

describe("WORKED_EXAMPLE_B_VISIT_STANDARD", () => {
  it("plans a two-week cycle of six working days", () => {
    expect(WORKED_EXAMPLE_B_VISIT_STANDARD.cycleDays).toBe(12);
  });

  it("visits A every working day, B twice a week and C once every two weeks", () => {
    expect((["A", "B", "C"] as const).map((customerClass) => repOnSiteVisitsPerCycle(WORKED_EXAMPLE_B_VISIT_STANDARD, customerClass))).toEqual([
      12, 4, 1,
    ]);
  });

  it("gives the example's 90 visits for 5 A, 5 B and 10 C customers", () => {
    const visits = (customerClass: "A" | "B" | "C") => repOnSiteVisitsPerCycle(WORKED_EXAMPLE_B_VISIT_STANDARD, customerClass);
    expect(5 * visits("A") + 5 * visits("B") + 10 * visits("C")).toBe(90);
  });

  it("is frozen so that no caller can change the shared preset", () => {
    expect(Object.isFrozen(WORKED_EXAMPLE_B_VISIT_STANDARD.requirements.A?.[0])).toBe(true);
  });
});

describe("createVisitStandard", () => {
  it("keeps a phone call next to an on-site visit for the same class", () => {
    expect(requirementsFor(MONTHLY_CYCLE_VISIT_STANDARD, "B").map((item) => item.kind)).toEqual(["ON_SITE", "PHONE"]);
  });

  it("counts no on-site rep visits for a class that only gets calls", () => {
    expect(repOnSiteVisitsPerCycle(MONTHLY_CYCLE_VISIT_STANDARD, "C")).toBe(0);
  });

  it("rejects more visits than the cycle has days", () => {
    expect(() => createVisitStandard(standard({ requirements: { A: [onSite(13)], B: [onSite(4)], C: [onSite(1)] } }))).toThrow(
      "visitsPerCycle must be an integer 1..12 (cycle days), got 13 for class A ON_SITE by REP",
    );
  });

  it("rejects a visit time longer than a working day", () => {
    expect(() => createVisitStandard(standard({ requirements: { A: [onSite(12, 600)], B: [onSite(4)], C: [onSite(1)] } }))).toThrow(
      "minutesPerVisit must be an integer 1..480, got 600 for class A ON_SITE by REP",
    );
  });

  it("rejects an unknown visit kind", () => {
    const email = { kind: "EMAIL", visitor: "REP", visitsPerCycle: 1, minutesPerVisit: 5 };
    expect(() => createVisitStandard({ ...standard(), requirements: { A: [email], B: [], C: [] } })).toThrow(
      'kind must be ON_SITE or PHONE, got "EMAIL" for class A',
    );
  });

  it("rejects a standard that leaves class C out", () => {
    expect(() => createVisitStandard(standard({ requirements: { A: [onSite(12)], B: [onSite(4)] } }))).toThrow(
      "requirements must cover classes A, B and C, got no entry for C",
    );
  });

  it("rejects the same kind of contact listed twice for a class", () => {
    expect(() => createVisitStandard(standard({ requirements: { A: [onSite(6), onSite(6)], B: [], C: [] } }))).toThrow(
      "class A may list ON_SITE by REP once, got it twice",
    );
  });

  it("rejects a cycle longer than eight weeks", () => {
    expect(() => createVisitStandard(standard({ cycle: { weeks: 9, workingDaysPerWeek: 5 } }))).toThrow(
      "cycle.weeks must be an integer 1..8, got 9",
    );
  });

  it("says which class is missing when asked for class D it does not cover", () => {
    expect(() => requirementsFor(WORKED_EXAMPLE_B_VISIT_STANDARD, "D")).toThrow(
      'visit standard "Worked example B: A daily, B twice a week, C fortnightly" has no requirements for class D',
    );
  });

  it("accepts an empty list as a class without planned contact", () => {
    expect(requirementsFor(createVisitStandard(standard({ requirements: { A: [onSite(12)], B: [onSite(4)], C: [] } })), "C")).toEqual([]);
  });
});
