import type { VisitCycleProblem } from "../problem/visit-cycle-problem.ts";
import type { Individual } from "./individual.ts";

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
  private readonly byRep: Int32Array;

  constructor(problem: VisitCycleProblem) {
    this.problem = problem;
    this.byRep = new Int32Array(problem.customerCount);
  }

  /** Cuts every day's tour of an individual into its routes. */
  splitDays(individual: Individual, penaltyLoad: number, penaltyDuration: number): void {
    for (let day = 0; day < this.problem.cycleDays; day++) {
      const tour = individual.tours[day] as Int32Array;
      const routeEnds = individual.routeEnds[day] as Int32Array;
      if (this.problem.repIds.length > 0) this.splitByRep(day, tour, individual.customerRep, routeEnds);
      else this.split(day, tour, penaltyLoad, penaltyDuration, routeEnds);
    }
  }

  /**
   * With reps there is nothing to optimise: a rep makes one route a day and
   * each customer's rep is fixed by its combination, so the tour is sorted
   * (stably) into the day's routes in rep order.
   */
  private splitByRep(day: number, tour: Int32Array, customerRep: Int32Array, routeEnds: Int32Array): void {
    const { repDayRoute, routeFirst, cycleDays } = this.problem;
    const firstRoute = routeFirst[day] as number;
    routeEnds.fill(0);
    for (const customer of tour) {
      const route = repDayRoute[(customerRep[customer] as number) * cycleDays + day] ?? -1;
      if (route < 0) throw new Error(`customer ${customer} is on day ${day} with rep ${customerRep[customer]}, who does not work that day`);
      routeEnds[route - firstRoute] = (routeEnds[route - firstRoute] as number) + 1;
    }
    for (let slot = 1; slot < routeEnds.length; slot++) routeEnds[slot] = (routeEnds[slot] as number) + (routeEnds[slot - 1] as number);
    // routeEnds now holds where each route ends; fill routes back to front to keep the order within each.
    const placed = this.byRep;
    const next = routeEnds.slice();
    for (let index = tour.length - 1; index >= 0; index--) {
      const customer = tour[index] as number;
      const slot = (repDayRoute[(customerRep[customer] as number) * cycleDays + day] as number) - firstRoute;
      const place = (next[slot] as number) - 1;
      next[slot] = place;
      placed[place] = customer;
    }
    tour.set(placed.subarray(0, tour.length));
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
