/**
 * A small seeded pseudo-random generator. The scheduling core never calls
 * Math.random: callers pass one of these so that every solve is reproducible.
 */
export interface RandomGenerator {
  /** A uniformly distributed unsigned 32-bit integer. */
  nextUint32(): number;
  /** A uniformly distributed integer in [0, bound). */
  nextInt(bound: number): number;
  /** A uniformly distributed number in [0, 1). */
  nextFloat(): number;
}

/**
 * Creates a xoshiro128** generator (Blackman & Vigna 2018) seeded through
 * splitmix32, so that nearby seeds still give unrelated streams.
 */
export function createRandom(seed: number): RandomGenerator {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  let mix = seed >>> 0;
  const splitmix = (): number => {
    mix = (mix + 0x9e3779b9) >>> 0;
    let z = mix;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let s0 = splitmix();
  let s1 = splitmix();
  let s2 = splitmix();
  let s3 = splitmix();
  // xoshiro must not start from the all-zero state.
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1;

  const nextUint32 = (): number => {
    const result = Math.imul(rotateLeft(Math.imul(s1, 5) >>> 0, 7), 9) >>> 0;
    const shifted = (s1 << 9) >>> 0;
    s2 = (s2 ^ s0) >>> 0;
    s3 = (s3 ^ s1) >>> 0;
    s1 = (s1 ^ s2) >>> 0;
    s0 = (s0 ^ s3) >>> 0;
    s2 = (s2 ^ shifted) >>> 0;
    s3 = rotateLeft(s3, 11);
    return result;
  };
  return {
    nextUint32,
    nextInt: (bound: number): number => {
      if (bound <= 1) return 0;
      return Math.floor((nextUint32() / 4294967296) * bound);
    },
    nextFloat: (): number => nextUint32() / 4294967296,
  };
}

function rotateLeft(value: number, bits: number): number {
  return ((value << bits) | (value >>> (32 - bits))) >>> 0;
}

/** Fisher–Yates shuffle of the first `length` entries of an array, in place. */
export function shuffleInPlace(values: { [index: number]: number; length: number }, random: RandomGenerator, length = values.length): void {
  for (let index = length - 1; index > 0; index--) {
    const other = random.nextInt(index + 1);
    const swap = values[index] as number;
    values[index] = values[other] as number;
    values[other] = swap;
  }
}
