import type { VisitCycleProblem } from "../scheduling/problem/visit-cycle-problem.ts";

/**
 * Exact optimum of a tiny problem by exhaustive search, written apart from
 * the solver: Held–Karp gives the shortest route through every customer
 * subset, a subset DP gives each day's best split into at most `vehicles`
 * routes within capacity and duration, and every combination assignment is
 * enumerated. Only for up to ~8 customers.
 */
export function bruteForceOptimum(problem: VisitCycleProblem): number {
  const n = problem.customerCount;
  const size = n + 1;
  const distance = (from: number, to: number): number => problem.travel[from * size + to] as number;
  const subsets = 1 << n;
  const shortest = shortestPaths(n, 0, distance);
  const routeCost = (mask: number, day: number): number => {
    let load = 0;
    let service = 0;
    let best = Infinity;
    for (let customer = 0; customer < n; customer++) {
      if (!(mask & (1 << customer))) continue;
      load += problem.demand[customer + 1] as number;
      service += problem.service[customer + 1] as number;
      best = Math.min(best, shortest[mask]![customer]! + distance(customer + 1, 0));
    }
    if (load > (problem.capacity[day] as number) + 1e-9) return Infinity;
    if (best + service > (problem.durationLimit[day] as number) + 1e-9) return Infinity;
    return best;
  };
  const dayCost = Array.from({ length: problem.cycleDays }, (_, day) => {
    const single = Array.from({ length: subsets }, (_, mask) => (mask === 0 ? 0 : routeCost(mask, day)));
    // best[k][mask]: mask served by at most k routes.
    let best = single.map((_, mask) => (mask === 0 ? 0 : Infinity));
    for (let vehicles = 1; vehicles <= (problem.vehicles[day] as number); vehicles++) {
      const next = best.slice();
      for (let mask = 1; mask < subsets; mask++) {
        const lowest = mask & -mask;
        for (let part = mask; part > 0; part = (part - 1) & mask) {
          if (!(part & lowest)) continue;
          next[mask] = Math.min(next[mask]!, single[part]! + best[mask ^ part]!);
        }
      }
      best = next;
    }
    return best;
  });
  let optimum = Infinity;
  const choice = new Array<number>(n).fill(0);
  const explore = (customer: number): void => {
    if (customer === n) {
      let total = 0;
      for (let day = 0; day < problem.cycleDays && total < optimum; day++) {
        let mask = 0;
        for (let index = 0; index < n; index++) if ((choice[index]! >>> day) & 1) mask |= 1 << index;
        total += dayCost[day]![mask]!;
      }
      for (let index = 0; index < n; index++) {
        for (let pattern = problem.patternStart[index + 1]!; pattern < problem.patternStart[index + 2]!; pattern++) {
          if (problem.patternMask[pattern] === choice[index]) total += problem.patternCost[pattern]!;
        }
      }
      optimum = Math.min(optimum, total);
      return;
    }
    for (let pattern = problem.patternStart[customer + 1]!; pattern < problem.patternStart[customer + 2]!; pattern++) {
      choice[customer] = problem.patternMask[pattern]!;
      explore(customer + 1);
    }
  };
  explore(0);
  return optimum;
}

/**
 * Exact optimum of a tiny problem with reps, by exhaustive search written
 * apart from the solver: every (rep, day combination) per customer is
 * enumerated, and each rep's route of a day is the shortest path from the
 * rep's start through its customers to the rep's end (Held–Karp per start),
 * within the route's capacity and duration. Only for up to ~6 customers.
 */
export function bruteForceRepOptimum(problem: VisitCycleProblem): number {
  const n = problem.customerCount;
  const size = problem.locationCount;
  const distance = (from: number, to: number): number => problem.travel[from * size + to] as number;
  const subsets = 1 << n;
  const routeCount = problem.routeFirst[problem.cycleDays] as number;
  // routeCost[route][mask]: the route visiting exactly the customers of mask.
  const routeCost = Array.from({ length: routeCount }, (_, route) => {
    const start = problem.routeStart[route]!;
    const end = problem.routeEnd[route]!;
    const shortest = shortestPaths(n, start, distance);
    return Array.from({ length: subsets }, (_, mask) => {
      if (mask === 0) return 0;
      let load = 0;
      let service = 0;
      let best = Infinity;
      for (let customer = 0; customer < n; customer++) {
        if (!(mask & (1 << customer))) continue;
        load += problem.demand[customer + 1]!;
        service += problem.service[customer + 1]!;
        best = Math.min(best, shortest[mask]![customer]! + distance(customer + 1, end));
      }
      if (load > problem.routeCapacity[route]! + 1e-9 || best + service > problem.routeDurationLimit[route]! + 1e-9) return Infinity;
      return best;
    });
  });
  const routeDay = new Array<number>(routeCount);
  for (let day = 0; day < problem.cycleDays; day++) {
    for (let route = problem.routeFirst[day]!; route < problem.routeFirst[day + 1]!; route++) routeDay[route] = day;
  }
  let optimum = Infinity;
  const chosen = new Array<number>(n).fill(0);
  const explore = (customer: number): void => {
    if (customer === n) {
      let total = 0;
      for (let index = 0; index < n; index++) total += problem.patternCost[chosen[index]!]!;
      for (let route = 0; route < routeCount && total < optimum; route++) {
        let mask = 0;
        for (let index = 0; index < n; index++) {
          const pattern = chosen[index]!;
          if (problem.patternRep[pattern] === problem.routeRep[route] && (problem.patternMask[pattern]! >>> routeDay[route]!) & 1) mask |= 1 << index;
        }
        total += routeCost[route]![mask]!;
      }
      optimum = Math.min(optimum, total);
      return;
    }
    for (let pattern = problem.patternStart[customer + 1]!; pattern < problem.patternStart[customer + 2]!; pattern++) {
      chosen[customer] = pattern;
      explore(customer + 1);
    }
  };
  explore(0);
  return optimum;
}

/**
 * Held–Karp: shortest[mask][last] is the shortest path from location `start`
 * through every customer of mask (0-based bits; customer i is node i + 1),
 * ending at customer `last`.
 */
function shortestPaths(n: number, start: number, distance: (from: number, to: number) => number): number[][] {
  const subsets = 1 << n;
  const shortest = Array.from({ length: subsets }, () => new Array<number>(n).fill(Infinity));
  for (let customer = 0; customer < n; customer++) shortest[1 << customer]![customer] = distance(start, customer + 1);
  for (let mask = 1; mask < subsets; mask++) {
    for (let last = 0; last < n; last++) {
      const value = shortest[mask]![last]!;
      if (value === Infinity) continue;
      for (let next = 0; next < n; next++) {
        if (mask & (1 << next)) continue;
        const extended = mask | (1 << next);
        shortest[extended]![next] = Math.min(shortest[extended]![next]!, value + distance(last + 1, next + 1));
      }
    }
  }
  return shortest;
}
