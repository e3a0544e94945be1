import { describe, expect, it } from "vitest";
import { createVisitCycleProblem } from "../problem/visit-cycle-problem.ts";
import { nearestRepPatterns } from "./nearest-rep.ts";

// West lives at x = −30, East starts at x = 30 and ends at x = 60; C-2 may only be served by West.
const problem = createVisitCycleProblem({
  cycleDays: 3,
  dayLimits: {},
  customers: [
    { id: "C-1", location: { x: 20, y: 0 }, frequency: 1 },
    { id: "C-2", location: { x: 25, y: 0 }, frequency: 1, allowedReps: ["West"] },
    { id: "C-3", location: { x: -5, y: 0 }, frequency: 1 },
  ],
  reps: [
    { id: "West", start: { x: -30, y: 0 } },
    { id: "East", start: { x: 30, y: 0 }, end: { x: 60, y: 0 }, workingDays: [0, 1] },
  ],
  travel: { kind: "euclidean" },
});

function repsAndDays(customer: number): string[] {
  const { first, last } = nearestRepPatterns(problem);
  const result: string[] = [];
  for (let pattern = first[customer] as number; pattern < (last[customer] as number); pattern++) {
    result.push(`${problem.repIds[problem.patternRep[pattern] as number]}:${problem.patternMask[pattern]}`);
  }
  return result;
}

describe("nearest rep patterns", () => {
  it("gives each customer every combination of the allowed rep with the shortest trip from start to customer to end", () => {
    // C-1: East's trip 10 + 40 = 50 beats West's 100; East works days 0 and 1 only.
    expect(repsAndDays(1)).toEqual(["East:1", "East:2"]);
    expect(repsAndDays(2)).toEqual(["West:1", "West:2", "West:4"]);
    // C-3: West 25 + 25 = 50 against East 35 + 65 = 100.
    expect(repsAndDays(3)).toEqual(["West:1", "West:2", "West:4"]);
  });
});
