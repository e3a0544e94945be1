import type { ParetoInputItem } from "../classification/pareto.ts";

/**
 * DOMAIN.md §2 worked example A: 20 customers, total 2.5 million; the top 4 make
 * 80% of sales, customers 5–10 make 15%, the last 10 make 5%.
 */
export const paretoExampleA: readonly ParetoInputItem[] = [
  800_000, 500_000, 400_000, 300_000, // 2,000,000 = 80%
  100_000, 80_000, 65_000, 55_000, 40_000, 35_000, // 375,000 = 15%
  25_000, 20_000, 15_000, 14_000, 12_000, 11_000, 10_000, 8_000, 6_000, 4_000, // 125,000 = 5%
].map((volume, index) => ({ customerKey: exampleCustomerKey(index + 1), volume: volume.toFixed(2) }));

/**
 * DOMAIN.md §3 worked example B: one rep's 20 customers with average monthly
 * volumes (total 2,000) such that under 40/40 customers 1–5 are A (1–4 hold
 * 39.5%, 1–5 hold 48%), 6–10 are B (1–9 hold 79.6%, 1–10 hold 87%) and 11–20 are C.
 */
export const paretoExampleB: readonly ParetoInputItem[] = [
  220, 200, 190, 180, 170,
  164, 160, 156, 152, 148,
  44, 38, 32, 28, 26, 24, 20, 18, 16, 14,
].map((volume, index) => ({ customerKey: exampleCustomerKey(index + 1), volume }));

/** "C01" … "C20": keys that sort in the customers' numbering order. */
export function exampleCustomerKey(number: number): string {
  return `C${String(number).padStart(2, "0")}`;
}
