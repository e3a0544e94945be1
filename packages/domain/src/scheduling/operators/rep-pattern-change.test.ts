import { describe, expect, it } from "vitest";
import { createVisitCycleProblem } from "../problem/visit-cycle-problem.ts";
import type { CustomerInput } from "../problem/visit-cycle-input.ts";
import { createRandom } from "../random.ts";
import type { RandomGenerator } from "../random.ts";
import { createIndividual } from "../search/individual.ts";
import { loadIndividual } from "../search/individual-transfer.ts";
import { buildNeighbourLists } from "../search/neighbours.ts";
import { RouteState } from "../search/route-state.ts";
import { relocate } from "./relocate.ts";
import { RepPatternChange } from "./rep-pattern-change.ts";

// Three reps living apart over six days, 40 customers visited one to three
// times, days short enough that some routes run over and pay penalties.
function sharedProblem() {
  const random = createRandom(7);
  const customers: CustomerInput[] = Array.from({ length: 40 }, (_, index) => ({
    id: `C-${index + 1}`,
    location: { x: random.nextFloat() * 100, y: random.nextFloat() * 100 },
    serviceMinutes: 5,
    frequency: 1 + random.nextInt(3),
  }));
  return createVisitCycleProblem({
    cycleDays: 6,
    dayLimits: { routeDurationLimit: 150 },
    customers,
    reps: [
      { id: "North", start: { x: 50, y: 100 } },
      { id: "West", start: { x: 0, y: 30 } },
      { id: "East", start: { x: 100, y: 30 }, end: { x: 90, y: 0 } },
    ],
    travel: { kind: "euclidean" },
  });
}

// Travel of the routes with visits, their penalties and the combinations' costs: what the operator's deltas change.
function penalisedCost(state: RouteState): number {
  let cost = 0;
  for (let route = 0; route < state.routeCount; route++) {
    if ((state.routeCustomers[route] as number) === 0) continue;
    cost += (state.routeDuration[route] as number) - (state.routeService[route] as number) + (state.routePenalty[route] as number);
  }
  for (let customer = 1; customer < state.size; customer++) cost += state.problem.patternCost[state.patternIndex[customer] as number] as number;
  return cost;
}

// A random visit, and a random place for it: in its own route, or anywhere when its customer is visited once on any day.
function randomRelocation(state: RouteState, random: RandomGenerator): [number, number] | null {
  const customer = 1 + random.nextInt(state.size - 1);
  const days = state.visitMask[customer] as number;
  const day = 31 - Math.clz32(days);
  const u = state.visitNode[day * state.size + customer] as number;
  const route = state.flexible[customer] === 1 ? random.nextInt(state.routeCount) : (state.routeOf[u] as number);
  const places: number[] = [];
  for (let node = state.depotStart(route); node !== state.depotEnd(route); node = state.next[node] as number) if (node !== u) places.push(node);
  return places.length === 0 ? null : [u, places[random.nextInt(places.length)] as number];
}

describe("rep pattern change", () => {
  const problem = sharedProblem();

  function constructedState(): { state: RouteState; operator: RepPatternChange; reference: RepPatternChange } {
    const state = new RouteState(problem);
    const neighbours = buildNeighbourLists(problem, 40);
    const operator = new RepPatternChange(state, neighbours, 10);
    const reference = new RepPatternChange(state, neighbours, 10);
    const empty = createIndividual(problem);
    empty.patternIndex.fill(-1);
    state.penaltyLoad = 1;
    state.penaltyDuration = 2;
    loadIndividual(state, empty);
    for (let customer = 1; customer < state.size; customer++) {
      state.moveCount++;
      operator.complete(state, customer);
    }
    return { state, operator, reference };
  }

  it("evaluates a move from cached insertions exactly as from insertions computed afresh, while routes change", () => {
    const { state, operator, reference } = constructedState();
    const random = createRandom(3);
    let compared = 0;
    for (let step = 0; step < 400; step++) {
      const customer = 1 + random.nextInt(state.size - 1);
      const cached = operator.evaluate(state, customer);
      reference.reset();
      expect(cached).toBe(reference.evaluate(state, customer));
      compared++;
      if (random.nextFloat() < 0.3 && cached < Infinity) {
        state.moveCount++;
        operator.apply(state, customer);
        continue;
      }
      const relocation = randomRelocation(state, random);
      if (relocation === null) continue;
      const [u, v] = relocation;
      const routes = [state.routeOf[u] as number, state.routeOf[v] as number];
      state.moveCount++;
      relocate.apply(state, u, v);
      for (const route of new Set(routes)) state.updateRoute(route);
    }
    expect(compared).toBe(400);
  });

  it("returns the exact change of penalised cost of the move it applies", () => {
    const { state, operator } = constructedState();
    const random = createRandom(5);
    for (let step = 0; step < 200; step++) {
      const customer = 1 + random.nextInt(state.size - 1);
      const delta = operator.evaluate(state, customer);
      if (delta === Infinity) continue;
      const before = penalisedCost(state);
      state.moveCount++;
      operator.apply(state, customer);
      expect(penalisedCost(state) - before).toBeCloseTo(delta, 6);
    }
  });
});
