import type { VisitCycleProblem } from "../problem/visit-cycle-problem.ts";
import type { RandomGenerator } from "../random.ts";
import { shuffleInPlace } from "../random.ts";
import { countDays } from "../problem/visit-patterns.ts";
import { copyIndividual, createIndividual, objectiveCost } from "./individual.ts";
import type { Individual } from "./individual.ts";
import { LocalSearch } from "./local-search.ts";
import { exportIndividual, loadIndividual } from "./individual-transfer.ts";
import type { LocalSearchSettings } from "./local-search.ts";
import { Population } from "./population.ts";
import type { PopulationSettings } from "./population.ts";
import { PeriodicCrossover } from "./crossover.ts";
import { DaySplitter } from "./split.ts";
import { PenaltyManager } from "./penalty-manager.ts";
import { shouldStop } from "./stop-criteria.ts";
import { SweepOrder } from "./sweep-order.ts";
import { RepSweepOrder } from "./rep-sweep-order.ts";
import { nearestRepPatterns } from "./nearest-rep.ts";
import type { NearestRepPatterns } from "./nearest-rep.ts";
import type { CancellationSignal, StopCriteria } from "./stop-criteria.ts";

/** All tuning of the hybrid genetic search. */
export interface SearchSettings extends PopulationSettings, LocalSearchSettings {
  /** Initial population: this many times `minimumSize` random individuals. */
  readonly initialPopulationFactor: number;
  /** Offspring in a row without a new best before the population restarts. */
  readonly restartAfterIterationsWithoutImprovement: number;
  /** Share of education results that should respect each limit. */
  readonly targetFeasibleShare: number;
  /** Chance of repairing an infeasible offspring with ten-fold penalties. */
  readonly repairProbability: number;
  /**
   * Share of initial individuals built by sweep and cheapest insertion
   * (see SweepOrder); the others get random combinations and tours.
   */
  readonly sweepShare: number;
}

/**
 * HGS-CVRP's published defaults (Vidal 2022) except the population: HGS's
 * μ = 25, λ = 40, 4μ initial individuals and restarts after 20000 idle
 * iterations suit runs of many minutes. With a one-minute budget on two
 * shared cores, μ = 12, λ = 20, 2μ initial individuals and restarts after
 * 2500 idle iterations gave a lower mean gap on p05, p10, p13 and p30
 * (0.51% against 0.72% at 45 s of CPU, two seeds each). Half of the initial
 * individuals built by sweep and cheapest insertion rather than at random
 * took the 150-customer rep territory from a mean 1.0% to 0.2% above its
 * best known plans after 10 s of CPU (seeds 1–5, three pairs of workers).
 */
export const defaultSearchSettings: SearchSettings = {
  minimumSize: 12,
  generationSize: 20,
  eliteCount: 4,
  closestCount: 5,
  granularity: 20,
  useSwapStar: true,
  crossDaySwapStar: true,
  initialPopulationFactor: 2,
  restartAfterIterationsWithoutImprovement: 2500,
  targetFeasibleShare: 0.2,
  repairProbability: 0.5,
  sweepShare: 0.5,
};

/** Reported while the search runs. */
export interface ProgressEvent {
  readonly elapsedSeconds: number;
  readonly iteration: number;
  /** Objective of the best feasible plan, or penalised cost of the best plan while none is feasible. */
  readonly bestCost: number;
  readonly feasible: boolean;
}

export interface GeneticSearchOptions {
  readonly random: RandomGenerator;
  /** Milliseconds from any fixed origin, e.g. performance.now. */
  readonly clock: () => number;
  readonly stop: StopCriteria;
  readonly signal?: CancellationSignal;
  readonly onProgress?: (event: ProgressEvent) => void;
  readonly settings?: Partial<SearchSettings>;
}

export interface GeneticSearchResult {
  /** Best feasible individual, or the one closest to feasibility when none was found. */
  readonly best: Individual;
  readonly iterations: number;
  /** Individuals educated, initial ones and offspring (repairs not counted). */
  readonly educations: number;
  readonly elapsedSeconds: number;
}

const feasibilityTolerance = 1e-9;

/**
 * Hybrid genetic search for the periodic VRP (Vidal, Crainic, Gendreau,
 * Lahrichi & Rei 2012, Operations Research 60(3) 611–624), loop shaped like
 * HGS-CVRP's Genetic.cpp: binary tournaments, PIX crossover, split,
 * education, survivor selection, adaptive penalties and restarts.
 */
export function geneticSearch(problem: VisitCycleProblem, options: GeneticSearchOptions): GeneticSearchResult {
  const settings: SearchSettings = { ...defaultSearchSettings, ...options.settings };
  const { random, clock, stop, signal, onProgress } = options;
  const startedAt = clock();
  const elapsed = (): number => (clock() - startedAt) / 1000;

  const localSearch = new LocalSearch(problem, random, settings);
  const splitter = new DaySplitter(problem);
  const crossover = new PeriodicCrossover(problem, random);
  const penalties = new PenaltyManager(initialLoadPenalty(problem), 1, settings.targetFeasibleShare, 20);
  const population = new Population(settings, random, averageVisitCount(problem));
  const sweep = new SweepOrder(problem);
  // With reps, every other swept individual sweeps around the reps' homes:
  // on 300-customer territories shared by three reps (seeds 1–3, three runs
  // each) the plans after 10 s of CPU came out 2% lower in total than with
  // sweeps around the office alone.
  const repSweep =
    problem.repIds.length > 0 && problem.planarX !== null && problem.planarY !== null ? new RepSweepOrder(problem, problem.planarX, problem.planarY) : null;
  let sweptCount = 0;
  // Reps' customers start with their nearest rep: a random rep per customer
  // leaves education a mess of crossing territories it does not undo.
  const randomPatterns = nearestRepPatterns(problem);

  let bestFeasible: Individual | null = null;
  let bestInfeasible: Individual | null = null;
  let iteration = 0;
  let educations = 0;
  let withoutImprovement = 0;
  let sinceRestart = 0;
  let lastProgressAt = -Infinity;

  const report = (force: boolean): void => {
    if (onProgress === undefined) return;
    const seconds = elapsed();
    if (!force && seconds - lastProgressAt < 1) return;
    lastProgressAt = seconds;
    const best = bestFeasible ?? bestInfeasible;
    onProgress({
      elapsedSeconds: seconds,
      iteration,
      bestCost: best === null ? Infinity : bestFeasible !== null ? objectiveCost(best) : best.penalisedCost,
      feasible: bestFeasible !== null,
    });
  };

  // Returns true when the individual improves the best feasible plan.
  const keep = (individual: Individual): boolean => {
    individual.penalisedCost =
      individual.travel + individual.objectiveExtra + penalties.penaltyLoad * individual.excessLoad + penalties.penaltyDuration * individual.excessDuration;
    population.add(copyIndividual(individual));
    if (individual.feasible) {
      if (bestFeasible === null || objectiveCost(individual) < objectiveCost(bestFeasible) - 1e-9) {
        bestFeasible = copyIndividual(individual);
        report(true);
        return true;
      }
      return false;
    }
    if (bestFeasible === null && (bestInfeasible === null || isCloserToFeasible(individual, bestInfeasible))) {
      bestInfeasible = copyIndividual(individual);
      report(false);
    }
    return false;
  };

  const educate = (individual: Individual): boolean => {
    educations++;
    splitter.splitDays(individual, penalties.penaltyLoad, penalties.penaltyDuration);
    localSearch.run(individual, penalties.penaltyLoad, penalties.penaltyDuration);
    if (penalties.record(individual.excessLoad < feasibilityTolerance, individual.excessDuration < feasibilityTolerance)) {
      population.reprice(penalties.penaltyLoad, penalties.penaltyDuration);
    }
    let improved = keep(individual);
    if (!individual.feasible && random.nextFloat() < settings.repairProbability) {
      localSearch.run(individual, penalties.penaltyLoad * 10, penalties.penaltyDuration * 10);
      if (individual.feasible) improved = keep(individual) || improved;
    }
    return improved;
  };

  // Random individuals take long to educate and all start far from good
  // plans; sweep-built ones start with each area's customers sharing days.
  const sweptIndividual = (): Individual => {
    const individual = createIndividual(problem);
    individual.patternIndex.fill(-1);
    const order = repSweep !== null && sweptCount++ % 2 === 1 ? repSweep.next(random) : sweep.next(random);
    localSearch.construct(individual, order, penalties.penaltyLoad, penalties.penaltyDuration);
    return individual;
  };

  const stopNow = (): boolean => shouldStop(stop, iteration, withoutImprovement, elapsed(), signal);

  const seedPopulation = (): void => {
    const target = settings.initialPopulationFactor * settings.minimumSize;
    for (let count = 0; count < target && !stopNow(); count++) {
      const individual = random.nextFloat() < settings.sweepShare ? sweptIndividual() : randomIndividual(problem, random, randomPatterns);
      if (educate(individual)) withoutImprovement = 0;
    }
  };

  seedPopulation();
  const child = createIndividual(problem);
  while (!stopNow()) {
    if (population.size < 2) {
      seedPopulation();
      continue;
    }
    crossover.cross(population.binaryTournament(), population.binaryTournament(), child);
    const improved = educate(child);
    iteration++;
    withoutImprovement = improved ? 0 : withoutImprovement + 1;
    sinceRestart = improved ? 0 : sinceRestart + 1;
    report(false);
    if (sinceRestart >= settings.restartAfterIterationsWithoutImprovement) {
      population.clear();
      sinceRestart = 0;
      seedPopulation();
    }
  }
  report(true);
  const best = bestFeasible ?? bestInfeasible;
  if (best === null) {
    // Stopped before a single education: still return a complete (if poor) plan.
    const fallback = randomIndividual(problem, random, randomPatterns);
    splitter.splitDays(fallback, penalties.penaltyLoad, penalties.penaltyDuration);
    localSearch.state.penaltyLoad = penalties.penaltyLoad;
    localSearch.state.penaltyDuration = penalties.penaltyDuration;
    loadIndividual(localSearch.state, fallback);
    exportIndividual(localSearch.state, fallback);
    return { best: fallback, iterations: iteration, educations, elapsedSeconds: elapsed() };
  }
  return { best, iterations: iteration, educations, elapsedSeconds: elapsed() };
}

function isCloserToFeasible(candidate: Individual, incumbent: Individual): boolean {
  const candidateExcess = candidate.excessLoad + candidate.excessDuration;
  const incumbentExcess = incumbent.excessLoad + incumbent.excessDuration;
  if (Math.abs(candidateExcess - incumbentExcess) > 1e-9) return candidateExcess < incumbentExcess;
  return objectiveCost(candidate) < objectiveCost(incumbent);
}

// Combinations drawn at random from `patterns`; tours in random order.
function randomIndividual(problem: VisitCycleProblem, random: RandomGenerator, patterns: NearestRepPatterns): Individual {
  const individual = createIndividual(problem);
  const buffers = Array.from({ length: problem.cycleDays }, () => [] as number[]);
  for (let customer = 1; customer <= problem.customerCount; customer++) {
    const first = patterns.first[customer] as number;
    const count = (patterns.last[customer] as number) - first;
    const pattern = first + random.nextInt(count);
    individual.patternIndex[customer] = pattern;
    individual.customerRep[customer] = problem.patternRep[pattern] as number;
    const mask = problem.patternMask[pattern] as number;
    for (let day = 0; day < problem.cycleDays; day++) if ((mask >>> day) & 1) (buffers[day] as number[]).push(customer);
  }
  buffers.forEach((customers, day) => {
    const tour = Int32Array.from(customers);
    shuffleInPlace(tour, random);
    individual.tours[day] = tour;
  });
  return individual;
}

// HGS-CVRP's starting weight: the largest distance over the largest demand.
function initialLoadPenalty(problem: VisitCycleProblem): number {
  let maxDistance = 0;
  for (const value of problem.travel) if (value > maxDistance) maxDistance = value;
  let maxDemand = 0;
  for (const value of problem.demand) if (value > maxDemand) maxDemand = value;
  if (maxDemand === 0) return 1;
  return Math.max(0.1, Math.min(1000, maxDistance / maxDemand));
}

function averageVisitCount(problem: VisitCycleProblem): number {
  let total = 0;
  for (let customer = 1; customer <= problem.customerCount; customer++) {
    total += countDays(problem.patternMask[problem.patternStart[customer] as number] as number);
  }
  return total;
}
