import type { EntityManager } from "@mikro-orm/postgresql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/test-database.ts";
import { connectDatabase, type Orm } from "../db/database.ts";
import { DomainError } from "./domain-error.ts";
import { readKeysetPage, type KeysetOrdering, type KeysetPage } from "./keyset-pager.ts";
import { OrderDirection } from "./order-direction.ts";
import { executeSql, SqlWhere } from "./sql.ts";

interface Probe {
  id: string;
  grp: string;
  score: number;
}

// Ties in every sort key, and scores whose text order differs from their numeric order (10 < 9 as text).
const probes: Probe[] = [
  { id: "00000000-0000-4000-8000-000000000007", grp: "a", score: 2 },
  { id: "00000000-0000-4000-8000-000000000003", grp: "b", score: 10 },
  { id: "00000000-0000-4000-8000-000000000005", grp: "a", score: 2 },
  { id: "00000000-0000-4000-8000-000000000001", grp: "b", score: 9 },
  { id: "00000000-0000-4000-8000-000000000006", grp: "a", score: 10 },
  { id: "00000000-0000-4000-8000-000000000002", grp: "b", score: 2 },
  { id: "00000000-0000-4000-8000-000000000004", grp: "a", score: 1 },
];

const byScore: KeysetOrdering = { name: "score:ASC", keys: [{ sql: "k.score", cast: "numeric" }], id: "k.id", direction: OrderDirection.ASC };
const byGroupAndScoreDescending: KeysetOrdering = {
  name: "grp,score:DESC",
  keys: [
    { sql: "k.grp", cast: "text" },
    { sql: "k.score", cast: "numeric" },
  ],
  id: "k.id",
  direction: OrderDirection.DESC,
};

function compare(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let index = 0; index < a.length; index++) {
    if (a[index]! < b[index]!) return -1;
    if (a[index]! > b[index]!) return 1;
  }
  return 0;
}

describe("keyset pager", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let orm: Orm;
  let em: EntityManager;

  beforeAll(async () => {
    database = await createTestDatabase();
    orm = await connectDatabase({ clientUrl: database.url, poolSize: 2 });
    em = orm.em.fork() as EntityManager;
    await executeSql(em, "create table keyset_probe (id uuid primary key, grp text not null, score numeric not null)");
    for (const probe of probes) await executeSql(em, "insert into keyset_probe values ($1, $2, $3)", [probe.id, probe.grp, probe.score]);
  });

  afterAll(async () => {
    await orm.close();
    await database.drop();
  });

  async function walk(ordering: KeysetOrdering, pageSize: number, where: () => SqlWhere = () => new SqlWhere()): Promise<{ ids: string[]; pages: { hasNextPage: boolean; hasPreviousPage: boolean }[] }> {
    const ids: string[] = [];
    const pages: { hasNextPage: boolean; hasPreviousPage: boolean }[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < probes.length + 1; guard++) {
      const page: KeysetPage<string> = await readKeysetPage(em, { first: pageSize, after }, { from: "keyset_probe k", columns: "k.id", where: where(), ordering, map: (columns) => columns.id as string });
      ids.push(...page.edges.map((edge) => edge.node));
      pages.push({ hasNextPage: page.pageInfo.hasNextPage, hasPreviousPage: page.pageInfo.hasPreviousPage });
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return { ids, pages };
  }

  it("walks every row once in sort-key then id order, comparing numbers as numbers", async () => {
    const expected = [...probes].sort((a, b) => compare([a.score, a.id], [b.score, b.id])).map((probe) => probe.id);
    const { ids, pages } = await walk(byScore, 3);
    expect(ids).toEqual(expected);
    expect(pages).toEqual([
      { hasNextPage: true, hasPreviousPage: false },
      { hasNextPage: true, hasPreviousPage: true },
      { hasNextPage: false, hasPreviousPage: true },
    ]);
  });

  it("pages by two keys in descending order", async () => {
    const expected = [...probes].sort((a, b) => compare([b.grp, b.score, b.id], [a.grp, a.score, a.id])).map((probe) => probe.id);
    expect((await walk(byGroupAndScoreDescending, 2)).ids).toEqual(expected);
  });

  it("applies the filter to the page and to totalCount, which counts beyond the page", async () => {
    const onlyGroupA = () => {
      const where = new SqlWhere();
      where.conditions.push(`k.grp = ${where.param("a")}`);
      return where;
    };
    const page = await readKeysetPage(em, { first: 1 }, { from: "keyset_probe k", columns: "k.id", where: onlyGroupA(), ordering: byScore, map: (columns) => columns.id as string });
    expect(page.edges.map((edge) => edge.node)).toEqual(["00000000-0000-4000-8000-000000000004"]);
    expect(await page.countTotal()).toBe(probes.filter((probe) => probe.grp === "a").length);
    expect((await walk(byScore, 2, onlyGroupA)).ids).toHaveLength(4);
  });

  it("refuses page sizes outside the shared bounds, another ordering's cursor and a damaged cursor", async () => {
    const read = (first: number, after: string | null, ordering: KeysetOrdering) =>
      readKeysetPage(em, { first, after }, { from: "keyset_probe k", columns: "k.id", where: new SqlWhere(), ordering, map: (columns) => columns.id as string });
    await expect(read(0, null, byScore)).rejects.toBeInstanceOf(DomainError);
    await expect(read(0, null, byScore)).rejects.toThrow("first must be 1..500, got 0");
    await expect(read(501, null, byScore)).rejects.toThrow("first must be 1..500, got 501");
    const cursor = (await read(1, null, byScore)).pageInfo.endCursor!;
    await expect(read(1, cursor, byGroupAndScoreDescending)).rejects.toThrow(`after is a cursor for ordering score:ASC, but this request orders by grp,score:DESC`);
    const oneKeyCursor = Buffer.from(JSON.stringify(["grp,score:DESC", "a", probes[0]!.id])).toString("base64url");
    await expect(read(1, oneKeyCursor, byGroupAndScoreDescending)).rejects.toThrow(`after must be a cursor returned by this connection, got "${oneKeyCursor}"`);
    await expect(read(1, "not-a-cursor", byScore)).rejects.toThrow('after must be a cursor returned by this connection, got "not-a-cursor"');
  });
});
