import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { findFreePort } from "../src/db/free-port.ts";
import { withDatabase } from "./global-setup.ts";
import { createTestDatabase } from "./test-database.ts";

const apiDir = fileURLToPath(new URL("..", import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real server process until it exits, or until `untilStdout` appears (then stops it with SIGTERM). */
function runServer(env: Record<string, string>, untilStdout?: RegExp, onReady?: (stdout: string) => Promise<void>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "@swc-node/register/esm-register", "src/server.ts"], {
      cwd: apiDir,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...env },
    });
    let stdout = "";
    let stderr = "";
    let readyHandled = false;
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if (untilStdout && !readyHandled && untilStdout.test(stdout)) {
        readyHandled = true;
        (onReady ? onReady(stdout) : Promise.resolve()).finally(() => child.kill("SIGTERM"));
      }
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

function expectOneLineFailure(run: Run, message: RegExp): void {
  expect(run.code).not.toBe(0);
  const lines = run.stderr.split("\n").filter((line) => line.trim() !== "");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(message);
  expect(run.stderr).not.toMatch(/^\s+at /m);
}

describe("server start-up", () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "beatplan-startup-"));
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("refuses an invalid PORT with a one-line reason", async () => {
    const run = await runServer({ PORT: "70000", BEATPLAN_DATA_DIR: dataDir });
    expectOneLineFailure(run, /^beatplan: invalid settings: PORT must be an integer 0\.\.65535, got "70000"$/);
  });

  it("reports a busy port in one line", async () => {
    const blocker = createServer();
    const port = await findFreePort();
    await new Promise<void>((resolve) => blocker.listen(port, resolve));
    try {
      const run = await runServer({ PORT: String(port), BEATPLAN_DATA_DIR: dataDir });
      expectOneLineFailure(run, new RegExp(`^beatplan: port ${port} is already in use`));
    } finally {
      blocker.close();
    }
  });

  it("reports an unreachable DATABASE_URL in one line", async () => {
    const deadPort = await findFreePort();
    const run = await runServer({ PORT: String(await findFreePort()), BEATPLAN_DATA_DIR: dataDir, DATABASE_URL: `postgres://beatplan:secret@127.0.0.1:${deadPort}/beatplan` });
    expectOneLineFailure(run, new RegExp(`^beatplan: cannot connect to PostgreSQL at postgres://beatplan:\\*\\*\\*@127\\.0\\.0\\.1:${deadPort}/beatplan`));
  });

  it("reports a failed migration in one line", async () => {
    const adminUrl = inject("postgresAdminUrl");
    const name = `beatplan_clash_${process.pid}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const clash = new pg.Client({ connectionString: withDatabase(adminUrl, name) });
    await clash.connect();
    // A table the first migration wants to create already exists.
    await clash.query("create table region (id int)");
    await clash.end();
    try {
      const run = await runServer({ PORT: String(await findFreePort()), BEATPLAN_DATA_DIR: dataDir, DATABASE_URL: withDatabase(adminUrl, name) });
      expectOneLineFailure(run, /^beatplan: database migration failed: .*region/);
    } finally {
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database ${name} with (force)`);
      await cleanup.end();
    }
  });

  it("starts on DATABASE_URL, loads the demo data and prints the URL and demo logins", async () => {
    const database = await createTestDatabase();
    const port = await findFreePort();
    let answer: unknown;
    try {
      const run = await runServer({ PORT: String(port), BEATPLAN_DATA_DIR: dataDir, DATABASE_URL: database.url, BEATPLAN_DEMO: "on" }, /Beatplan is running/, async () => {
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: 'mutation { login(input: { email: "admin@beatplan.test", password: "beatplan-demo" }) { user { role } } }' }),
        });
        answer = await response.json();
      });
      expect(run.stdout).toContain(`Beatplan is running at http://localhost:${port}`);
      // Every demo login, not three of them (issue 11 item 18).
      expect(run.stdout).toMatch(/admin@beatplan\.test\s+ADMIN\s+everything/);
      expect(run.stdout).toMatch(/rep\.4\.sh-ja@beatplan\.test\s+REP\s+SH-JA/);
      expect(run.stdout).toMatch(/loaded demo data: \d+ customers/);
      // Demo-T1 and each Shanghai territory start with an active plan and its planned visits.
      expect(run.stdout).toMatch(/planned demo visits: Demo-T1 [1-9]\d*, SH-PD [1-9]\d*( \(does not fit\))?, SH-XH [1-9]\d*( \(does not fit\))?, SH-JA [1-9]\d*( \(does not fit\))? \(\d+ ms\)/);
      expect(answer).toMatchObject({ data: { login: { user: { role: "ADMIN" } } } });
      expect(run.code).toBe(0);
      console.log(run.stdout.split("\n").filter((line) => /loaded demo data|planned demo visits/.test(line)).join("\n"));
    } finally {
      await database.drop();
    }
  }, 90_000);
});
