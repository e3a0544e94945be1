import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { connectDatabase, type Orm } from "../src/db/database.ts";
import { templateDatabase, withDatabase } from "./global-setup.ts";

/** A fresh, migrated database for one test file (cloned from the template), so files run in parallel. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  return createDatabase(`template ${templateDatabase}`);
}

/** A fresh database migrated up to `lastMigration`: for testing what the next migration does to existing rows. */
export interface MigrationTestDatabase {
  /** Its ORM: `orm.migrator.up()` runs the remaining migrations. */
  orm: Orm;
  /** A plain connection for writing rows as they were before the migration under test. */
  client: pg.Client;
  /** Closes both connections and drops the database. */
  close: () => Promise<void>;
}

/** Creates a database with the migrations up to and including `lastMigration`. */
export async function databaseMigratedTo(lastMigration: string): Promise<MigrationTestDatabase> {
  const database = await createDatabase("");
  const orm = await connectDatabase({ clientUrl: database.url, poolSize: 2 });
  await orm.migrator.up({ to: lastMigration });
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  return {
    orm,
    client,
    close: async () => {
      await client.end();
      await orm.close(true);
      await database.drop();
    },
  };
}

async function createDatabase(options: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = inject("postgresAdminUrl");
  const name = `beatplan_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name} ${options}`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(adminUrl, name),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}
