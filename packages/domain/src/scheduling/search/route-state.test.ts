import { describe, expect, it } from "vitest";
import { createVisitCycleProblem } from "../problem/visit-cycle-problem.ts";
import { createIndividual } from "./individual.ts";
import { RouteState } from "./route-state.ts";
import { loadIndividual } from "./individual-transfer.ts";

// Two days, one vehicle each: customer 1 only on day 0, customer 2 visited
// on both days, customer 3 once on any day.
const problem = createVisitCycleProblem({
  cycleDays: 2,
  dayLimits: { vehicles: 1, capacity: 10 },
  depot: { x: 0, y: 0 },
  customers: [
    { id: "fixed", location: { x: 10, y: 0 }, allowedDayCombinations: [[0]], demand: 1 },
    { id: "daily", location: { x: 0, y: 10 }, frequency: 2, demand: 1 },
    { id: "any-day", location: { x: 10, y: 1 }, frequency: 1, demand: 1 },
  ],
  travel: { kind: "euclidean" },
});

function loadedState(): RouteState {
  const individual = createIndividual(problem);
  individual.patternIndex.set([-1, 0, 1, 3]);
  individual.tours[0] = Int32Array.of(1, 2);
  individual.tours[1] = Int32Array.of(2, 3);
  individual.routeEnds[0]![0] = 2;
  individual.routeEnds[1]![0] = 2;
  const state = new RouteState(problem);
  loadIndividual(state, individual);
  return state;
}

describe("route state", () => {
  it("treats only customers visited once on any day as movable across days", () => {
    expect(Array.from(loadedState().flexible)).toEqual([0, 0, 0, 1]);
  });

  it("gives a once-per-cycle visit the day of the route it is moved into", () => {
    const state = loadedState();
    const visit = state.visitNode[1 * state.size + 3]!;
    const dayOneRoute = state.routeOf[visit]!;
    state.insertAfter(visit, state.visitNode[0 * state.size + 1]!);
    state.updateRoute(dayOneRoute);
    state.updateRoute(state.routeOf[visit]!);
    expect(state.visitMask[3]).toBe(0b01);
    expect(problem.patternMask[state.patternIndex[3]!]).toBe(0b01);
    expect(state.routeLoad[state.routeOf[visit]!]).toBe(3);
  });

  it("keeps prefix loads and travel times consistent with the route order", () => {
    const state = loadedState();
    const route = state.routeOf[state.visitNode[1]!]!;
    expect(state.routeLoad[route]).toBe(2);
    // depot → (10,0) → (0,10) → depot = 10 + √200 + 10.
    expect(state.routeDuration[route]).toBeCloseTo(20 + Math.sqrt(200), 9);
  });
});
