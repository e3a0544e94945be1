/**
 * Developer tool: diffs the entities against the committed migrations on a throwaway
 * embedded cluster and writes the next migration file into ./migrations.
 * Run: node --import @swc-node/register/esm-register src/db/create-migration.ts [name]
 */
import "reflect-metadata";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MikroORM } from "@mikro-orm/postgresql";
import { startEmbeddedPostgres } from "./embedded-postgres.ts";
import { findFreePort } from "./free-port.ts";
import { createOrmConfig } from "./orm-config.ts";

const scratch = await mkdtemp(join(tmpdir(), "beatplan-migration-"));
await chmod(scratch, 0o755);
const postgres = await startEmbeddedPostgres({ clusterDir: join(scratch, "cluster"), port: await findFreePort() });
try {
  const orm = await MikroORM.init(createOrmConfig({ clientUrl: postgres.url }));
  await orm.connect();
  try {
    await orm.migrator.up();
    const result = await orm.migrator.create(undefined, false, false, process.argv[2]);
    console.log(result.fileName ? `wrote ${result.fileName}; add it to migrations/index.ts` : "no schema changes");
  } finally {
    await orm.close();
  }
} finally {
  await postgres.stop();
  await rm(postgres.clusterDir, { recursive: true, force: true });
  await rm(scratch, { recursive: true, force: true });
}
