import type { VisitCycleProblem } from "../problem/visit-cycle-problem.ts";
import type { RandomGenerator } from "../random.ts";
import { shuffleInPlace } from "../random.ts";
import type { Individual } from "./individual.ts";

/**
 * Periodic crossover with insertions (PIX, Vidal et al. 2012, section 4.3).
 * Days are split at random into three groups: days copied whole from the
 * first parent, days taking a random stretch of the first parent's tour,
 * and days filled from the second parent. The second parent's visits are
 * appended in its order whenever the customer's days so far still fit one of
 * its combinations, with the same rep (the multi-depot rule of the same
 * paper: a visit is inherited only with its depot). Customers left incomplete keep patternIndex −1 and are
 * completed by cheapest insertion during education. Writes the child's tours;
 * the caller splits them into routes.
 */
export class PeriodicCrossover {
  private readonly problem: VisitCycleProblem;
  private readonly random: RandomGenerator;
  private readonly dayOrder: Int32Array;
  private readonly mask: Int32Array;
  private readonly rep: Int32Array;
  private readonly buffers: Int32Array[];
  private readonly lengths: Int32Array;

  constructor(problem: VisitCycleProblem, random: RandomGenerator) {
    this.problem = problem;
    this.random = random;
    this.dayOrder = Int32Array.from({ length: problem.cycleDays }, (_, day) => day);
    this.mask = new Int32Array(problem.customerCount + 1);
    this.rep = new Int32Array(problem.customerCount + 1);
    this.buffers = Array.from({ length: problem.cycleDays }, () => new Int32Array(problem.customerCount));
    this.lengths = new Int32Array(problem.cycleDays);
  }

  cross(first: Individual, second: Individual, child: Individual): void {
    const { problem, random, dayOrder, mask, rep, buffers, lengths } = this;
    const days = problem.cycleDays;
    let wholeCount = random.nextInt(days + 1);
    let secondCount = random.nextInt(days + 1);
    if (wholeCount > secondCount) [wholeCount, secondCount] = [secondCount, wholeCount];
    shuffleInPlace(dayOrder, random);
    mask.fill(0);
    rep.fill(-1);
    lengths.fill(0);
    for (let rank = 0; rank < days; rank++) {
      const day = dayOrder[rank] as number;
      const tour = first.tours[day] as Int32Array;
      const buffer = buffers[day] as Int32Array;
      if (rank < wholeCount) {
        buffer.set(tour);
        lengths[day] = tour.length;
      } else if (rank >= secondCount && tour.length > 0) {
        const begin = random.nextInt(tour.length);
        const stretch = random.nextInt(tour.length) + 1;
        for (let step = 0; step < stretch; step++) buffer[step] = tour[(begin + step) % tour.length] as number;
        lengths[day] = stretch;
      }
      for (let index = 0; index < (lengths[day] as number); index++) {
        const customer = buffer[index] as number;
        mask[customer] = (mask[customer] as number) | (1 << day);
        rep[customer] = first.customerRep[customer] as number;
      }
    }
    for (let rank = wholeCount; rank < days; rank++) {
      const day = dayOrder[rank] as number;
      const bit = 1 << day;
      const tour = second.tours[day] as Int32Array;
      const buffer = buffers[day] as Int32Array;
      for (const customer of tour) {
        const current = mask[customer] as number;
        const visitRep = second.customerRep[customer] as number;
        if ((current & bit) !== 0 || (current !== 0 && rep[customer] !== visitRep)) continue;
        if (!this.fitsSomeCombination(customer, current | bit, visitRep)) continue;
        buffer[lengths[day] as number] = customer;
        lengths[day] = (lengths[day] as number) + 1;
        mask[customer] = current | bit;
        rep[customer] = visitRep;
      }
    }
    for (let day = 0; day < days; day++) {
      child.tours[day] = (buffers[day] as Int32Array).slice(0, lengths[day] as number);
    }
    for (let customer = 1; customer <= problem.customerCount; customer++) {
      child.patternIndex[customer] = this.exactCombination(customer, mask[customer] as number, rep[customer] as number);
      child.customerRep[customer] = rep[customer] as number;
    }
  }

  private fitsSomeCombination(customer: number, days: number, rep: number): boolean {
    const { patternStart, patternMask, patternRep } = this.problem;
    for (let pattern = patternStart[customer] as number; pattern < (patternStart[customer + 1] as number); pattern++) {
      if (((patternMask[pattern] as number) & days) === days && patternRep[pattern] === rep) return true;
    }
    return false;
  }

  private exactCombination(customer: number, days: number, rep: number): number {
    const { patternStart, patternMask, patternRep } = this.problem;
    for (let pattern = patternStart[customer] as number; pattern < (patternStart[customer + 1] as number); pattern++) {
      if ((patternMask[pattern] as number) === days && patternRep[pattern] === rep) return pattern;
    }
    return -1;
  }
}
