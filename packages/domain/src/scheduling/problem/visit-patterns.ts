/**
 * Visit-day combinations ("patterns") as bit masks: bit d is day d of the
 * cycle, counted from 0. A cycle has at most 31 days so a mask fits an int32.
 */

/** The largest number of days a cycle may have. */
export const maxCycleDays = 31;

/** Turns a list of 0-based days into a mask. */
export function daysToMask(days: readonly number[]): number {
  let mask = 0;
  for (const day of days) mask |= 1 << day;
  return mask;
}

/** Lists the 0-based days of a mask in increasing order. */
export function maskToDays(mask: number): number[] {
  const days: number[] = [];
  for (let day = 0; day < maxCycleDays; day++) if ((mask >>> day) & 1) days.push(day);
  return days;
}

/** Number of days in a mask. */
export function countDays(mask: number): number {
  let value = mask >>> 0;
  let count = 0;
  while (value !== 0) {
    value &= value - 1;
    count++;
  }
  return count;
}

/**
 * All evenly spread combinations of `frequency` visits over a cycle of
 * `cycleDays` days. Visit k of a combination starting on day s falls on
 * s + round(k · cycleDays / frequency), wrapped around the cycle because the
 * plan repeats: twice a week over two 6-day weeks gives {d, d+3, d+6, d+9},
 * weekly gives {d, d+6}, once per cycle gives any single day and a frequency
 * equal to the cycle length gives every day.
 */
export function evenlySpreadPatterns(frequency: number, cycleDays: number): number[] {
  const patterns = new Set<number>();
  for (let start = 0; start < cycleDays; start++) {
    let mask = 0;
    for (let visit = 0; visit < frequency; visit++) {
      const day = (start + Math.round((visit * cycleDays) / frequency)) % cycleDays;
      mask |= 1 << day;
    }
    if (countDays(mask) === frequency) patterns.add(mask >>> 0);
  }
  return [...patterns].sort((first, second) => lowestDay(first) - lowestDay(second) || first - second);
}

function lowestDay(mask: number): number {
  for (let day = 0; day < maxCycleDays; day++) if ((mask >>> day) & 1) return day;
  return maxCycleDays;
}
