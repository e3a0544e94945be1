export const domainVersion = "0.1.0";
export * from "./classification/types.ts";
export { formatScaledDecimal, parseScaledDecimal, VOLUME_SCALE } from "./classification/decimal.ts";
export * from "./classification/pareto.ts";
export { monthsEndingAt } from "./classification/months.ts";
export * from "./classification/threshold-amounts.ts";
export * from "./classification/rules.ts";
export * from "./classification/rule-presets.ts";
