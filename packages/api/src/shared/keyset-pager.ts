import type { EntityManager } from "@mikro-orm/postgresql";
import { decodeCursor, encodeCursor, type Edge, type PageInfo } from "./connection.ts";
import { DomainError } from "./domain-error.ts";
import { checkPageSize } from "./limits.ts";
import { OrderDirection } from "./order-direction.ts";
import { executePrepared, type SqlWhere } from "./sql.ts";

/** One sort key of a keyset ordering. */
export interface SortKey {
  /** SQL expression sorted by. */
  sql: string;
  /** PostgreSQL type the cursor's text value is cast back to, e.g. "numeric". */
  cast: string;
  /** SQL giving the key's value as text for the cursor (default: `(sql)::text`). */
  text?: string;
}

/** A keyset ordering: sort keys, then the unique id as the tie-breaker, all in one direction. */
export interface KeysetOrdering {
  /** Name stored in the cursor; a cursor only continues the ordering it was made for. */
  name: string;
  keys: readonly SortKey[];
  /** SQL of the row's unique uuid, e.g. "c.id". */
  id: string;
  direction: OrderDirection;
}

/** What one page is read from. */
export interface KeysetQuery<Node> {
  /** FROM clause with aliases, e.g. "customer c join territory t on t.id = c.territory_id". */
  from: string;
  /** Columns that {@link map} turns into a node, e.g. "c.*". */
  columns: string;
  /** Filter and scope conditions; the pager adds the cursor condition and the limit. */
  where: SqlWhere;
  ordering: KeysetOrdering;
  /** Turns the selected columns of one row into the node. */
  map: (columns: Record<string, unknown>) => Node;
}

/** One page of a keyset-paginated list. */
export interface KeysetPage<Node> {
  edges: { cursor: string; node: Node }[];
  pageInfo: PageInfo;
  /** Counts every row matching the filter (not only this page); runs only when asked. */
  countTotal: () => Promise<number>;
}

function cursorValue(values: readonly (string | null)[]): string | null {
  return values.length === 1 ? (values[0] ?? null) : JSON.stringify(values);
}

function keyValues(cursor: string, value: string | null, count: number): (string | null)[] {
  if (count === 1) return [value];
  let parsed: unknown;
  try {
    parsed = JSON.parse(value ?? "");
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== count || !parsed.every((item) => typeof item === "string" || item === null)) {
    throw new DomainError("VALIDATION", `after must be a cursor returned by this connection, got "${cursor}"`, ["after"]);
  }
  return parsed as (string | null)[];
}

/**
 * Reads one page with keyset pagination (never OFFSET): the cursor holds the sort values and
 * id of the last item, and the next page starts strictly after it. `first` is checked against
 * the shared page-size bounds.
 */
export async function readKeysetPage<Node>(em: EntityManager, args: { first: number; after?: string | null }, query: KeysetQuery<Node>): Promise<KeysetPage<Node>> {
  const first = checkPageSize(args.first);
  const { ordering, where } = query;
  const countSql = where.toSql();
  const countParams = [...where.params];
  const sortSql = [...ordering.keys.map((key) => key.sql), ordering.id];
  const sqlDirection = ordering.direction === OrderDirection.ASC ? "asc" : "desc";
  if (args.after) {
    const position = decodeCursor(args.after, ordering.name);
    const values = keyValues(args.after, position.value, ordering.keys.length);
    const bound = [...ordering.keys.map((key, index) => `${where.param(values[index])}::${key.cast}`), `${where.param(position.id)}::uuid`];
    where.conditions.push(`(${sortSql.join(", ")}) ${ordering.direction === OrderDirection.ASC ? ">" : "<"} (${bound.join(", ")})`);
  }
  const sortColumns = ordering.keys.map((key, index) => `${key.text ?? `(${key.sql})::text`} as keyset_sort_${index}`);
  const rows = await executePrepared<Record<string, unknown>>(
    em,
    `select ${query.columns}, ${[...sortColumns, `${ordering.id}::text as keyset_id`].join(", ")} from ${query.from}
     where ${where.toSql()}
     order by ${sortSql.map((sql) => `${sql} ${sqlDirection}`).join(", ")}
     limit ${where.param(first + 1)}`,
    where.params,
  );
  const sortNames = ordering.keys.map((_, index) => `keyset_sort_${index}`);
  const technical = new Set([...sortNames, "keyset_id"]);
  const edges = rows.slice(0, first).map((row): Edge<Node> => {
    const columns: Record<string, unknown> = {};
    for (const name in row) if (!technical.has(name)) columns[name] = row[name];
    // The cursor is encoded only when it is read (most queries ask for a few cursors, if any).
    const cursor = () => encodeCursor({ ordering: ordering.name, value: cursorValue(sortNames.map((name) => row[name] as string | null)), id: row.keyset_id as string });
    return {
      node: query.map(columns),
      get cursor() {
        return cursor();
      },
    };
  });
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    countTotal: async () => {
      const [row] = await executePrepared<{ total: string }>(em, `select count(*)::text as total from ${query.from} where ${countSql}`, countParams);
      return Number(row?.total ?? 0);
    },
  };
}
