import type { VisitCycleProblem } from "../problem/visit-cycle-problem.ts";

/**
 * Optimal split of one day's tour into at most `vehicles[day]` consecutive
 * routes (Prins 2004; the limited-fleet Bellman recursion of HGS-CVRP's
 * Split.cpp), with excess load and duration penalised rather than forbidden.
 * Buffers are reused between calls.
 */
export class DaySplitter {
  private readonly problem: VisitCycleProblem;
  private potential: Float64Array = new Float64Array(0);
  private predecessor: Int32Array = new Int32Array(0);

  constructor(problem: VisitCycleProblem) {
    this.problem = problem;
  }

  /** Writes into `routeEnds` (one entry per vehicle) where each route of the tour ends. */
  split(day: number, tour: Int32Array, penaltyLoad: number, penaltyDuration: number, routeEnds: Int32Array): void {
    const { travel, demand, service } = this.problem;
    const size = this.problem.customerCount + 1;
    const vehicles = routeEnds.length;
    const count = tour.length;
    const capacity = this.problem.capacity[day] as number;
    const durationLimit = this.problem.durationLimit[day] as number;
    const width = count + 1;
    const cells = (vehicles + 1) * width;
    if (this.potential.length < cells) {
      this.potential = new Float64Array(cells);
      this.predecessor = new Int32Array(cells);
    }
    const potential = this.potential;
    const predecessor = this.predecessor;
    potential.fill(Infinity, 0, cells);
    potential[0] = 0;
    // Routes far beyond the limits are never part of a good split, except on
    // the last vehicle, which must be able to take whatever is left.
    const loadBound = capacity * 1.5;
    const durationBound = durationLimit * 1.5;
    for (let layer = 0; layer < vehicles; layer++) {
      const isLast = layer === vehicles - 1;
      for (let start = layer; start < count; start++) {
        const base = potential[layer * width + start] as number;
        if (base === Infinity) continue;
        let load = 0;
        let distance = 0;
        let serviceTime = 0;
        let previous = 0;
        for (let end = start + 1; end <= count; end++) {
          const customer = tour[end - 1] as number;
          load += demand[customer] as number;
          serviceTime += service[customer] as number;
          distance += travel[previous * size + customer] as number;
          previous = customer;
          const routeTravel = distance + (travel[customer * size] as number);
          let cost = routeTravel;
          if (load > capacity) cost += penaltyLoad * (load - capacity);
          if (routeTravel + serviceTime > durationLimit) cost += penaltyDuration * (routeTravel + serviceTime - durationLimit);
          const cell = (layer + 1) * width + end;
          if (base + cost < (potential[cell] as number)) {
            potential[cell] = base + cost;
            predecessor[cell] = start;
          }
          if (!isLast && (load > loadBound || distance + serviceTime > durationBound)) break;
        }
      }
    }
    let bestLayer = vehicles;
    let best = Infinity;
    for (let layer = count === 0 ? 0 : 1; layer <= vehicles; layer++) {
      const value = potential[layer * width + count] as number;
      if (value < best) {
        best = value;
        bestLayer = layer;
      }
    }
    routeEnds.fill(count);
    let end = count;
    for (let layer = bestLayer; layer > 0; layer--) {
      routeEnds[layer - 1] = end;
      end = predecessor[layer * width + end] as number;
    }
  }
}
