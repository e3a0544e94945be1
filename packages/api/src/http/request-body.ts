import type { IncomingMessage } from "node:http";

/** A request body larger than allowed. */
export class BodyTooLargeError extends Error {
  constructor(limitBytes: number) {
    super(`request body must be at most ${limitBytes} bytes`);
    this.name = "BodyTooLargeError";
  }
}

/** Reads the whole request body as UTF-8, refusing more than `limitBytes`. */
export async function readBody(request: IncomingMessage, limitBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limitBytes) throw new BodyTooLargeError(limitBytes);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}
