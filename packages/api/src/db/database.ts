import { MikroORM } from "@mikro-orm/postgresql";
import { StartupError } from "../startup-error.ts";
import { createOrmConfig, type OrmConfigOptions } from "./orm-config.ts";
import { useDatabaseClock } from "../shared/entity-clock.ts";

/** Connects MikroORM (with the server clock, when given) and fails with a one-line reason when the database cannot be reached. */
export async function connectDatabase(options: OrmConfigOptions) {
  const orm = await MikroORM.init(createOrmConfig(options));
  if (options.now) useDatabaseClock(orm, options.now);
  // init() does not open a connection; connect() does, and checkConnection() reports why it failed.
  await orm.connect().catch(() => undefined);
  const check = await orm.checkConnection();
  if (!check.ok) {
    await orm.close(true);
    throw new StartupError(`cannot connect to PostgreSQL at ${redactUrl(options.clientUrl)}: ${firstLine(check.reason)}`);
  }
  return orm;
}

/** The connected ORM as configured by {@link createOrmConfig}. */
export type Orm = Awaited<ReturnType<typeof connectDatabase>>;

/** Applies every pending committed migration in one transaction; returns the names applied. */
export async function applyMigrations(orm: Orm | MikroORM): Promise<string[]> {
  try {
    const applied = await orm.migrator.up();
    return applied.map((migration) => migration.name);
  } catch (error) {
    throw new StartupError(`database migration failed: ${firstLine(error instanceof Error ? error.message : String(error))}`);
  }
}

/** Hides the password of a connection URL in messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable URL)";
  }
}

function firstLine(text: string): string {
  return text.split("\n").map((line) => line.trim()).find(Boolean) ?? "unknown error";
}
