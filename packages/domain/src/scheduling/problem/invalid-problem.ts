/** Thrown when the input breaks a contract; the message names the field and the value. */
export class InvalidProblemError extends Error {
  override readonly name = "InvalidProblemError";
}

export function fail(message: string): never {
  throw new InvalidProblemError(message);
}
