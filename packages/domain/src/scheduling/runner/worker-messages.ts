import type { VisitCycleProblem } from "../problem/visit-cycle-problem.ts";
import type { ProgressEvent, SearchSettings } from "../search/genetic-search.ts";
import type { SolveResult } from "../search/solve.ts";
import type { StopCriteria } from "../search/stop-criteria.ts";

/** Sent to a solve worker once, as workerData. */
export interface WorkerRequest {
  readonly problem: VisitCycleProblem;
  readonly seed: number;
  readonly stop: StopCriteria;
  readonly settings?: Partial<SearchSettings>;
  /** One int32: set to 1 to ask the search to stop. */
  readonly cancelFlag: SharedArrayBuffer;
}

/** Posted by a solve worker. */
export type WorkerMessage =
  | { readonly kind: "progress"; readonly event: ProgressEvent }
  | { readonly kind: "result"; readonly result: SolveResult }
  | { readonly kind: "error"; readonly message: string };
