import type { VisitCycleProblem } from "../problem/visit-cycle-problem.ts";

/** A full turn in the integer angle unit of SWAP*'s sectors (HGS-CVRP's CircleSector). */
export const angleRange = 65536;

export function positiveModulo(value: number): number {
  return ((value % angleRange) + angleRange) % angleRange;
}

/**
 * Polar angle of every customer around where routes start, for SWAP*'s
 * angular sectors: around the depot, or around each rep's own start at
 * [rep · size + customer], so that the sectors of one rep's routes compare as
 * they do around a shared depot. Sectors around different homes say nothing
 * about overlap, so routes of different reps are never pruned
 * (RouteState.sectorsOverlap). Null without coordinates.
 */
export function polarAngles(problem: VisitCycleProblem, repSlots: number): Int32Array | null {
  const { planarX, planarY } = problem;
  if (planarX === null || planarY === null) return null;
  const size = problem.customerCount + 1;
  const angles = new Int32Array(size * repSlots);
  for (let rep = 0; rep < repSlots; rep++) {
    const centre = problem.repIds.length === 0 ? 0 : repStartLocation(problem, rep);
    for (let customer = 1; customer < size; customer++) {
      const angle = Math.atan2((planarY[customer] as number) - (planarY[centre] as number), (planarX[customer] as number) - (planarX[centre] as number));
      angles[rep * size + customer] = positiveModulo(Math.round((32768 * angle) / Math.PI));
    }
  }
  return angles;
}

// Where rep r's routes start: every route of a rep starts at the same place.
function repStartLocation(problem: VisitCycleProblem, rep: number): number {
  for (let day = 0; day < problem.cycleDays; day++) {
    const route = problem.repDayRoute[rep * problem.cycleDays + day] as number;
    if (route >= 0) return problem.routeStart[route] as number;
  }
  return 0;
}
