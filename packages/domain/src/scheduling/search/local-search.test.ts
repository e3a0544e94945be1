import { describe, expect, it } from "vitest";
import { createVisitCycleProblem } from "../problem/visit-cycle-problem.ts";
import { createRandom } from "../random.ts";
import { createIndividual } from "./individual.ts";
import { LocalSearch } from "./local-search.ts";
import { defaultSearchSettings } from "./genetic-search.ts";

// Two days with one route each, long enough for two of the four once-per-cycle
// customers: two in the east and two in the west.
const problem = createVisitCycleProblem({
  cycleDays: 2,
  dayLimits: { vehicles: 1, routeDurationLimit: 43 },
  depot: { x: 0, y: 0 },
  customers: [
    { id: "east-1", location: { x: 10, y: 0 }, serviceMinutes: 1, frequency: 1 },
    { id: "east-2", location: { x: 11, y: 0 }, serviceMinutes: 1, frequency: 1 },
    { id: "west-1", location: { x: -10, y: 0 }, serviceMinutes: 1, frequency: 1 },
    { id: "west-2", location: { x: -11, y: 0 }, serviceMinutes: 1, frequency: 1 },
  ],
  travel: { kind: "euclidean" },
});

function constructed(order: number[]): number[][] {
  const individual = createIndividual(problem);
  individual.patternIndex.fill(-1);
  new LocalSearch(problem, createRandom(1), defaultSearchSettings).construct(individual, Int32Array.from(order), 1000, 1000);
  return individual.tours.map((tour) => Array.from(tour).sort());
}

describe("local search construction", () => {
  it("inserts customers in the given order, each where it is cheapest", () => {
    // East first: both east customers share a day, both west ones the other.
    expect(constructed([1, 2, 3, 4])).toEqual([[1, 2], [3, 4]]);
    // West-1 second: its cost ties with the empty day, so it joins east-1.
    expect(constructed([1, 3, 2, 4])[0]).toEqual(expect.arrayContaining([1, 3]));
  });
});
