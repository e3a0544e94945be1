import { describe, expect, it } from "vitest";
import { divideScaled, formatScaledDecimal, parseScaledDecimal, scaledRatio } from "./decimal.ts";

describe("scaled decimals", () => {
  it("reads a PostgreSQL numeric string exactly", () => {
    expect(parseScaledDecimal("1234.50", "volume")).toBe(1_234_500_000n);
  });

  it("reads a number through its shortest decimal so that 0.1 + 0.2 is 0.3", () => {
    expect(parseScaledDecimal(0.1 + 0.2, "volume")).toBe(300_000n);
  });

  it("rounds a seventh decimal half away from zero", () => {
    expect([parseScaledDecimal("0.0000005", "v"), parseScaledDecimal("-0.0000005", "v"), parseScaledDecimal("0.0000004", "v")]).toEqual([
      1n,
      -1n,
      0n,
    ]);
  });

  it("accepts a leading sign and a missing integer part", () => {
    expect([parseScaledDecimal("+3", "v"), parseScaledDecimal("-.5", "v")]).toEqual([3_000_000n, -500_000n]);
  });

  it("rejects exponent notation, which PostgreSQL numeric never prints", () => {
    expect(() => parseScaledDecimal("1e3", "volume of customer C-1")).toThrow(
      'volume of customer C-1 must be a decimal like "1234.50", got "1e3"',
    );
  });

  it("rejects a non-finite number", () => {
    expect(() => parseScaledDecimal(Number.NaN, "volume")).toThrow("volume must be a finite number below 1e21 or a decimal string, got NaN");
  });

  it("rejects a value that is neither string nor number", () => {
    expect(() => parseScaledDecimal(null as unknown as string, "volume")).toThrow("volume must be a decimal string or a number, got null");
  });

  it("formats without trailing zeros", () => {
    expect([formatScaledDecimal(1_234_500_000n), formatScaledDecimal(0n), formatScaledDecimal(-3_000_000n)]).toEqual(["1234.5", "0", "-3"]);
  });

  it("divides with rounding half away from zero", () => {
    expect([divideScaled(5n, 2), divideScaled(-5n, 2), divideScaled(4n, 3)]).toEqual([3n, -3n, 1n]);
  });

  it("gives a ratio of 0 for a zero denominator", () => {
    expect(scaledRatio(5n, 0n)).toBe(0);
  });
});
