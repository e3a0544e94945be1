import type { VisitCycleProblem } from "../problem/visit-cycle-problem.ts";
import type { RandomGenerator } from "../random.ts";
import { nearestRepPatterns } from "./nearest-rep.ts";

/**
 * The sweep order (Gillett & Miller 1974) for reps: each customer by its
 * polar angle around the start of its nearest rep (see nearestRepPatterns),
 * from a random angle in a random direction, all reps' sweeps advancing
 * together. Inserting customers in this order fills each rep's days with
 * neighbouring customers seen from the rep's home, where a sweep around the
 * office would cut the reps' areas into slices that cross them.
 */
export class RepSweepOrder {
  private readonly angles: Float64Array;
  private readonly order: Int32Array;
  private readonly keys: Float64Array;

  /** Needs planar coordinates (problem.planarX and planarY). */
  constructor(problem: VisitCycleProblem, planarX: Float64Array, planarY: Float64Array) {
    const count = problem.customerCount;
    const nearest = nearestRepPatterns(problem).first;
    this.order = Int32Array.from({ length: count }, (_, index) => index + 1);
    this.keys = new Float64Array(count + 1);
    this.angles = new Float64Array(count + 1);
    for (let customer = 1; customer <= count; customer++) {
      const rep = problem.patternRep[nearest[customer] as number] as number;
      const mask = problem.patternMask[nearest[customer] as number] as number;
      const home = problem.routeStart[problem.repDayRoute[rep * problem.cycleDays + (31 - Math.clz32(mask))] as number] as number;
      this.angles[customer] = Math.atan2((planarY[customer] as number) - (planarY[home] as number), (planarX[customer] as number) - (planarX[home] as number));
    }
  }

  /** A fresh order; the returned array is reused by the next call. */
  next(random: RandomGenerator): Int32Array {
    const { angles, order, keys } = this;
    const start = (random.nextFloat() * 2 - 1) * Math.PI;
    const direction = random.nextInt(2) === 0 ? 1 : -1;
    const turn = 2 * Math.PI;
    for (let customer = 1; customer < keys.length; customer++) {
      keys[customer] = (((direction * ((angles[customer] as number) - start)) % turn) + turn) % turn;
    }
    order.sort((first, second) => (keys[first] as number) - (keys[second] as number));
    return order;
  }
}
