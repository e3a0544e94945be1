/**
 * Writes packages/api/schema.graphql from the code. The file is committed: a diff in it is an
 * API change, and a test fails when it is stale. Run: pnpm --filter @beatplan/api schema
 */
import "reflect-metadata";
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { renderSchemaSdl } from "./schema.ts";

/** Location of the committed schema file. */
export const schemaFile = fileURLToPath(new URL("../../schema.graphql", import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeFile(schemaFile, await renderSchemaSdl());
  console.log(`wrote ${schemaFile}`);
}
