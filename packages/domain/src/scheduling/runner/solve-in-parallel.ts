import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import type { VisitCycleProblem } from "../problem/visit-cycle-problem.ts";
import type { ProgressEvent, SearchSettings } from "../search/genetic-search.ts";
import type { SolveResult } from "../search/solve.ts";
import type { StopCriteria } from "../search/stop-criteria.ts";
import { checkStopCriteria } from "../search/stop-criteria.ts";
import type { WorkerMessage, WorkerRequest } from "./worker-messages.ts";

/** Options of `solveInParallel`. */
export interface ParallelSolveOptions {
  readonly stop: StopCriteria;
  /** Seed of the first worker; worker k uses seed + k. */
  readonly seed: number;
  /** Worker threads; defaults to the available parallelism, at most 2. */
  readonly workers?: number;
  readonly settings?: Partial<SearchSettings>;
  /** Aborting stops every search; each returns its best plan so far. */
  readonly signal?: AbortSignal;
  /** Progress of any worker, tagged with its index. */
  readonly onProgress?: (event: ProgressEvent & { readonly worker: number }) => void;
}

/** The best of the parallel searches, with the seed that found it. */
export type ParallelSolveResult = SolveResult & { readonly seed: number };

/**
 * Runs independent seeded searches in worker threads and keeps the best
 * result: a feasible plan over an infeasible one, then the lower cost.
 */
export async function solveInParallel(problem: VisitCycleProblem, options: ParallelSolveOptions): Promise<ParallelSolveResult> {
  checkStopCriteria(options.stop);
  const workerCount = options.workers ?? Math.min(2, availableParallelism());
  if (!Number.isInteger(workerCount) || workerCount < 1) throw new RangeError(`workers must be an integer >= 1, got ${workerCount}`);
  const cancelFlag = new SharedArrayBuffer(4);
  const cancel = (): void => {
    Atomics.store(new Int32Array(cancelFlag), 0, 1);
  };
  if (options.signal?.aborted) cancel();
  options.signal?.addEventListener("abort", cancel, { once: true });
  try {
    const runs = Array.from({ length: workerCount }, (_, worker) =>
      runWorker({ problem, seed: options.seed + worker, stop: options.stop, settings: options.settings, cancelFlag }, (event) =>
        options.onProgress?.({ ...event, worker }),
      ).then((result) => ({ ...result, seed: options.seed + worker })),
    );
    const results = await Promise.all(runs);
    return results.reduce((best, result) => (isBetter(result, best) ? result : best));
  } finally {
    options.signal?.removeEventListener("abort", cancel);
  }
}

function isBetter(candidate: SolveResult, incumbent: SolveResult): boolean {
  if (candidate.feasible !== incumbent.feasible) return candidate.feasible;
  if (!candidate.feasible) {
    const candidateExcess = candidate.plan.excessDuration + candidate.plan.excessLoad;
    const incumbentExcess = incumbent.plan.excessDuration + incumbent.plan.excessLoad;
    if (candidateExcess !== incumbentExcess) return candidateExcess < incumbentExcess;
  }
  return candidate.cost < incumbent.cost;
}

function runWorker(request: WorkerRequest, onProgress: (event: ProgressEvent) => void): Promise<SolveResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./solve-worker.ts", import.meta.url), { workerData: request });
    let settled = false;
    worker.on("message", (message: WorkerMessage) => {
      if (message.kind === "progress") onProgress(message.event);
      else if (message.kind === "result") {
        settled = true;
        resolve(message.result);
      } else {
        settled = true;
        reject(new Error(message.message));
      }
    });
    worker.on("error", (error) => {
      settled = true;
      reject(error);
    });
    worker.on("exit", (code) => {
      if (!settled) reject(new Error(`solve worker exited with code ${code} before returning a result`));
    });
  });
}
