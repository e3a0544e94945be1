/** Where the server reads the time: one clock, passed to everything that needs "now". */
export type Clock = () => Date;

/** The machine's clock. */
export const systemClock: Clock = () => new Date();

/**
 * A clock that starts at `start` and then runs at the machine's pace (BEATPLAN_NOW): a test or a
 * demonstration sees the same calendar on any day, while durations (token lifetimes, sign-in
 * lock windows) still pass.
 */
export function clockStartingAt(start: Date): Clock {
  const offset = start.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}
