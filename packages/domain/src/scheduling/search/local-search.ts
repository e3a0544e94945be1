import type { VisitCycleProblem } from "../problem/visit-cycle-problem.ts";
import type { RandomGenerator } from "../random.ts";
import { shuffleInPlace } from "../random.ts";
import type { CustomerOperator, VisitPairOperator } from "../operators/route-operator.ts";
import { visitPairOperators } from "../operators/visit-pair-operators.ts";
import { SwapStar } from "../operators/swap-star.ts";
import { PatternChange } from "../operators/pattern-change.ts";
import { RepPatternChange } from "../operators/rep-pattern-change.ts";
import type { Individual } from "./individual.ts";
import { RouteState } from "./route-state.ts";
import { exportIndividual, loadIndividual } from "./individual-transfer.ts";
import { buildNeighbourLists } from "./neighbours.ts";
import type { NeighbourLists } from "./neighbours.ts";

const improvementThreshold = -1e-7;

/** Tuning of the education step. */
export interface LocalSearchSettings {
  /** Neighbours examined per visit (HGS-CVRP uses 20). */
  readonly granularity: number;
  /** Whether to run SWAP* between routes whose angular sectors overlap. */
  readonly useSwapStar: boolean;
  /** Whether SWAP* also pairs routes of different days (for day-flexible visits). */
  readonly crossDaySwapStar: boolean;
}

/**
 * Education of Vidal et al. (2012): route improvement (relocate one or two
 * visits, swap one or two, 2-opt, both 2-opt*, SWAP*) on each day's routes
 * within granular neighbourhoods, then pattern improvement, repeated until
 * neither finds an improving move. First improvement, in random order.
 */
export class LocalSearch {
  readonly state: RouteState;
  private readonly random: RandomGenerator;
  private readonly settings: LocalSearchSettings;
  private readonly neighbours: NeighbourLists;
  private readonly swapStar: SwapStar;
  private readonly patternChange: CustomerOperator;
  // The registered visit-pair operators to try, by kind of pair (see pairKind).
  private readonly pairOperators: readonly (readonly VisitPairOperator[])[];
  private readonly visitOrder: Int32Array;
  private readonly customerOrder: Int32Array;
  private readonly routeOrder: Int32Array;
  private readonly visitNeighbours: Int32Array;
  private readonly visitNeighbourCount: Int32Array;
  private searchCompleted = false;

  constructor(problem: VisitCycleProblem, random: RandomGenerator, settings: LocalSearchSettings) {
    this.state = new RouteState(problem);
    this.random = random;
    this.settings = settings;
    // Long enough lists that a day usually holds `granularity` of them even
    // when customers are visited on few of the days.
    this.neighbours = buildNeighbourLists(problem, Math.max(settings.granularity * 5, 300));
    this.swapStar = new SwapStar(this.state);
    const patternGranularity = Math.max(4, settings.granularity >> 1);
    this.patternChange =
      problem.repIds.length > 0
        ? new RepPatternChange(this.state, this.neighbours, patternGranularity)
        : new PatternChange(this.state, this.neighbours, patternGranularity);
    this.pairOperators = Array.from({ length: 8 }, (_, kind) =>
      visitPairOperators.filter((operator) => pairKindAccepts(kind, operator)),
    );
    this.visitNeighbours = new Int32Array(this.state.depotBase * settings.granularity);
    this.visitNeighbourCount = new Int32Array(this.state.depotBase);
    this.visitOrder = new Int32Array(this.state.depotBase);
    this.customerOrder = Int32Array.from({ length: problem.customerCount }, (_, index) => index + 1);
    this.routeOrder = Int32Array.from({ length: this.state.routeCount }, (_, index) => index);
  }

  /** Improves an individual in place; customers with incomplete combinations are completed first. */
  run(individual: Individual, penaltyLoad: number, penaltyDuration: number): void {
    const state = this.state;
    this.load(individual, penaltyLoad, penaltyDuration);
    shuffleInPlace(this.customerOrder, this.random);
    this.completeCustomers(this.customerOrder);
    for (let round = 0; round < 50; round++) {
      this.improveRoutes();
      if (!this.improvePatterns()) break;
    }
    exportIndividual(state, individual);
  }

  /**
   * Completes the combinations of an individual's incomplete customers by
   * cheapest insertion, one customer at a time in the given order, without
   * improving anything else; from an empty individual this is a
   * construction heuristic whose result depends on the order.
   */
  construct(individual: Individual, order: Int32Array, penaltyLoad: number, penaltyDuration: number): void {
    this.load(individual, penaltyLoad, penaltyDuration);
    this.completeCustomers(order);
    exportIndividual(this.state, individual);
  }

  private load(individual: Individual, penaltyLoad: number, penaltyDuration: number): void {
    const state = this.state;
    state.penaltyLoad = penaltyLoad;
    state.penaltyDuration = penaltyDuration;
    loadIndividual(state, individual);
    this.swapStar.reset();
    this.patternChange.reset();
  }

  private completeCustomers(order: Int32Array): void {
    const state = this.state;
    for (const customer of order) {
      if ((state.patternIndex[customer] as number) < 0) {
        state.moveCount++;
        this.patternChange.complete(state, customer);
      }
    }
  }

  private improvePatterns(): boolean {
    const state = this.state;
    let improved = false;
    shuffleInPlace(this.customerOrder, this.random);
    for (const customer of this.customerOrder) {
      if (this.patternChange.evaluate(state, customer) < improvementThreshold) {
        state.moveCount++;
        this.patternChange.apply(state, customer);
        improved = true;
      }
    }
    return improved;
  }

  private improveRoutes(): void {
    const state = this.state;
    const { routeOf, routeLastModified, lastTestedRouteImprovement, location, prev } = state;
    let visitCount = 0;
    for (let node = 0; node < state.depotBase; node++) if ((routeOf[node] as number) >= 0) this.visitOrder[visitCount++] = node;
    shuffleInPlace(this.visitOrder, this.random, visitCount);
    shuffleInPlace(this.routeOrder, this.random);
    const granularity = this.settings.granularity;
    this.collectVisitNeighbours(visitCount);
    const { visitNeighbours, visitNeighbourCount } = this;
    this.searchCompleted = false;
    for (let loop = 0; !this.searchCompleted; loop++) {
      // At least two loops: moves into empty routes are skipped in the first one.
      if (loop > 1) this.searchCompleted = true;
      for (let index = 0; index < visitCount; index++) {
        const u = this.visitOrder[index] as number;
        const lastTested = lastTestedRouteImprovement[u] as number;
        lastTestedRouteImprovement[u] = state.moveCount;
        const customerU = location[u] as number;
        const neighbourEnd = u * granularity + (visitNeighbourCount[u] as number);
        for (let entry = u * granularity; entry < neighbourEnd; entry++) {
          const v = visitNeighbours[entry] as number;
          // Only pairs whose routes changed since u was last examined can hold a new improving move.
          if (Math.max(routeLastModified[routeOf[u] as number] as number, routeLastModified[routeOf[v] as number] as number) <= lastTested) {
            continue;
          }
          if (this.tryVisitPair(u, v, customerU < (location[v] as number))) continue;
          const vPrev = prev[v] as number;
          if (state.isDepot(vPrev)) this.tryAfterDepot(u, vPrev);
        }
        if (loop > 0) {
          const empty = this.firstEmptyRoute(state.dayOf(u));
          if (empty >= 0 && empty !== routeOf[u]) this.tryAfterDepot(u, state.depotStart(empty));
        }
      }
      if (this.settings.useSwapStar && state.polarAngle !== null) this.trySwapStar();
    }
  }

  // The `granularity` nearest visits each visit may interact with: those of
  // its own day and rep, and for a day-flexible customer also those of other
  // days and reps.
  private collectVisitNeighbours(visitCount: number): void {
    const { routeOf, routeRep, routeCustomers, location, flexible, visitNode, visitMask, size } = this.state;
    const { start, list } = this.neighbours;
    const granularity = this.settings.granularity;
    const withReps = this.state.problem.repIds.length > 0;
    for (let index = 0; index < visitCount; index++) {
      const u = this.visitOrder[index] as number;
      const customer = location[u] as number;
      const day = this.state.dayOf(u);
      const rep = routeRep[routeOf[u] as number] as number;
      const anyDay = flexible[customer] === 1;
      // A rep makes one route a day: once its other visits are all found, the rest of the list holds none.
      const wanted = withReps && !anyDay ? Math.min(granularity, (routeCustomers[routeOf[u] as number] as number) - 1) : granularity;
      let count = 0;
      for (let entry = start[customer] as number; entry < (start[customer + 1] as number) && count < wanted; entry++) {
        const other = list[entry] as number;
        if (!anyDay) {
          const v = visitNode[day * size + other] as number;
          if ((routeOf[v] as number) >= 0 && this.state.dayOf(v) === day && routeRep[routeOf[v] as number] === rep) {
            this.visitNeighbours[u * granularity + count++] = v;
          }
          continue;
        }
        let days = visitMask[other] as number;
        while (days !== 0 && count < granularity) {
          const lowest = days & -days;
          days ^= lowest;
          const v = visitNode[(31 - Math.clz32(lowest)) * size + other] as number;
          if ((routeOf[v] as number) >= 0) this.visitNeighbours[u * granularity + count++] = v;
        }
      }
      this.visitNeighbourCount[u] = count;
    }
  }

  private tryVisitPair(u: number, v: number, lowerFirst: boolean): boolean {
    return this.tryOperators(pairKind(false, this.state.routeOf[u] === this.state.routeOf[v], lowerFirst), u, v);
  }

  private tryAfterDepot(u: number, depot: number): boolean {
    return this.tryOperators(pairKind(true, this.state.routeOf[u] === this.state.routeOf[depot], true), u, depot);
  }

  private tryOperators(kind: number, u: number, v: number): boolean {
    for (const operator of this.pairOperators[kind] as readonly VisitPairOperator[]) if (this.attempt(operator, u, v)) return true;
    return false;
  }

  private attempt(operator: VisitPairOperator, u: number, v: number): boolean {
    const state = this.state;
    const delta = operator.evaluate(state, u, v);
    if (!(delta < improvementThreshold)) return false;
    const routeU = state.routeOf[u] as number;
    const routeV = state.routeOf[v] as number;
    const emptyTravel = (state.emptyRouteTravel[routeU] as number) + (state.emptyRouteTravel[routeV] as number);
    if (emptyTravel > 0 && routeU !== routeV && !(delta + this.emptyingCorrection(operator, u, v) < improvementThreshold)) return false;
    if (!operator.movable(state, u, v)) return false;
    operator.apply(state, u, v);
    state.moveCount++;
    state.updateRoute(routeU);
    if (routeV !== routeU) state.updateRoute(routeV);
    this.searchCompleted = false;
    return true;
  }

  // Operators price an empty route at its start-to-end travel, yet a rep
  // with no visit that day travels nothing (see RouteState.emptyRouteTravel):
  // the difference for routes a move empties or fills.
  private emptyingCorrection(operator: VisitPairOperator, u: number, v: number): number {
    const { routeOf, routeCustomers, emptyRouteTravel } = this.state;
    const routeU = routeOf[u] as number;
    const routeV = routeOf[v] as number;
    const countU = routeCustomers[routeU] as number;
    const countV = routeCustomers[routeV] as number;
    const handedOver = operator.visitsHandedOver(this.state, u, v);
    const afterU = countU - handedOver;
    const afterV = countV + handedOver;
    const emptied = (before: number, after: number): number => (after === 0 ? 1 : 0) - (before === 0 ? 1 : 0);
    return -((emptyRouteTravel[routeU] as number) * emptied(countU, afterU) + (emptyRouteTravel[routeV] as number) * emptied(countV, afterV));
  }

  private firstEmptyRoute(day: number): number {
    const state = this.state;
    for (let route = state.routeFirst[day] as number; route < (state.routeFirst[day + 1] as number); route++) {
      if ((state.routeCustomers[route] as number) === 0) return route;
    }
    return -1;
  }

  private trySwapStar(): void {
    const state = this.state;
    const { routeDay, routeRep, routeCustomers, routeFixed, routeLastModified, routeLastTestedSwapStar } = state;
    const crossDay = this.settings.crossDaySwapStar;
    for (const routeU of this.routeOrder) {
      const lastTested = routeLastTestedSwapStar[routeU] as number;
      routeLastTestedSwapStar[routeU] = state.moveCount;
      if ((routeCustomers[routeU] as number) === 0) continue;
      const day = routeDay[routeU] as number;
      const hasFlexible = (routeFixed[routeU] as number) < (routeCustomers[routeU] as number);
      const first = crossDay && hasFlexible ? 0 : (state.routeFirst[day] as number);
      const last = crossDay && hasFlexible ? state.routeCount : (state.routeFirst[day + 1] as number);
      for (let routeV = first; routeV < last; routeV++) {
        if (routeV <= routeU || (routeCustomers[routeV] as number) === 0) continue;
        const otherGroup = routeDay[routeV] !== day || routeRep[routeV] !== routeRep[routeU];
        if (otherGroup && (!hasFlexible || (routeFixed[routeV] as number) === (routeCustomers[routeV] as number))) continue;
        if (Math.max(routeLastModified[routeU] as number, routeLastModified[routeV] as number) <= lastTested) continue;
        if (!state.sectorsOverlap(routeU, routeV)) continue;
        if (this.swapStar.evaluate(state, routeU, routeV) < improvementThreshold) {
          this.swapStar.apply(state);
          state.moveCount++;
          state.updateRoute(routeU);
          state.updateRoute(routeV);
          this.searchCompleted = false;
        }
      }
    }
  }
}

// A pair of visits is one of eight kinds: v a start depot or a visit, on u's route or another,
// and u the lower-numbered customer of the two or not (symmetric moves are tried from that side only).
function pairKind(afterStartDepot: boolean, sameRoute: boolean, lowerFirst: boolean): number {
  return (afterStartDepot ? 4 : 0) + (sameRoute ? 2 : 0) + (lowerFirst ? 1 : 0);
}

function pairKindAccepts(kind: number, operator: VisitPairOperator): boolean {
  const afterStartDepot = (kind & 4) !== 0;
  const sameRoute = (kind & 2) !== 0;
  const lowerFirst = (kind & 1) !== 0;
  if (afterStartDepot && !operator.afterStartDepot) return false;
  if (operator.symmetric && !lowerFirst) return false;
  return operator.scope === "any-route" || operator.scope === (sameRoute ? "same-route" : "other-route");
}
