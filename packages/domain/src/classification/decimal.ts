import { ClassificationValidationError, type VolumeInput } from "./types.ts";

/**
 * Volumes are held as integers of millionths (scale 6) so that sums and
 * boundary comparisons are exact: adding 0.1 a million times in floating point
 * would drift across a 40% boundary, adding bigints does not. PostgreSQL
 * numeric values arrive with 2 decimals, averages need a few more.
 */
export const VOLUME_SCALE = 6;

const SCALE_FACTOR = 10n ** BigInt(VOLUME_SCALE);
const DECIMAL_PATTERN = /^([+-])?(\d+)(?:\.(\d*))?$|^([+-])?\.(\d+)$/;
// Number.prototype.toFixed switches to exponent notation from 1e21 on.
const LARGEST_EXACT_NUMBER_INPUT = 1e21;

/**
 * Parses a decimal string or finite number into scaled millionths.
 * More than 6 fraction digits are rounded half away from zero.
 * `subject` names the value in the error message (e.g. "volume of customer C-17").
 */
export function parseScaledDecimal(value: VolumeInput, subject: string): bigint {
  if (typeof value === "number") {
    if (!Number.isFinite(value) || Math.abs(value) >= LARGEST_EXACT_NUMBER_INPUT) {
      throw new ClassificationValidationError(
        "INVALID_VOLUME",
        `${subject} must be a finite number below 1e21 or a decimal string, got ${String(value)}`,
      );
    }
    // toFixed rounds the binary value to the nearest decimal, so 0.1 + 0.2 reads as 0.3.
    return parseDecimalString(value.toFixed(VOLUME_SCALE), subject);
  }
  if (typeof value !== "string") {
    throw new ClassificationValidationError(
      "INVALID_VOLUME",
      `${subject} must be a decimal string or a number, got ${describe(value)}`,
    );
  }
  return parseDecimalString(value.trim(), subject);
}

function parseDecimalString(text: string, subject: string): bigint {
  const match = DECIMAL_PATTERN.exec(text);
  if (match === null) {
    throw new ClassificationValidationError(
      "INVALID_VOLUME",
      `${subject} must be a decimal like "1234.50", got ${JSON.stringify(text)}`,
    );
  }
  const sign = (match[1] ?? match[4]) === "-" ? -1n : 1n;
  const integerDigits = match[2] ?? "0";
  const fractionDigits = match[3] ?? match[5] ?? "";
  const kept = fractionDigits.slice(0, VOLUME_SCALE).padEnd(VOLUME_SCALE, "0");
  let magnitude = BigInt(integerDigits) * SCALE_FACTOR + BigInt(kept);
  const firstDropped = fractionDigits.charAt(VOLUME_SCALE);
  if (firstDropped !== "" && firstDropped >= "5") magnitude += 1n;
  return sign * magnitude;
}

/** Formats scaled millionths as a plain decimal string without trailing zeros ("1234.5", "0", "-3"). */
export function formatScaledDecimal(value: bigint): string {
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  const integerPart = magnitude / SCALE_FACTOR;
  const fractionPart = (magnitude % SCALE_FACTOR).toString().padStart(VOLUME_SCALE, "0").replace(/0+$/, "");
  const body = fractionPart === "" ? integerPart.toString() : `${integerPart.toString()}.${fractionPart}`;
  return negative ? `-${body}` : body;
}

/** Divides scaled millionths by a positive integer count, rounding half away from zero. */
export function divideScaled(value: bigint, divisor: number): bigint {
  if (!Number.isInteger(divisor) || divisor <= 0) {
    throw new RangeError(`divisor must be a positive integer, got ${String(divisor)}`);
  }
  const big = BigInt(divisor);
  const magnitude = value < 0n ? -value : value;
  const rounded = (magnitude * 2n + big) / (big * 2n);
  return value < 0n ? -rounded : rounded;
}

/** Ratio of two scaled values as a float, for display; 0 when the denominator is 0. */
export function scaledRatio(numerator: bigint, denominator: bigint): number {
  if (denominator === 0n) return 0;
  // Both conversions round to 53 bits; the quotient is off by at most a few ulps, fine for display.
  return Number(numerator) / Number(denominator);
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  return `${typeof value} ${JSON.stringify(value) ?? String(value)}`;
}
