import { DomainError } from "../shared/domain-error.ts";

/** Collects input problems so that all of them are reported at once. */
export class InputProblems {
  readonly errors: DomainError[] = [];

  add(field: string, message: string, code: DomainError["code"] = "VALIDATION"): void {
    this.errors.push(new DomainError(code, message, [field]));
  }

  /** Trims a required text and checks its length; returns the trimmed text. */
  requiredText(field: string, value: string, maxLength: number): string {
    const trimmed = value.trim();
    if (trimmed.length === 0 || trimmed.length > maxLength) this.add(field, `${field} must be 1..${maxLength} characters, got ${trimmed.length}`);
    return trimmed;
  }

  /** Trims an optional text (empty becomes null) and checks its length. */
  optionalText(field: string, value: string | null | undefined, maxLength: number): string | null {
    if (value == null) return null;
    const trimmed = value.trim();
    if (trimmed.length > maxLength) this.add(field, `${field} must be at most ${maxLength} characters, got ${trimmed.length}`);
    return trimmed === "" ? null : trimmed;
  }

  /** Checks an optional number lies in min..max. */
  optionalRange(field: string, value: number | null | undefined, min: number, max: number): number | null {
    if (value == null) return null;
    if (!Number.isFinite(value) || value < min || value > max) this.add(field, `${field} must be ${min}..${max}, got ${value}`);
    return value;
  }
}
