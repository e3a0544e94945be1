import type { VisitCycleProblem } from "../problem/visit-cycle-problem.ts";

/** A full turn in the integer angle unit of SWAP*'s sectors (HGS-CVRP's CircleSector). */
export const angleRange = 65536;

export function positiveModulo(value: number): number {
  return ((value % angleRange) + angleRange) % angleRange;
}

/**
 * Polar angle of every customer for SWAP*'s angular sectors (Vidal 2022),
 * which prune pairs of routes lying apart. Around the depot, as in HGS-CVRP,
 * when every route starts there. With reps, routes start at different homes
 * and angles around one home say little about the routes from another, so the
 * centre is the customers' centroid: routes whose customers fill disjoint
 * sectors around it still lie apart, whichever home they start from. Null
 * without coordinates.
 */
export function polarAngles(problem: VisitCycleProblem): Int32Array | null {
  const { planarX, planarY } = problem;
  if (planarX === null || planarY === null) return null;
  const size = problem.customerCount + 1;
  let centreX = planarX[0] as number;
  let centreY = planarY[0] as number;
  if (problem.repIds.length > 0) {
    centreX = 0;
    centreY = 0;
    for (let customer = 1; customer < size; customer++) {
      centreX += (planarX[customer] as number) / problem.customerCount;
      centreY += (planarY[customer] as number) / problem.customerCount;
    }
  }
  const angles = new Int32Array(size);
  for (let customer = 1; customer < size; customer++) {
    const angle = Math.atan2((planarY[customer] as number) - centreY, (planarX[customer] as number) - centreX);
    angles[customer] = positiveModulo(Math.round((32768 * angle) / Math.PI));
  }
  return angles;
}
