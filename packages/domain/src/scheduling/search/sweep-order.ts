import type { VisitCycleProblem } from "../problem/visit-cycle-problem.ts";
import type { RandomGenerator } from "../random.ts";
import { shuffleInPlace } from "../random.ts";

/**
 * Customers in order of polar angle around the depot, starting at a random
 * angle and turning in a random direction: the order of the sweep heuristic
 * (Gillett & Miller 1974). Inserting customers in this order, each into the
 * cheapest of its allowed day combinations, fills days with neighbouring
 * customers, so a whole area tends to share its visit days. Without
 * coordinates the order is random.
 */
export class SweepOrder {
  private readonly angles: Float64Array | null;
  private readonly order: Int32Array;
  private readonly keys: Float64Array;

  constructor(problem: VisitCycleProblem) {
    const count = problem.customerCount;
    this.order = Int32Array.from({ length: count }, (_, index) => index + 1);
    this.keys = new Float64Array(count + 1);
    const { planarX, planarY } = problem;
    if (planarX === null || planarY === null) {
      this.angles = null;
      return;
    }
    this.angles = new Float64Array(count + 1);
    for (let customer = 1; customer <= count; customer++) {
      this.angles[customer] = Math.atan2((planarY[customer] as number) - (planarY[0] as number), (planarX[customer] as number) - (planarX[0] as number));
    }
  }

  /** A fresh order; the returned array is reused by the next call. */
  next(random: RandomGenerator): Int32Array {
    const { angles, order, keys } = this;
    if (angles === null) {
      shuffleInPlace(order, random);
      return order;
    }
    const start = (random.nextFloat() * 2 - 1) * Math.PI;
    const direction = random.nextInt(2) === 0 ? 1 : -1;
    const turn = 2 * Math.PI;
    for (let customer = 1; customer < keys.length; customer++) {
      keys[customer] = ((((direction * ((angles[customer] as number) - start)) % turn) + turn) % turn);
    }
    order.sort((first, second) => (keys[first] as number) - (keys[second] as number));
    return order;
  }
}
