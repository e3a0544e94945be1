import { createHash } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import { CompiledQuery, type Kysely } from "kysely";

/**
 * Runs SQL with real bind parameters ($1, $2 …) on the EntityManager's connection, inside
 * its current transaction when there is one. MikroORM's own `execute()` inlines parameters
 * as literals and expands arrays, which breaks `$1::uuid[]` and bloats bulk statements.
 * The statement is reported to the ORM's `onQuery` hook like every other query.
 */
export async function executeSql<Row>(em: EntityManager, text: string, params: readonly unknown[] = []): Promise<Row[]> {
  return run<Row>(em, text, text, params);
}

/**
 * At most this many distinct statements are prepared per process (and so per pooled
 * connection); statements beyond it run unnamed. Keeps PostgreSQL's per-connection plan cache
 * bounded when select lists and filters vary.
 */
export const maxPreparedStatements = 256;
const statementNames = new Map<string, string>();

/** The prepared statement's name for `text` (a hash of the SQL text, never of its parameters), or undefined past the bound. */
export function preparedStatementName(text: string): string | undefined {
  let name = statementNames.get(text);
  if (name === undefined && statementNames.size < maxPreparedStatements) {
    name = `bp_${createHash("sha256").update(text).digest("hex").slice(0, 24)}`;
    statementNames.set(text, name);
  }
  return name;
}

/**
 * Like {@link executeSql}, as a named prepared statement: PostgreSQL parses and plans it once
 * per connection and then only binds and executes it. For hot reads whose SQL text is fixed
 * (the values always bound, never written into the text).
 */
export async function executePrepared<Row>(em: EntityManager, text: string, params: readonly unknown[] = []): Promise<Row[]> {
  const name = preparedStatementName(text);
  // Kysely's pg dialect hands `sql` to pg's `client.query(config, values)` as it is, and pg
  // takes a `{ name, text }` query config there: a named statement on the same connection
  // (and transaction) the ORM uses.
  return run<Row>(em, text, name ? ({ name, text } as unknown as string) : text, params);
}

async function run<Row>(em: EntityManager, text: string, statement: string, params: readonly unknown[]): Promise<Row[]> {
  em.config.get("onQuery")(text, params);
  const executor = (em.getTransactionContext<Kysely<unknown>>() ?? em.getConnection().getClient()) as Kysely<unknown>;
  const result = await executor.executeQuery<Row>(CompiledQuery.raw(statement, [...params]));
  return result.rows;
}

/** Collects SQL conditions and their bind parameters ($1, $2 …). */
export class SqlWhere {
  readonly conditions: string[] = [];
  readonly params: unknown[] = [];

  /** Binds `value` and answers its placeholder, e.g. `$3`. */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  /** The number the next placeholder gets, for conditions built elsewhere (e.g. `Scope.customerCondition`). */
  get nextParam(): number {
    return this.params.length + 1;
  }

  /** Adds a condition built with placeholders from {@link nextParam} on, with its parameters. */
  add(condition: { sql: string; params: readonly unknown[] }): void {
    this.conditions.push(condition.sql);
    this.params.push(...condition.params);
  }

  /** The conditions ANDed together ("true" when there are none). */
  toSql(): string {
    return this.conditions.length ? this.conditions.join(" and ") : "true";
  }
}

/** Escapes `%`, `_` and `\` so that text matches itself in LIKE / ILIKE patterns. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
