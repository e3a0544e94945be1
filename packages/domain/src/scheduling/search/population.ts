import type { RandomGenerator } from "../random.ts";
import type { Individual } from "./individual.ts";
import { brokenPairsDistance } from "./individual.ts";

/** Population sizes and diversity management of HGS (Vidal et al. 2012; HGS-CVRP defaults). */
export interface PopulationSettings {
  /** Individuals kept in each subpopulation after survivor selection (μ). */
  readonly minimumSize: number;
  /** Offspring added before survivor selection (λ). */
  readonly generationSize: number;
  /** Individuals protected by fitness alone in the biased fitness. */
  readonly eliteCount: number;
  /** Closest individuals averaged for the diversity contribution. */
  readonly closestCount: number;
}

/**
 * Feasible and infeasible subpopulations ranked by biased fitness: the rank
 * in penalised cost plus a weighted rank in diversity contribution (average
 * broken-pairs distance to the closest individuals).
 */
export class Population {
  readonly feasible: Individual[] = [];
  readonly infeasible: Individual[] = [];
  private readonly settings: PopulationSettings;
  private readonly random: RandomGenerator;
  private readonly visitCount: number;

  constructor(settings: PopulationSettings, random: RandomGenerator, visitCount: number) {
    this.settings = settings;
    this.random = random;
    this.visitCount = visitCount;
  }

  get size(): number {
    return this.feasible.length + this.infeasible.length;
  }

  /** Adds a copy of an individual, then runs survivor selection when the subpopulation is full. */
  add(individual: Individual): void {
    const group = individual.feasible ? this.feasible : this.infeasible;
    for (const other of group) {
      const distance = brokenPairsDistance(individual, other, this.visitCount);
      insertByDistance(other.proximity, distance, individual);
      insertByDistance(individual.proximity, distance, other);
    }
    let place = group.length;
    while (place > 0 && (group[place - 1] as Individual).penalisedCost > individual.penalisedCost) place--;
    group.splice(place, 0, individual);
    if (group.length > this.settings.minimumSize + this.settings.generationSize) {
      while (group.length > this.settings.minimumSize) this.removeWorst(group);
    }
  }

  /** Picks the better (lower biased fitness) of two random individuals. */
  binaryTournament(): Individual {
    this.updateBiasedFitness(this.feasible);
    this.updateBiasedFitness(this.infeasible);
    const first = this.pick(this.random.nextInt(this.size));
    const second = this.pick(this.random.nextInt(this.size));
    return first.biasedFitness < second.biasedFitness ? first : second;
  }

  /** Re-ranks the infeasible subpopulation after penalty weights change. */
  reprice(penaltyLoad: number, penaltyDuration: number): void {
    for (const individual of this.infeasible) {
      individual.penalisedCost = individual.travel + individual.objectiveExtra + penaltyLoad * individual.excessLoad + penaltyDuration * individual.excessDuration;
    }
    this.infeasible.sort((first, second) => first.penalisedCost - second.penalisedCost);
  }

  clear(): void {
    this.feasible.length = 0;
    this.infeasible.length = 0;
  }

  private pick(index: number): Individual {
    return (index < this.feasible.length ? this.feasible[index] : this.infeasible[index - this.feasible.length]) as Individual;
  }

  private updateBiasedFitness(group: Individual[]): void {
    const count = group.length;
    if (count === 0) return;
    if (count === 1) {
      (group[0] as Individual).biasedFitness = 0;
      return;
    }
    const ranking = group.map((individual, index) => ({ diversity: -this.averageClosestDistance(individual), index }));
    ranking.sort((first, second) => first.diversity - second.diversity);
    const eliteShare = 1 - this.settings.eliteCount / count;
    ranking.forEach((entry, diversityRank) => {
      const fitnessRank = entry.index / (count - 1);
      const diversityScore = diversityRank / (count - 1);
      (group[entry.index] as Individual).biasedFitness = count <= this.settings.eliteCount ? fitnessRank : fitnessRank + eliteShare * diversityScore;
    });
  }

  private averageClosestDistance(individual: Individual): number {
    const closest = Math.min(this.settings.closestCount, individual.proximity.length);
    if (closest === 0) return 0;
    let sum = 0;
    for (let index = 0; index < closest; index++) sum += (individual.proximity[index] as { distance: number }).distance;
    return sum / closest;
  }

  // Clones go first; otherwise the worst biased fitness, never the best individual.
  private removeWorst(group: Individual[]): void {
    this.updateBiasedFitness(group);
    let worstIndex = 1;
    let worstIsClone = false;
    let worstFitness = -Infinity;
    for (let index = 1; index < group.length; index++) {
      const candidate = group[index] as Individual;
      const isClone = (candidate.proximity[0]?.distance ?? 1) < 1e-9;
      if ((isClone && !worstIsClone) || (isClone === worstIsClone && candidate.biasedFitness > worstFitness)) {
        worstIndex = index;
        worstIsClone = isClone;
        worstFitness = candidate.biasedFitness;
      }
    }
    const [removed] = group.splice(worstIndex, 1);
    for (const other of group) {
      const at = other.proximity.findIndex((entry) => entry.other === removed);
      if (at >= 0) other.proximity.splice(at, 1);
    }
  }
}

function insertByDistance(list: { distance: number; other: Individual }[], distance: number, other: Individual): void {
  let place = list.length;
  while (place > 0 && (list[place - 1] as { distance: number }).distance > distance) place--;
  list.splice(place, 0, { distance, other });
}
