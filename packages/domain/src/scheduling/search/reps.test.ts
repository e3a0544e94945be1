import { describe, expect, it } from "vitest";
import { createRandom } from "../random.ts";
import type { RandomGenerator } from "../random.ts";
import { createVisitCycleProblem } from "../problem/visit-cycle-problem.ts";
import type { CustomerInput, RepInput, VisitCycleInput } from "../problem/visit-cycle-input.ts";
import type { PlanarPoint } from "../problem/travel-matrix.ts";
import { bruteForceRepOptimum } from "../../testing/brute-force.ts";
import { solve } from "./solve.ts";

// A clock that advances one millisecond per reading keeps short solves independent of machine speed.
function steppingClock(): () => number {
  let now = 0;
  return () => now++;
}

const solveFor = (input: VisitCycleInput, seed: number, iterations: number) =>
  solve(createVisitCycleProblem(input), { random: createRandom(seed), clock: steppingClock(), stop: { maxIterations: iterations } });

const distance = (a: PlanarPoint, b: PlanarPoint): number => Math.hypot(a.x - b.x, a.y - b.y);

// Two groups of four customers on a line, West's home beyond the left group and East's beyond the right one.
function twoHomes(): VisitCycleInput {
  const customers: CustomerInput[] = [];
  for (let index = 0; index < 8; index++) {
    const side = index < 4 ? -1 : 1;
    customers.push({ id: `C-${index + 1}`, location: { x: side * (18 + (index % 4) * 2), y: (index % 2) * 3 }, frequency: 1 + (index % 2), serviceMinutes: 5 });
  }
  return {
    cycleDays: 2,
    dayLimits: { routeDurationLimit: 200 },
    customers,
    reps: [
      { id: "West", start: { x: -30, y: 0 } },
      { id: "East", start: { x: 30, y: 0 }, end: { x: 30, y: 10 } },
    ],
    travel: { kind: "euclidean" },
  };
}

describe("reps with homes of their own", () => {
  const input = twoHomes();
  const result = solveFor(input, 1, 200);
  const locations = new Map(input.customers.map((customer) => [customer.id, customer.location as PlanarPoint]));

  it("serves each customer by the nearer rep", () => {
    expect(result.feasible).toBe(true);
    for (const day of result.plan.days) {
      for (const route of day.routes) {
        for (const id of route.customerIds) expect(route.repId).toBe((locations.get(id) as PlanarPoint).x < 0 ? "West" : "East");
      }
    }
  });

  it("starts and ends every route at its rep's home, as recomputed from the coordinates", () => {
    const reps = new Map((input.reps as RepInput[]).map((rep) => [rep.id, rep]));
    let total = 0;
    for (const day of result.plan.days) {
      for (const route of day.routes) {
        const rep = reps.get(route.repId as string) as RepInput;
        const stops = [rep.start as PlanarPoint, ...route.customerIds.map((id) => locations.get(id) as PlanarPoint), (rep.end ?? rep.start) as PlanarPoint];
        let travel = 0;
        for (let index = 1; index < stops.length; index++) travel += distance(stops[index - 1] as PlanarPoint, stops[index] as PlanarPoint);
        expect(route.travel).toBeCloseTo(travel, 9);
        total += travel;
      }
    }
    expect(result.plan.totalTravel).toBeCloseTo(total, 9);
  });

  it("costs the same with a supplied matrix whose extra rows are the reps' homes", () => {
    const points = [{ x: 0, y: 0 }, ...input.customers.map((customer) => customer.location as PlanarPoint), { x: -30, y: 0 }, { x: 30, y: 0 }, { x: 30, y: 10 }];
    const matrix = points.map((from) => points.map((to) => distance(from, to)));
    const withMatrix = solveFor(
      {
        ...input,
        customers: input.customers.map(({ location: _location, ...customer }) => customer),
        reps: [
          { id: "West", startRow: 9 },
          { id: "East", startRow: 10, endRow: 11 },
        ],
        travel: { kind: "matrix", matrix },
      },
      1,
      200,
    );
    expect(withMatrix.cost).toBeCloseTo(result.cost, 6);
  });
});

// Twenty customers, three reps: one working only on days 0 and 2, one ending away from home, some customers tied to a rep.
function mixedTerritory(random: RandomGenerator): VisitCycleInput {
  const customers: CustomerInput[] = Array.from({ length: 20 }, (_, index) => ({
    id: `C-${index + 1}`,
    location: { x: Math.round(random.nextFloat() * 100), y: Math.round(random.nextFloat() * 100) },
    serviceMinutes: 10,
    // Customers tied to R-B, who works two days of four, come twice a cycle.
    frequency: index % 5 === 0 ? 2 : [1, 2, 4][index % 3],
    allowedReps: index % 5 === 0 ? ["R-B"] : index % 7 === 0 ? ["R-A", "R-C"] : undefined,
  }));
  return {
    cycleDays: 4,
    dayLimits: { routeDurationLimit: 480 },
    customers,
    reps: [
      { id: "R-A", start: { x: 0, y: 0 } },
      { id: "R-B", start: { x: 100, y: 100 }, workingDays: [0, 2] },
      { id: "R-C", start: { x: 100, y: 0 }, end: { x: 50, y: 50 } },
    ],
    travel: { kind: "euclidean" },
  };
}

describe("consistency of reps", () => {
  const input = mixedTerritory(createRandom(11));
  const result = solveFor(input, 2, 150);
  const visits = new Map<string, { rep: string; day: number }[]>();
  for (const day of result.plan.days) {
    for (const route of day.routes) {
      for (const id of route.customerIds) visits.set(id, [...(visits.get(id) ?? []), { rep: route.repId as string, day: day.day }]);
    }
  }

  it("makes every visit of a customer with one rep, on as many days as its frequency", () => {
    expect(result.feasible).toBe(true);
    for (const customer of input.customers) {
      const seen = visits.get(customer.id) ?? [];
      expect(seen.length).toBe(customer.frequency);
      expect(new Set(seen.map((visit) => visit.rep)).size).toBe(1);
    }
  });

  it("sends only allowed reps", () => {
    const tied = input.customers.filter((customer) => customer.allowedReps !== undefined);
    expect(tied.length).toBeGreaterThan(0);
    for (const customer of tied) {
      for (const visit of visits.get(customer.id) ?? []) expect(customer.allowedReps).toContain(visit.rep);
    }
  });

  it("plans no route for a rep on a day the rep does not work", () => {
    const repBDays = result.plan.days.filter((day) => day.routes.some((route) => route.repId === "R-B")).map((day) => day.day);
    expect(repBDays.length).toBeGreaterThan(0);
    for (const day of repBDays) expect([0, 2]).toContain(day);
  });

  it("gives identical plans for the same seed", () => {
    const again = solveFor(input, 2, 150);
    expect(again.plan.days).toEqual(result.plan.days);
    expect(again.cost).toBe(result.cost);
  });
});

function tinyRepProblem(random: RandomGenerator) {
  const point = () => ({ x: Math.round(random.nextFloat() * 100), y: Math.round(random.nextFloat() * 100) });
  const customers: CustomerInput[] = Array.from({ length: 5 }, (_, index) => ({
    id: `C-${index + 1}`,
    location: point(),
    demand: 1 + random.nextInt(4),
    serviceMinutes: random.nextInt(10),
    frequency: 1 + random.nextInt(2),
    allowedReps: index === 0 ? ["R-2"] : undefined,
  }));
  return createVisitCycleProblem({
    cycleDays: 3,
    dayLimits: { capacity: 8, routeDurationLimit: 400 },
    customers,
    reps: [
      { id: "R-1", start: point(), end: point() },
      { id: "R-2", start: point(), workingDays: [0, 2], capacity: 6 },
    ],
    travel: { kind: "euclidean" },
  });
}

describe("solve with reps on tiny instances", () => {
  it.each([1, 2, 3, 4, 5])("finds the brute-force optimum of random instance %i (5 customers, 2 reps, 3 days)", (seed) => {
    const problem = tinyRepProblem(createRandom(seed * 104729));
    const optimum = bruteForceRepOptimum(problem);
    expect(optimum).toBeLessThan(Infinity);
    const result = solve(problem, { random: createRandom(seed), clock: steppingClock(), stop: { maxIterations: 300 } });
    expect(result.feasible).toBe(true);
    expect(result.cost).toBeCloseTo(optimum, 6);
  });
});

describe("diagnosis with reps", () => {
  it("names the rep and the day of a route that does not fit", () => {
    const input = twoHomes();
    // West alone may serve the western customers, and a 10-minute day cannot hold even one of them.
    const reps = [{ id: "West", start: { x: -30, y: 0 }, routeDurationLimit: 10 }, (input.reps as RepInput[])[1] as RepInput];
    const customers = input.customers.map((customer) => ((customer.location as PlanarPoint).x < 0 ? { ...customer, allowedReps: ["West"] } : customer));
    const result = solveFor({ ...input, customers, reps }, 1, 50);
    expect(result.feasible).toBe(false);
    const overloaded = result.diagnosis?.overloadedRoutes ?? [];
    expect(overloaded.length).toBeGreaterThan(0);
    for (const route of overloaded) expect(route.repId).toBe("West");
    expect(result.diagnosis?.summary).toContain(`rep West on day ${overloaded[0]?.day}`);
    expect(result.diagnosis?.unplacedVisits.every((visit) => visit.repId === "West")).toBe(true);
  });
});
