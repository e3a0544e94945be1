import { Field, Int, ObjectType, type ClassType } from "type-graphql";
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

/** The schema descriptions of one connection's types, so that each reads in its own words. */
export interface ConnectionDescriptions {
  edge: string;
  cursor: string;
  node: string;
  connection: string;
  edges: string;
  pageInfo: string;
  totalCount: string;
}

/** An item of a page and its cursor. */
export interface Edge<Node> {
  cursor: string;
  node: Node;
}

/** One page of a list (what `readKeysetPage` answers), as a GraphQL object. */
export interface Connection<Node> {
  edges: Edge<Node>[];
  pageInfo: PageInfo;
  /** Counts lazily: the COUNT query runs only when `totalCount` is selected. */
  countTotal: () => Promise<number>;
  totalCount(): Promise<number>;
}

/**
 * Declares the Relay types `<name>Edge` and `<name>Connection` for a node type; build the
 * connection with `Object.assign(new Connection(), page)`.
 */
export function connectionTypes<Node extends object>(
  name: string,
  nodeType: () => ClassType<Node>,
  descriptions: ConnectionDescriptions,
): { Edge: ClassType<Edge<Node>>; Connection: ClassType<Connection<Node>> } {
  @ObjectType(`${name}Edge`, { description: descriptions.edge })
  class EdgeType implements Edge<Node> {
    @Field(() => String, { description: descriptions.cursor })
    cursor: string;

    @Field(nodeType, { description: descriptions.node })
    node: Node;
  }

  @ObjectType(`${name}Connection`, { description: descriptions.connection })
  class ConnectionType implements Connection<Node> {
    @Field(() => [EdgeType], { description: descriptions.edges })
    edges: Edge<Node>[];

    @Field(() => PageInfo, { description: descriptions.pageInfo })
    pageInfo: PageInfo;

    countTotal: () => Promise<number>;

    @Field(() => Int, { description: descriptions.totalCount })
    totalCount(): Promise<number> {
      return this.countTotal();
    }
  }

  return { Edge: EdgeType, Connection: ConnectionType };
}
