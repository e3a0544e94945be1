/**
 * Adaptive penalty weights for excess load and duration (Vidal et al. 2012):
 * every `interval` education results, each weight is raised ×1.2 when fewer
 * than target − 5% of the results respected that limit, and lowered ×0.85
 * when more than target + 5% did, within [0.1, 100000].
 */
export class PenaltyManager {
  penaltyLoad: number;
  penaltyDuration: number;
  private readonly target: number;
  private readonly loadHistory: Uint8Array;
  private readonly durationHistory: Uint8Array;
  private recorded = 0;

  constructor(initialLoad: number, initialDuration: number, target: number, interval: number) {
    this.penaltyLoad = initialLoad;
    this.penaltyDuration = initialDuration;
    this.target = target;
    this.loadHistory = new Uint8Array(interval);
    this.durationHistory = new Uint8Array(interval);
  }

  /** Records whether an education result respected each limit; returns true when the weights changed. */
  record(loadRespected: boolean, durationRespected: boolean): boolean {
    const slot = this.recorded % this.loadHistory.length;
    this.loadHistory[slot] = loadRespected ? 1 : 0;
    this.durationHistory[slot] = durationRespected ? 1 : 0;
    this.recorded++;
    if (this.recorded % this.loadHistory.length !== 0) return false;
    this.penaltyLoad = this.adjust(this.penaltyLoad, share(this.loadHistory));
    this.penaltyDuration = this.adjust(this.penaltyDuration, share(this.durationHistory));
    return true;
  }

  private adjust(weight: number, feasibleShare: number): number {
    if (feasibleShare < this.target - 0.05) return Math.min(weight * 1.2, 100000);
    if (feasibleShare > this.target + 0.05) return Math.max(weight * 0.85, 0.1);
    return weight;
  }
}

function share(history: Uint8Array): number {
  let count = 0;
  for (const value of history) count += value;
  return count / history.length;
}
