export { solveInParallel } from "./solve-in-parallel.ts";
export type { ParallelSolveOptions, ParallelSolveResult } from "./solve-in-parallel.ts";
