import { relocate } from "./relocate.ts";
import { relocateTwo } from "./relocate-two.ts";
import { relocateTwoReversed } from "./relocate-two-reversed.ts";
import type { VisitPairOperator } from "./route-operator.ts";
import { swap } from "./swap.ts";
import { swapTwoOne } from "./swap-two-one.ts";
import { swapTwoTwo } from "./swap-two-two.ts";
import { twoOpt } from "./two-opt.ts";
import { twoOptStar } from "./two-opt-star.ts";
import { twoOptStarReversed } from "./two-opt-star-reversed.ts";

/**
 * The visit-pair moves of route improvement, in the order the local search tries them on each
 * pair of neighbouring visits (first improvement). A new move is one file and one entry here.
 */
export const visitPairOperators: readonly VisitPairOperator[] = [
  relocate,
  relocateTwo,
  relocateTwoReversed,
  swap,
  swapTwoOne,
  swapTwoTwo,
  twoOpt,
  twoOptStarReversed,
  twoOptStar,
];
