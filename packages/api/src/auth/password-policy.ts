import { DomainError } from "../shared/domain-error.ts";

/** Shortest password accepted. */
export const minimumPasswordLength = 12;

// Frequent choices that pass the length rule; compared lower-cased, also with spaces removed.
const commonPasswords = new Set([
  "123456789012", "1234567890123", "12345678901234", "123456123456", "123123123123", "111111111111", "000000000000",
  "password1234", "password12345", "password123!", "passwordpassword", "p@ssw0rd1234", "qwertyuiopas", "qwerty123456",
  "qwertyqwerty", "1q2w3e4r5t6y", "1qaz2wsx3edc", "asdfghjklqwe", "zxcvbnm12345", "iloveyou1234", "letmein12345",
  "welcome12345", "welcome123456", "changeme1234", "administrator", "admin1234567", "adminadmin12", "abcdefghijkl",
  "abc123abc123", "abcd12345678", "sunshine1234", "football1234", "baseball1234", "princess1234", "dragon123456",
  "monkey123456", "trustno1trustno1", "master123456", "superman1234", "starwars1234", "computer1234", "whatever1234",
  "beatplan1234", "beatplan-demo", "beatplandemo", "beatplan2026", "correcthorsebatterystaple",
]);

/**
 * Checks a new password: at least {@link minimumPasswordLength} characters, not the e-mail
 * address (nor its name part), and not one of a short list of common passwords.
 * @returns the problem as a VALIDATION DomainError on `field`, or undefined when acceptable.
 */
export function passwordProblem(password: string, email: string, field = "password"): DomainError | undefined {
  if (password.length < minimumPasswordLength) {
    return new DomainError("VALIDATION", `the password must be at least ${minimumPasswordLength} characters long, got ${password.length}`, [field]);
  }
  const lowered = password.trim().toLowerCase();
  const address = email.trim().toLowerCase();
  const localPart = address.split("@")[0] ?? "";
  if (lowered === address || (localPart.length > 0 && lowered === localPart)) {
    return new DomainError("VALIDATION", "the password must not be the e-mail address", [field]);
  }
  if (commonPasswords.has(lowered) || commonPasswords.has(lowered.replace(/\s+/g, ""))) {
    return new DomainError("VALIDATION", "the password is one of the most common passwords; choose another", [field]);
  }
  return undefined;
}
