/**
 * A start-up failure with a one-line, user-facing reason (bad setting, busy port,
 * unreachable database, failed migration). The server prints the message and exits
 * non-zero without a stack trace.
 */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StartupError";
  }
}
