import { DomainError } from "./domain-error.ts";

/**
 * GraphQL types that have global IDs, by name. Declared empty because the kernel knows no
 * feature: each feature adds its types in its index.ts with
 * `declare module "../shared/global-id.ts" { interface NodeTypes { Customer: Customer } }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface NodeTypes {}

/** GraphQL type names that have global IDs (`node(id:)` can fetch those whose feature says how). */
export type NodeTypeName = keyof NodeTypes & string;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Encodes an opaque global ID: base64 of `<Type>:<uuid>`. */
export function toGlobalId(type: NodeTypeName, uuid: string): string {
  return Buffer.from(`${type}:${uuid}`, "utf8").toString("base64");
}

/** Decodes any global ID; returns undefined when it is not one of ours. */
export function parseGlobalId(globalId: string): { type: string; uuid: string } | undefined {
  const decoded = Buffer.from(globalId, "base64").toString("utf8");
  const separator = decoded.indexOf(":");
  if (separator <= 0) return undefined;
  const uuid = decoded.slice(separator + 1);
  if (!uuidPattern.test(uuid)) return undefined;
  return { type: decoded.slice(0, separator), uuid: uuid.toLowerCase() };
}

/**
 * Decodes a global ID that must name the given type, e.g. a `territoryId` argument.
 * @throws DomainError BAD_USER_INPUT (code VALIDATION for userErrors) naming the argument and the value received.
 */
export function fromGlobalId(type: NodeTypeName, globalId: string, argument: string): string {
  const parsed = parseGlobalId(globalId);
  if (!parsed || parsed.type !== type) {
    throw new DomainError("VALIDATION", `${argument} must be a ${type} ID, got "${globalId}"`, [argument]);
  }
  return parsed.uuid;
}
