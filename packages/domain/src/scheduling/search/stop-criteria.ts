/** When the search stops; whichever limit is reached first. */
export interface StopCriteria {
  /** Wall-clock budget in seconds, measured with the supplied clock. */
  readonly maxSeconds?: number;
  /** Total number of offspring generated. */
  readonly maxIterations?: number;
  /** Offspring in a row that do not improve the best feasible plan. */
  readonly maxIterationsWithoutImprovement?: number;
}

/** Something that can ask a running search to stop, e.g. an AbortSignal. */
export interface CancellationSignal {
  readonly aborted: boolean;
}

/** Validates stop criteria: at least one finite limit, all positive. */
export function checkStopCriteria(criteria: StopCriteria): void {
  const entries = Object.entries(criteria).filter(([, value]) => value !== undefined) as [string, number][];
  if (entries.length === 0) throw new RangeError("stop criteria need at least one of maxSeconds, maxIterations, maxIterationsWithoutImprovement, got none");
  for (const [name, value] of entries) {
    if (!(value > 0) || !Number.isFinite(value)) throw new RangeError(`${name} must be a finite number > 0, got ${value}`);
  }
}

/** Whether a search at this point must stop. */
export function shouldStop(
  criteria: StopCriteria,
  iteration: number,
  iterationsWithoutImprovement: number,
  elapsedSeconds: number,
  signal: CancellationSignal | undefined,
): boolean {
  if (signal?.aborted) return true;
  if (criteria.maxSeconds !== undefined && elapsedSeconds >= criteria.maxSeconds) return true;
  if (criteria.maxIterations !== undefined && iteration >= criteria.maxIterations) return true;
  return criteria.maxIterationsWithoutImprovement !== undefined && iterationsWithoutImprovement >= criteria.maxIterationsWithoutImprovement;
}
