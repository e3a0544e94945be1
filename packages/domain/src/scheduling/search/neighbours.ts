import type { VisitCycleProblem } from "../problem/visit-cycle-problem.ts";

/**
 * For each customer, the other customers that can share one of its days,
 * nearest first (CSR layout). The local search walks a list until it has met
 * `granularity` customers visited on the day at hand, so the neighbourhood
 * stays granular (Toth & Vigo 2003) whatever the day patterns.
 */
export interface NeighbourLists {
  readonly start: Int32Array;
  readonly list: Int32Array;
}

export function buildNeighbourLists(problem: VisitCycleProblem, maximumLength: number): NeighbourLists {
  const size = problem.customerCount + 1;
  const reachable = new Int32Array(size);
  for (let customer = 1; customer < size; customer++) {
    for (let pattern = problem.patternStart[customer] as number; pattern < (problem.patternStart[customer + 1] as number); pattern++) {
      reachable[customer] = (reachable[customer] as number) | (problem.patternMask[pattern] as number);
    }
  }
  const start = new Int32Array(size + 1);
  const lists: Int32Array[] = [new Int32Array(0)];
  const candidates: number[] = [];
  for (let customer = 1; customer < size; customer++) {
    candidates.length = 0;
    for (let other = 1; other < size; other++) {
      if (other !== customer && ((reachable[customer] as number) & (reachable[other] as number)) !== 0) candidates.push(other);
    }
    const closeness = (other: number): number =>
      (problem.travel[customer * size + other] as number) + (problem.travel[other * size + customer] as number);
    candidates.sort((first, second) => closeness(first) - closeness(second));
    lists.push(Int32Array.from(candidates.slice(0, maximumLength)));
  }
  let total = 0;
  for (let customer = 0; customer < size; customer++) {
    start[customer] = total;
    total += (lists[customer] as Int32Array).length;
  }
  start[size] = total;
  const list = new Int32Array(total);
  lists.forEach((entries, customer) => list.set(entries, start[customer] as number));
  return { start, list };
}
