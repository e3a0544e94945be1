import type { EntityManager } from "@mikro-orm/postgresql";
import { CompiledQuery, type Kysely } from "kysely";

/**
 * Runs SQL with real bind parameters ($1, $2 …) on the EntityManager's connection, inside
 * its current transaction when there is one. MikroORM's own `execute()` inlines parameters
 * as literals and expands arrays, which breaks `$1::uuid[]` and bloats bulk statements.
 * The statement is reported to the ORM's `onQuery` hook like every other query.
 */
export async function executeSql<Row>(em: EntityManager, text: string, params: readonly unknown[] = []): Promise<Row[]> {
  em.config.get("onQuery")(text, params);
  const executor = (em.getTransactionContext<Kysely<unknown>>() ?? em.getConnection().getClient()) as Kysely<unknown>;
  const result = await executor.executeQuery<Row>(CompiledQuery.raw(text, [...params]));
  return result.rows;
}
