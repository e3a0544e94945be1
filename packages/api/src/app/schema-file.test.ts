import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { schemaFile } from "./emit-schema.ts";
import { renderSchemaSdl } from "./schema.ts";

describe("committed schema.graphql", () => {
  it("matches the schema emitted from the code (run `pnpm --filter @beatplan/api schema` after an API change)", async () => {
    const committed = await readFile(schemaFile, "utf8");
    expect(committed).toBe(await renderSchemaSdl());
  });

  it("describes every type and field", async () => {
    const { buildSchema, isObjectType, isInputObjectType, isInterfaceType } = await import("graphql");
    const schema = buildSchema(await readFile(schemaFile, "utf8"));
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || ["String", "Int", "Float", "Boolean", "ID"].includes(type.name)) continue;
      if (!type.description && !["Query", "Mutation", "Subscription"].includes(type.name)) undocumented.push(type.name);
      if (isObjectType(type) || isInputObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) if (!field.description) undocumented.push(`${type.name}.${field.name}`);
      }
    }
    expect(undocumented).toEqual([]);
  });
});
