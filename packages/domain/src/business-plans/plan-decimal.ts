/**
 * Exact decimals for plan figures. Amounts and volumes arrive as strings (PostgreSQL
 * numeric, GraphQL Decimal) and are compared and summed as bigint units of 10^-6, so a
 * store breakdown that adds up on paper also adds up here.
 */

const PLAN_DECIMAL_SCALE = 6;
const UNIT = 10n ** BigInt(PLAN_DECIMAL_SCALE);
const PATTERN = /^(-)?(\d+)(?:\.(\d+))?$/;

/** A decimal that parsed, or why it did not. */
export type ParsedDecimal =
  | { readonly ok: true; readonly units: bigint }
  | { readonly ok: false; readonly message: string; readonly reason: "INVALID_DECIMAL" | "NEGATIVE_DECIMAL" | "TOO_MANY_DECIMALS"; readonly params: Readonly<Record<string, string>> };

/**
 * Parses a non-negative decimal with at most `maxFractionDigits` fraction digits.
 * `subject` names the value in the message, e.g. "storeTargets[2].volume".
 */
export function parsePlanDecimal(text: string, maxFractionDigits: number, subject: string): ParsedDecimal {
  const match = PATTERN.exec(text.trim());
  if (!match) return { ok: false, message: `${subject} must be a decimal like "1234.50", got ${JSON.stringify(text)}`, reason: "INVALID_DECIMAL", params: { value: text } };
  const fraction = match[3] ?? "";
  if (match[1] === "-" && /[1-9]/.test(`${match[2] ?? ""}${fraction}`)) {
    return { ok: false, message: `${subject} must not be negative, got ${text.trim()}`, reason: "NEGATIVE_DECIMAL", params: { value: text.trim() } };
  }
  if (fraction.length > maxFractionDigits) {
    return { ok: false, message: `${subject} may have at most ${maxFractionDigits} decimals, got ${text.trim()}`, reason: "TOO_MANY_DECIMALS", params: { value: text.trim(), decimals: String(maxFractionDigits) } };
  }
  return { ok: true, units: BigInt(match[2] ?? "0") * UNIT + BigInt(fraction.padEnd(PLAN_DECIMAL_SCALE, "0")) };
}

/** Parses a decimal that is known to be valid (e.g. read back from storage); throws when it is not. */
export function planDecimalUnits(text: string, subject = "value"): bigint {
  const parsed = parsePlanDecimal(text, PLAN_DECIMAL_SCALE, subject);
  if (!parsed.ok) throw new RangeError(parsed.message);
  return parsed.units;
}

/** Formats units of 10^-6 with exactly `fractionDigits` decimals (truncating further digits), e.g. "1234.50". */
export function formatPlanDecimal(units: bigint, fractionDigits: number): string {
  const negative = units < 0n;
  const magnitude = negative ? -units : units;
  const integer = (magnitude / UNIT).toString();
  const fraction = (magnitude % UNIT).toString().padStart(PLAN_DECIMAL_SCALE, "0").slice(0, fractionDigits);
  const body = fractionDigits > 0 ? `${integer}.${fraction}` : integer;
  return negative ? `-${body}` : body;
}

/** True when two decimal strings denote the same number ("10" and "10.00"). */
export function sameDecimal(a: string, b: string): boolean {
  return planDecimalUnits(a) === planDecimalUnits(b);
}

/** Ratio of two unit counts as a float, for display; null when the denominator is zero. */
export function unitsRatio(numerator: bigint, denominator: bigint): number | null {
  if (denominator === 0n) return null;
  return Number(numerator) / Number(denominator);
}
