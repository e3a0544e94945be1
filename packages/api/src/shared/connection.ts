import { Field, ObjectType } from "type-graphql";
import { DomainError } from "./domain-error.ts";

/** Relay page information. */
@ObjectType("PageInfo", { description: "Where a page sits in a connection (Relay cursor pagination)." })
export class PageInfo {
  @Field(() => Boolean, { description: "True when more items follow this page." })
  hasNextPage: boolean;

  @Field(() => Boolean, { description: "True when this page was requested with `after` (items precede it)." })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first item of the page." })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last item; pass it as `after` for the next page." })
  endCursor: string | null;
}

/** The position of an item in a keyset ordering: the ordering it belongs to, the sort value and the id. */
export interface KeysetPosition {
  ordering: string;
  value: string | null;
  id: string;
}

/** Encodes a keyset position as an opaque cursor. */
export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([position.ordering, position.value, position.id]), "utf8").toString("base64url");
}

/**
 * Decodes a cursor made by {@link encodeCursor} for the same ordering.
 * @throws DomainError VALIDATION when the cursor is not ours or belongs to another ordering.
 */
export function decodeCursor(cursor: string, ordering: string): KeysetPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || typeof parsed[2] !== "string" || !(typeof parsed[1] === "string" || parsed[1] === null)) {
    throw new DomainError("VALIDATION", `after must be a cursor returned by this connection, got "${cursor}"`, ["after"]);
  }
  if (parsed[0] !== ordering) {
    throw new DomainError("VALIDATION", `after is a cursor for ordering ${String(parsed[0])}, but this request orders by ${ordering}`, ["after"]);
  }
  return { ordering, value: parsed[1] as string | null, id: parsed[2] };
}
