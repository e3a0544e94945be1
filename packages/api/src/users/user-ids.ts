import { parseGlobalId } from "../shared/global-id.ts";

/** The uuid of a global User ID, or undefined when it is not one (the service then reports it). */
export function userUuidOf(globalId: string): string | undefined {
  const parsed = parseGlobalId(globalId);
  return parsed?.type === "User" ? parsed.uuid : undefined;
}
