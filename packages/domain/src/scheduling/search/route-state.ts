import type { VisitCycleProblem } from "../problem/visit-cycle-problem.ts";

import { polarAngles, positiveModulo } from "./polar-angles.ts";

/**
 * The mutable solution the local search works on, in flat typed arrays.
 * A visit of customer c on day d is node d·size + c; route r has a start
 * depot node depotBase + 2r and an end depot node depotBase + 2r + 1, located
 * at the route's own start and end (the depot, or its rep's home). Routes of
 * day d are routeFirst[d] .. routeFirst[d + 1]. Per-node prefix loads and
 * times make every move evaluation O(1) (Vidal 2022, HGS-CVRP).
 */
export class RouteState {
  readonly problem: VisitCycleProblem;
  readonly size: number;
  /** Rows of the travel matrix (size plus the reps' homes). */
  readonly matrixSize: number;
  readonly dayCount: number;
  readonly depotBase: number;
  readonly routeCount: number;
  readonly routeFirst: Int32Array;
  readonly travel: Float64Array;
  readonly demand: Float64Array;
  readonly service: Float64Array;

  readonly location: Int32Array;
  readonly next: Int32Array;
  readonly prev: Int32Array;
  readonly routeOf: Int32Array;
  readonly position: Int32Array;
  readonly cumulatedLoad: Float64Array;
  readonly cumulatedTime: Float64Array;
  readonly cumulatedReversal: Float64Array;
  readonly lastTestedRouteImprovement: Int32Array;

  readonly routeDay: Int32Array;
  /** Rep of each route, −1 for anonymous vehicles. */
  readonly routeRep: Int32Array;
  readonly routeCustomers: Int32Array;
  readonly routeLastModified: Int32Array;
  readonly routeLastTestedSwapStar: Int32Array;
  readonly routeLoad: Float64Array;
  readonly routeDuration: Float64Array;
  readonly routeService: Float64Array;
  readonly routePenalty: Float64Array;
  readonly routeReversal: Float64Array;
  readonly routeCapacity: Float64Array;
  readonly routeDurationLimit: Float64Array;
  /**
   * Travel from a route's start to its end, which the prefix sums charge an
   * empty route although a rep with no visit that day travels nothing. Zero
   * with one depot or a rep ending at home; moves that empty or fill a route
   * correct for it, and plans never count it.
   */
  readonly emptyRouteTravel: Float64Array;
  readonly sectorStart: Int32Array;
  readonly sectorEnd: Int32Array;
  /** Angle of each customer around the depot, or with reps around the customers' centroid (see polarAngles). */
  readonly polarAngle: Int32Array | null;

  /**
   * Customers visited once on any day of the cycle at the same cost: their
   * single visit may move between routes of different days (cross-day
   * moves), so one node stands for their visit whatever the day.
   */
  readonly flexible: Uint8Array;
  /** For a flexible customer c, rep r (0 without reps) and day d, the index of combination (r, {d}) at singleDayPattern[(c · reps + r) · dayCount + d]. */
  readonly singleDayPattern: Int32Array;
  /** Node of customer c's visit on day d at visitNode[d · size + c]. */
  readonly visitNode: Int32Array;
  /** Number of non-flexible visits up to each node of its route, and per route. */
  readonly cumulatedFixed: Int32Array;
  readonly routeFixed: Int32Array;

  /** Current combination of each customer (index into problem.patternMask), -1 while incomplete. */
  readonly patternIndex: Int32Array;
  /** Days on which each customer is currently visited. */
  readonly visitMask: Int32Array;

  readonly scratchFirst: Int32Array;
  readonly scratchSecond: Int32Array;

  /** Reps, or 1 for the anonymous fleet: the stride of singleDayPattern. */
  readonly repSlots: number;

  penaltyLoad = 1;
  penaltyDuration = 1;
  readonly balanceWeight: number;
  moveCount = 0;

  constructor(problem: VisitCycleProblem) {
    this.problem = problem;
    const size = problem.customerCount + 1;
    this.size = size;
    this.matrixSize = problem.locationCount;
    this.dayCount = problem.cycleDays;
    this.travel = problem.travel;
    this.demand = problem.demand;
    this.service = problem.service;
    this.balanceWeight = problem.workloadBalanceWeight;
    this.routeFirst = problem.routeFirst.slice();
    this.routeCount = this.routeFirst[this.dayCount] as number;
    this.depotBase = this.dayCount * size;
    const nodeCount = this.depotBase + 2 * this.routeCount;

    this.location = new Int32Array(nodeCount);
    for (let node = 0; node < this.depotBase; node++) this.location[node] = node % size;
    this.next = new Int32Array(nodeCount).fill(-1);
    this.prev = new Int32Array(nodeCount).fill(-1);
    this.routeOf = new Int32Array(nodeCount).fill(-1);
    this.position = new Int32Array(nodeCount);
    this.cumulatedLoad = new Float64Array(nodeCount);
    this.cumulatedTime = new Float64Array(nodeCount);
    this.cumulatedReversal = new Float64Array(nodeCount);
    this.lastTestedRouteImprovement = new Int32Array(nodeCount);

    const routeCount = this.routeCount;
    this.routeDay = new Int32Array(routeCount);
    this.routeRep = problem.routeRep.slice();
    this.routeCustomers = new Int32Array(routeCount);
    this.routeLastModified = new Int32Array(routeCount);
    this.routeLastTestedSwapStar = new Int32Array(routeCount);
    this.routeLoad = new Float64Array(routeCount);
    this.routeDuration = new Float64Array(routeCount);
    this.routeService = new Float64Array(routeCount);
    this.routePenalty = new Float64Array(routeCount);
    this.routeReversal = new Float64Array(routeCount);
    this.routeCapacity = new Float64Array(routeCount);
    this.routeDurationLimit = new Float64Array(routeCount);
    this.emptyRouteTravel = new Float64Array(routeCount);
    this.sectorStart = new Int32Array(routeCount);
    this.sectorEnd = new Int32Array(routeCount);
    for (let day = 0; day < this.dayCount; day++) {
      for (let route = this.routeFirst[day] as number; route < (this.routeFirst[day + 1] as number); route++) {
        this.routeDay[route] = day;
        this.routeCapacity[route] = problem.routeCapacity[route] as number;
        this.routeDurationLimit[route] = problem.routeDurationLimit[route] as number;
        this.routeOf[this.depotBase + 2 * route] = route;
        this.routeOf[this.depotBase + 2 * route + 1] = route;
        this.location[this.depotBase + 2 * route] = problem.routeStart[route] as number;
        this.location[this.depotBase + 2 * route + 1] = problem.routeEnd[route] as number;
        this.emptyRouteTravel[route] = this.distance(this.depotBase + 2 * route, this.depotBase + 2 * route + 1);
      }
    }
    this.repSlots = Math.max(1, problem.repIds.length);
    this.polarAngle = polarAngles(problem);
    this.flexible = new Uint8Array(size);
    this.singleDayPattern = new Int32Array(size * this.repSlots * this.dayCount).fill(-1);
    this.visitNode = new Int32Array(this.dayCount * size);
    this.cumulatedFixed = new Int32Array(nodeCount);
    this.routeFixed = new Int32Array(routeCount);
    const everyDay = this.dayCount >= 31 ? -1 : (1 << this.dayCount) - 1;
    const withReps = problem.repIds.length > 0;
    for (let customer = 1; customer < size; customer++) {
      const first = problem.patternStart[customer] as number;
      const last = problem.patternStart[customer + 1] as number;
      let covered = 0;
      // With reps, one single-day combination per route: (rep, day) pairs are distinct, so that many cover every route.
      let singleDays = last - first === (withReps ? this.routeCount : this.dayCount);
      for (let pattern = first; pattern < last && singleDays; pattern++) {
        const mask = problem.patternMask[pattern] as number;
        singleDays = mask !== 0 && (mask & (mask - 1)) === 0 && problem.patternCost[pattern] === problem.patternCost[first];
        covered |= mask;
        const rep = Math.max(0, problem.patternRep[pattern] as number);
        if (singleDays) this.singleDayPattern[(customer * this.repSlots + rep) * this.dayCount + (31 - Math.clz32(mask))] = pattern;
      }
      const flexible = singleDays && (withReps ? this.routeCount > 1 : covered === everyDay && this.dayCount > 1);
      this.flexible[customer] = flexible ? 1 : 0;
      for (let day = 0; day < this.dayCount; day++) this.visitNode[day * size + customer] = flexible ? customer : day * size + customer;
    }
    this.patternIndex = new Int32Array(size).fill(-1);
    this.visitMask = new Int32Array(size);
    this.scratchFirst = new Int32Array(size + 2);
    this.scratchSecond = new Int32Array(size + 2);
  }

  depotStart(route: number): number {
    return this.depotBase + 2 * route;
  }

  depotEnd(route: number): number {
    return this.depotBase + 2 * route + 1;
  }

  /** Day of a visit node that is in a route. */
  dayOf(node: number): number {
    return this.routeDay[this.routeOf[node] as number] as number;
  }

  isDepot(node: number): boolean {
    return node >= this.depotBase;
  }

  distance(from: number, to: number): number {
    return this.travel[(this.location[from] as number) * this.matrixSize + (this.location[to] as number)] as number;
  }

  /** Penalised cost of a route beyond its travel: excess load and duration, and workload balance. */
  penalty(route: number, duration: number, load: number): number {
    let cost = 0;
    const excessLoad = load - (this.routeCapacity[route] as number);
    if (excessLoad > 0) cost += this.penaltyLoad * excessLoad;
    const excessDuration = duration - (this.routeDurationLimit[route] as number);
    if (excessDuration > 0) cost += this.penaltyDuration * excessDuration;
    if (this.balanceWeight > 0) cost += this.balanceWeight * duration * duration;
    return cost;
  }

  /** Penalised excess load alone: a lower bound of `penalty` used to prune SWAP* pairs. */
  loadPenalty(route: number, load: number): number {
    const excessLoad = load - (this.routeCapacity[route] as number);
    return excessLoad > 0 ? this.penaltyLoad * excessLoad : 0;
  }

  /** Recomputes a route's prefix data, totals and angular sector after a change. */
  updateRoute(route: number): void {
    const end = this.depotEnd(route);
    let node = this.depotStart(route);
    let place = 0;
    let load = 0;
    let time = 0;
    let reversal = 0;
    let serviceTime = 0;
    let fixed = 0;
    const day = this.routeDay[route] as number;
    const rep = Math.max(0, this.routeRep[route] as number);
    const flexibleBase = rep * this.dayCount + day;
    const matrixSize = this.matrixSize;
    const angles = this.polarAngle;
    let first = true;
    this.cumulatedLoad[node] = 0;
    this.cumulatedTime[node] = 0;
    this.cumulatedReversal[node] = 0;
    this.cumulatedFixed[node] = 0;
    this.position[node] = 0;
    while (node !== end) {
      const following = this.next[node] as number;
      place++;
      const fromLocation = this.location[node] as number;
      const toLocation = this.location[following] as number;
      time += this.travel[fromLocation * matrixSize + toLocation] as number;
      reversal += (this.travel[toLocation * matrixSize + fromLocation] as number) - (this.travel[fromLocation * matrixSize + toLocation] as number);
      if (following !== end) {
        if (this.flexible[toLocation] === 1) {
          // A cross-day move may have brought the visit here: its day is this route's day.
          this.visitMask[toLocation] = 1 << day;
          this.patternIndex[toLocation] = this.singleDayPattern[toLocation * this.repSlots * this.dayCount + flexibleBase] as number;
        } else {
          fixed++;
        }
        load += this.demand[toLocation] as number;
        const visitService = this.service[toLocation] as number;
        time += visitService;
        serviceTime += visitService;
        if (angles !== null) {
          const angle = angles[toLocation] as number;
          if (first) {
            this.sectorStart[route] = angle;
            this.sectorEnd[route] = angle;
            first = false;
          } else {
            this.extendSector(route, angle);
          }
        }
      }
      this.position[following] = place;
      this.cumulatedLoad[following] = load;
      this.cumulatedTime[following] = time;
      this.cumulatedReversal[following] = reversal;
      this.cumulatedFixed[following] = fixed;
      this.routeOf[following] = route;
      node = following;
    }
    this.routeCustomers[route] = place - 1;
    this.routeLoad[route] = load;
    this.routeDuration[route] = time;
    this.routeService[route] = serviceTime;
    this.routeReversal[route] = reversal;
    this.routeFixed[route] = fixed;
    this.routePenalty[route] = this.penalty(route, time, load);
    this.routeLastModified[route] = this.moveCount;
  }

  private extendSector(route: number, angle: number): void {
    const start = this.sectorStart[route] as number;
    const end = this.sectorEnd[route] as number;
    if (positiveModulo(angle - start) <= positiveModulo(end - start)) return;
    if (positiveModulo(angle - end) <= positiveModulo(start - angle)) this.sectorEnd[route] = angle;
    else this.sectorStart[route] = angle;
  }

  /** Whether the angular sectors of two routes overlap. */
  sectorsOverlap(first: number, second: number): boolean {
    const startA = this.sectorStart[first] as number;
    const startB = this.sectorStart[second] as number;
    return (
      positiveModulo(startB - startA) <= positiveModulo((this.sectorEnd[first] as number) - startA) ||
      positiveModulo(startA - startB) <= positiveModulo((this.sectorEnd[second] as number) - startB)
    );
  }

  /** Moves node u (a customer visit) to just after node v. */
  insertAfter(u: number, v: number): void {
    const uPrev = this.prev[u] as number;
    const uNext = this.next[u] as number;
    if (uPrev >= 0) {
      this.next[uPrev] = uNext;
      this.prev[uNext] = uPrev;
    }
    const vNext = this.next[v] as number;
    this.prev[vNext] = u;
    this.next[u] = vNext;
    this.prev[u] = v;
    this.next[v] = u;
    this.routeOf[u] = this.routeOf[v] as number;
  }

  /** Takes a visit out of its route, leaving the customer unvisited that day. */
  unlink(u: number): void {
    const uPrev = this.prev[u] as number;
    const uNext = this.next[u] as number;
    this.next[uPrev] = uNext;
    this.prev[uNext] = uPrev;
    this.next[u] = -1;
    this.prev[u] = -1;
    this.routeOf[u] = -1;
  }

  /** Exchanges two non-adjacent visits. */
  swapNodes(u: number, v: number): void {
    const uPrev = this.prev[u] as number;
    const uNext = this.next[u] as number;
    const vPrev = this.prev[v] as number;
    const vNext = this.next[v] as number;
    const uRoute = this.routeOf[u] as number;
    this.next[uPrev] = v;
    this.prev[uNext] = v;
    this.next[vPrev] = u;
    this.prev[vNext] = u;
    this.prev[u] = vPrev;
    this.next[u] = vNext;
    this.prev[v] = uPrev;
    this.next[v] = uNext;
    this.routeOf[u] = this.routeOf[v] as number;
    this.routeOf[v] = uRoute;
  }

  /** Copies a route's visits, in order, into `out`; returns how many. */
  collectRoute(route: number, out: Int32Array): number {
    const end = this.depotEnd(route);
    let count = 0;
    for (let node = this.next[this.depotStart(route)] as number; node !== end; node = this.next[node] as number) out[count++] = node;
    return count;
  }

  /** Rebuilds a route's links from a list of visits (entries from `from` to `to`, exclusive). */
  relinkRoute(route: number, nodes: Int32Array, from: number, to: number, reversed: boolean): void {
    let previous = this.depotStart(route);
    if (reversed) {
      for (let index = to - 1; index >= from; index--) previous = this.link(previous, nodes[index] as number, route);
    } else {
      for (let index = from; index < to; index++) previous = this.link(previous, nodes[index] as number, route);
    }
    const end = this.depotEnd(route);
    this.next[previous] = end;
    this.prev[end] = previous;
  }

  /** Appends visits to the end of a route whose links end at `previous`, returning the new last node. */
  appendNodes(previous: number, route: number, nodes: Int32Array, from: number, to: number, reversed: boolean): number {
    let last = previous;
    if (reversed) {
      for (let index = to - 1; index >= from; index--) last = this.link(last, nodes[index] as number, route);
    } else {
      for (let index = from; index < to; index++) last = this.link(last, nodes[index] as number, route);
    }
    return last;
  }

  closeRoute(route: number, last: number): void {
    const end = this.depotEnd(route);
    this.next[last] = end;
    this.prev[end] = last;
  }

  /** Links `node` after `previous` in `route`; returns `node`. */
  link(previous: number, node: number, route: number): number {
    this.next[previous] = node;
    this.prev[node] = previous;
    this.routeOf[node] = route;
    return node;
  }
}

