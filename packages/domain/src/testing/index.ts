/** Test fixtures and references, for the test suites and benchmarks of every package ("@beatplan/domain/testing"). */
export * from "./clock.ts";
