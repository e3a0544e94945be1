import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/test-database.ts";
import { connectDatabase, type Orm } from "../db/database.ts";
import { executePrepared, executeSql, preparedStatementName } from "./sql.ts";

describe("executePrepared", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let orm: Orm;

  beforeAll(async () => {
    database = await createTestDatabase();
    orm = await connectDatabase({ clientUrl: database.url, poolSize: 2 });
  });

  afterAll(async () => {
    await orm?.close();
    await database?.drop();
  });

  it("runs a named statement with bound parameters, named from the SQL text only", async () => {
    const text = "select $1::int + $2::int as sum, $3::uuid[] as ids";
    const ids = ["00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002"];
    const em = orm.em.fork();
    const { first, second, prepared } = await em.transactional(async (tx) => {
      const first = await executePrepared<{ sum: number; ids: string[] }>(tx, text, [1, 2, ids]);
      const second = await executePrepared<{ sum: number; ids: string[] }>(tx, text, [40, 2, ids.slice(1)]);
      // The same transaction holds one connection: its prepared statements are visible here.
      const prepared = await executeSql<{ name: string; statement: string }>(tx, "select name, statement from pg_prepared_statements");
      return { first, second, prepared };
    });
    expect(first).toEqual([{ sum: 3, ids }]);
    expect(second).toEqual([{ sum: 42, ids: ids.slice(1) }]);
    const name = preparedStatementName(text);
    expect(name).toMatch(/^bp_[0-9a-f]{24}$/);
    expect(prepared).toEqual([{ name, statement: text }]);
  });

  it("gives different SQL texts different names and the same text the same name", () => {
    expect(preparedStatementName("select 1")).toBe(preparedStatementName("select 1"));
    expect(preparedStatementName("select 1")).not.toBe(preparedStatementName("select 2"));
  });
});
