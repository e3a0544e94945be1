import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/test-database.ts";

const apiDir = fileURLToPath(new URL("../..", import.meta.url));

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

describe("import-sales command", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let client: pg.Client;
  let scratch: string;

  function runCli(args: string[]): Promise<CliRun> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ["--import", "@swc-node/register/esm-register", "src/sales/import-sales-cli.ts", ...args], {
        cwd: apiDir,
        env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", DATABASE_URL: database.url, INIT_CWD: scratch },
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      child.on("error", reject);
      child.on("exit", (code) => resolve({ code, stdout, stderr }));
    });
  }

  async function salesRows(): Promise<{ code: string; month: string; volume: string; amount: string }[]> {
    const { rows } = await client.query(
      `select c.code, to_char(s.month, 'YYYY-MM') as month, s.volume::text as volume, s.amount::text as amount
       from monthly_sales s join customer c on c.id = s.customer_id order by c.code, s.month`,
    );
    return rows;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
    scratch = await mkdtemp(join(tmpdir(), "beatplan-import-cli-"));
    await client.query(`
      with r as (insert into region (code, name) values ('R1', 'Region 1') returning id),
           t as (insert into territory (code, name, region_id) select 'T1', 'Territory 1', id from r returning id)
      insert into customer (code, name, type, territory_id, created_at, updated_at)
      select code, 'Shop ' || code, 'RETAIL', t.id, now(), now() from t, (values ('C-1'), ('C-2')) as codes(code)`);
  });

  afterAll(async () => {
    await client.end();
    await database.drop();
    await rm(scratch, { recursive: true, force: true });
  });

  beforeEach(async () => {
    await client.query("delete from monthly_sales");
  });

  it("imports every row of a good file, resolving the path from where the command was typed", async () => {
    await writeFile(join(scratch, "good.csv"), "customerCode,month,volume,amount,ourShare\nC-1,2026-09,10,1000.50,0.25\nC-2,2026-09,5,500,\n");
    const run = await runCli(["good.csv"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/2 inserted, 0 updated/);
    expect(await salesRows()).toEqual([
      { code: "C-1", month: "2026-09", volume: "10.000", amount: "1000.50" },
      { code: "C-2", month: "2026-09", volume: "5.000", amount: "500.00" },
    ]);
  });

  it("writes nothing and names each bad line when any row is bad", async () => {
    await writeFile(join(scratch, "bad.csv"), "customerCode,month,volume,amount\nC-1,2026-09,10,1000\nC-9,2026-09,1,1\nC-2,2026-13,1,1\n");
    const run = await runCli(["bad.csv"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/nothing imported .*2 problem\(s\)/);
    expect(run.stderr).toMatch(/line 3/);
    expect(run.stderr).toMatch(/line 4/);
    expect(await salesRows()).toEqual([]);
  });

  it("explains its usage when no file is given", async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/usage: import-sales <file\.csv>/);
  });

  it("says in one line when the file cannot be read", async () => {
    const run = await runCli(["missing.csv"]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/cannot read .*missing\.csv: ENOENT/);
  });
});
