export * from "./plan-workflow.ts";
export * from "./plan-content.ts";
export * from "./plan-decimal.ts";
export * from "./plan-figures.ts";
export * from "./revision-diff.ts";
export * from "./plan-time-zone.ts";
