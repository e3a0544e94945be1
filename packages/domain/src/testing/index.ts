/** Test fixtures and references, for the test suites and benchmarks of every package ("@beatplan/domain/testing"). */
export * from "./clock.ts";
export { exampleCustomerKey, paretoExampleA, paretoExampleB } from "./pareto-examples.ts";
export { exampleBClass, exampleBClasses, workedExampleB } from "./worked-example-b.ts";
export { bruteForceOptimum, bruteForceRepOptimum } from "./brute-force.ts";
export { withDurationLimit } from "./duration-variant.ts";
export { readSharedPvrpFile } from "./shared-bench.ts";
