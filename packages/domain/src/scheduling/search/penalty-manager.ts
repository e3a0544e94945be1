/**
 * Adaptive penalty weights for excess load and duration (Vidal et al. 2012):
 * each weight is raised ×1.2 when fewer than target − 5% of the recent
 * education results respected that limit, and lowered ×0.85 when more than
 * target + 5% did, within [0.1, 100000]. HGS-CVRP looks at blocks of 100
 * results; here the share is taken over a sliding window of the last 100 and
 * re-checked every `interval` results, so that weights settle within the few
 * hundred iterations a large instance gets in a minute.
 */
export class PenaltyManager {
  penaltyLoad: number;
  penaltyDuration: number;
  private readonly target: number;
  private readonly interval: number;
  private readonly loadHistory = new Uint8Array(100);
  private readonly durationHistory = new Uint8Array(100);
  private recorded = 0;

  constructor(initialLoad: number, initialDuration: number, target: number, interval: number) {
    this.penaltyLoad = initialLoad;
    this.penaltyDuration = initialDuration;
    this.target = target;
    this.interval = interval;
  }

  /** Records whether an education result respected each limit; returns true when the weights changed. */
  record(loadRespected: boolean, durationRespected: boolean): boolean {
    const slot = this.recorded % this.loadHistory.length;
    this.loadHistory[slot] = loadRespected ? 1 : 0;
    this.durationHistory[slot] = durationRespected ? 1 : 0;
    this.recorded++;
    if (this.recorded % this.interval !== 0) return false;
    const window = Math.min(this.recorded, this.loadHistory.length);
    this.penaltyLoad = this.adjust(this.penaltyLoad, share(this.loadHistory, window));
    this.penaltyDuration = this.adjust(this.penaltyDuration, share(this.durationHistory, window));
    return true;
  }

  private adjust(weight: number, feasibleShare: number): number {
    if (feasibleShare < this.target - 0.05) return Math.min(weight * 1.2, 100000);
    if (feasibleShare > this.target + 0.05) return Math.max(weight * 0.85, 0.1);
    return weight;
  }
}

function share(history: Uint8Array, window: number): number {
  let count = 0;
  for (let index = 0; index < window; index++) count += history[index] as number;
  return count / window;
}
