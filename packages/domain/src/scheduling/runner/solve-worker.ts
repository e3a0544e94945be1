// Runs one seeded search in a worker thread. Lives outside the pure core:
// this is where the real clock and the thread's messages come in.
import { parentPort, workerData } from "node:worker_threads";
import { performance } from "node:perf_hooks";
import { createRandom } from "../random.ts";
import { solve } from "../search/solve.ts";
import type { WorkerMessage, WorkerRequest } from "./worker-messages.ts";

const request = workerData as WorkerRequest;
const flag = new Int32Array(request.cancelFlag);
const post = (message: WorkerMessage): void => parentPort?.postMessage(message);
try {
  const result = solve(request.problem, {
    random: createRandom(request.seed),
    clock: () => performance.now(),
    stop: request.stop,
    settings: request.settings,
    signal: {
      get aborted() {
        return Atomics.load(flag, 0) === 1;
      },
    },
    onProgress: (event) => post({ kind: "progress", event }),
  });
  post({ kind: "result", result });
} catch (error) {
  post({ kind: "error", message: error instanceof Error ? error.message : String(error) });
}
