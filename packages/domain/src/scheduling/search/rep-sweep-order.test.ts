import { describe, expect, it } from "vitest";
import { createVisitCycleProblem } from "../problem/visit-cycle-problem.ts";
import type { CustomerInput } from "../problem/visit-cycle-input.ts";
import type { PlanarPoint } from "../problem/travel-matrix.ts";
import { createRandom } from "../random.ts";
import { RepSweepOrder } from "./rep-sweep-order.ts";

// Eight customers on a circle of radius 5 around each of two homes far west
// and far east of the office: seen from the office, each ring is a thin
// slice whose angles do not follow the order around its home.
const homes: PlanarPoint[] = [
  { x: -50, y: 0 },
  { x: 50, y: 0 },
];
const customers: CustomerInput[] = homes.flatMap((home, rep) =>
  Array.from({ length: 8 }, (_, step) => ({
    id: `R${rep}-${step}`,
    location: { x: home.x + 5 * Math.cos((step * Math.PI) / 4 + 0.1), y: home.y + 5 * Math.sin((step * Math.PI) / 4 + 0.1) },
    frequency: 1,
  })),
);
const problem = createVisitCycleProblem({
  cycleDays: 2,
  dayLimits: {},
  depot: { x: 0, y: 0 },
  customers,
  reps: homes.map((start, rep) => ({ id: `rep-${rep}`, start })),
  travel: { kind: "euclidean" },
});

// Angle of a customer around its own home, in turns from 0 to 1.
function turnAroundHome(customer: number): number {
  const location = customers[customer - 1]?.location as PlanarPoint;
  const home = homes[location.x < 0 ? 0 : 1] as PlanarPoint;
  const angle = Math.atan2(location.y - home.y, location.x - home.x) / (2 * Math.PI);
  return angle < 0 ? angle + 1 : angle;
}

describe("rep sweep order", () => {
  it("orders customers by their angle around their nearest rep's home, from a random start in a random direction", () => {
    const sweep = new RepSweepOrder(problem, problem.planarX as Float64Array, problem.planarY as Float64Array);
    for (let seed = 1; seed <= 10; seed++) {
      const turns = Array.from(sweep.next(createRandom(seed)), turnAroundHome);
      // Read in the sweep's direction, the angles wrap around at most once.
      const descents = (values: number[]): number => values.slice(1).filter((value, index) => value < (values[index] as number) - 1e-9).length;
      expect(Math.min(descents(turns), descents(turns.map((turn) => -turn)))).toBeLessThanOrEqual(1);
    }
  });
});
