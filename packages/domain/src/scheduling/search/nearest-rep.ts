import type { VisitCycleProblem } from "../problem/visit-cycle-problem.ts";

/**
 * For each customer, the combinations of its nearest rep: the allowed rep
 * with the shortest trip from their start to the customer and on to their
 * end, at patternMask[first[c] .. last[c]) (a customer's combinations are
 * grouped by rep). Without reps, all of the customer's combinations.
 */
export interface NearestRepPatterns {
  readonly first: Int32Array;
  readonly last: Int32Array;
}

export function nearestRepPatterns(problem: VisitCycleProblem): NearestRepPatterns {
  const { patternStart, patternRep, patternMask, repDayRoute, routeStart, routeEnd, travel, locationCount, cycleDays } = problem;
  const size = problem.customerCount + 1;
  const first = new Int32Array(size);
  const last = new Int32Array(size);
  for (let customer = 1; customer < size; customer++) {
    const begin = patternStart[customer] as number;
    const end = patternStart[customer + 1] as number;
    first[customer] = begin;
    last[customer] = end;
    if (problem.repIds.length === 0) continue;
    let best = Infinity;
    for (let pattern = begin; pattern < end; pattern++) {
      const rep = patternRep[pattern] as number;
      if (pattern > begin && rep === patternRep[pattern - 1]) continue;
      const route = repDayRoute[rep * cycleDays + (31 - Math.clz32(patternMask[pattern] as number))] as number;
      const trip = (travel[(routeStart[route] as number) * locationCount + customer] as number) + (travel[customer * locationCount + (routeEnd[route] as number)] as number);
      if (trip < best) {
        best = trip;
        first[customer] = pattern;
      }
    }
    let stop = first[customer] as number;
    while (stop < end && patternRep[stop] === patternRep[first[customer] as number]) stop++;
    last[customer] = stop;
  }
  return { first, last };
}
