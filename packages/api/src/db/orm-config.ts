import "reflect-metadata";
import { ReflectMetadataProvider } from "@mikro-orm/decorators/legacy";
import { Migrator } from "@mikro-orm/migrations";
import { defineConfig } from "@mikro-orm/postgresql";
import { CompiledQuery, type DatabaseConnection } from "kysely";
import { fileURLToPath } from "node:url";
import { createSubscribers, entities } from "../app/entities.ts";
import { migrations } from "./migrations/index.ts";
import type { Clock } from "../clock.ts";

/** Options for {@link createOrmConfig}. */
export interface OrmConfigOptions {
  /** PostgreSQL connection URL. */
  clientUrl: string;
  /** Sees every SQL statement; tests count statements with it. */
  onQuery?: (sql: string) => void;
  /** Upper bound of pooled connections (default 10). */
  poolSize?: number;
  /** Receives MikroORM's own messages such as applied migrations (default: dropped). */
  log?: (message: string) => void;
  /** The server clock that entity timestamps, audit entries and set-based writes read (default: the machine's). */
  now?: Clock;
  /** PostgreSQL's statement_timeout on every pooled connection, in ms (default: none). */
  statementTimeoutMs?: number;
}

/**
 * MikroORM configuration shared by the server, migrations, tests and scripts.
 * The schema is only ever changed by the committed migrations in `./migrations`.
 */
export function createOrmConfig(options: OrmConfigOptions): ReturnType<typeof defineConfig> {
  return defineConfig({
    clientUrl: options.clientUrl,
    entities,
    // The features' flush hooks, e.g. the audit trail's, which writes in the same transaction.
    subscribers: createSubscribers(),
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    pool: { min: 0, max: options.poolSize ?? 10 },
    ...(options.statementTimeoutMs
      ? { onCreateConnection: async (connection: unknown) => void (await (connection as DatabaseConnection).executeQuery(CompiledQuery.raw(`set statement_timeout = ${Math.trunc(options.statementTimeoutMs!)}`))) }
      : {}),
    migrations: {
      migrationsList: migrations,
      path: fileURLToPath(new URL("./migrations", import.meta.url)),
      tableName: "mikro_orm_migrations",
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: "ts",
    },
    onQuery: (sql) => {
      options.onQuery?.(sql);
      return sql;
    },
    logger: options.log ?? (() => undefined),
    allowGlobalContext: false,
    forceUtcTimezone: true,
    ensureDatabase: false,
  });
}
