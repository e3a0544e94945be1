import type { VisitCycleProblem } from "../problem/visit-cycle-problem.ts";

/**
 * One solution in the genetic search: a combination per customer and, per day,
 * the routes as one tour cut into consecutive pieces.
 */
export interface Individual {
  /** Index into problem.patternMask of each customer's combination (entry 0 unused). */
  readonly patternIndex: Int32Array;
  /** Rep making each customer's visits (entry 0 unused); −1 without reps or while the customer has no visit. */
  readonly customerRep: Int32Array;
  /** Per day, the customers in route order, routes one after the other. */
  readonly tours: Int32Array[];
  /** Per day, the tour index where each route ends (exclusive), one entry per vehicle. */
  readonly routeEnds: Int32Array[];
  /** successors[day · size + customer]: next node on that day's route, 0 for the depot, -1 when not visited. */
  readonly successors: Int32Array;
  readonly predecessors: Int32Array;
  travel: number;
  /** Pattern costs and workload balance: objective terms beyond travel. */
  objectiveExtra: number;
  excessLoad: number;
  excessDuration: number;
  penalisedCost: number;
  feasible: boolean;
  /** Other individuals of the same subpopulation by increasing distance. */
  proximity: { distance: number; other: Individual }[];
  biasedFitness: number;
}

/** Creates an empty individual sized for the problem. */
export function createIndividual(problem: VisitCycleProblem): Individual {
  const size = problem.customerCount + 1;
  return {
    patternIndex: new Int32Array(size),
    customerRep: new Int32Array(size).fill(-1),
    tours: Array.from({ length: problem.cycleDays }, () => new Int32Array(0)),
    routeEnds: Array.from({ length: problem.cycleDays }, (_, day) => new Int32Array(problem.vehicles[day] as number)),
    successors: new Int32Array(problem.cycleDays * size).fill(-1),
    predecessors: new Int32Array(problem.cycleDays * size).fill(-1),
    travel: 0,
    objectiveExtra: 0,
    excessLoad: 0,
    excessDuration: 0,
    penalisedCost: Infinity,
    feasible: false,
    proximity: [],
    biasedFitness: 0,
  };
}

/** Objective without penalties: what a feasible plan costs. */
export function objectiveCost(individual: Individual): number {
  return individual.travel + individual.objectiveExtra;
}

/**
 * Distance between two solutions in [0, 1]: the share of visits whose day or
 * neighbours differ — the broken-pairs distance of Vidal et al. (2012)
 * extended to visits, so a changed combination counts as well.
 */
export function brokenPairsDistance(first: Individual, second: Individual, visitCount: number): number {
  const successorsA = first.successors;
  const successorsB = second.successors;
  const predecessorsA = first.predecessors;
  const predecessorsB = second.predecessors;
  let differences = 0;
  for (let slot = 0; slot < successorsA.length; slot++) {
    const successor = successorsA[slot] as number;
    if (successor < 0) continue;
    const otherSuccessor = successorsB[slot] as number;
    if (otherSuccessor < 0) {
      differences++;
      continue;
    }
    if (successor !== otherSuccessor && successor !== predecessorsB[slot]) differences++;
    if (predecessorsA[slot] === 0 && predecessorsB[slot] !== 0 && otherSuccessor !== 0) differences++;
  }
  return visitCount === 0 ? 0 : differences / visitCount;
}

/** A deep copy, without population links. */
export function copyIndividual(source: Individual): Individual {
  return {
    patternIndex: source.patternIndex.slice(),
    customerRep: source.customerRep.slice(),
    tours: source.tours.map((tour) => tour.slice()),
    routeEnds: source.routeEnds.map((ends) => ends.slice()),
    successors: source.successors.slice(),
    predecessors: source.predecessors.slice(),
    travel: source.travel,
    objectiveExtra: source.objectiveExtra,
    excessLoad: source.excessLoad,
    excessDuration: source.excessDuration,
    penalisedCost: source.penalisedCost,
    feasible: source.feasible,
    proximity: [],
    biasedFitness: 0,
  };
}
