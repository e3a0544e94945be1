import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testNow } from "@beatplan/domain/testing";
import { findFreePort } from "../db/free-port.ts";
import { createTestDatabase } from "../../test/test-database.ts";
import { firstAdminHint } from "../auth/first-start.ts";

const workspaceDir = fileURLToPath(new URL("../../../..", import.meta.url));
const apiDir = fileURLToPath(new URL("../..", import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function baseEnv(extra: Record<string, string>): Record<string, string> {
  return { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", BEATPLAN_NOW: testNow.toISOString(), ...extra };
}

/** Runs `pnpm beatplan …` at the workspace root as an operator would, with `stdin` piped in. */
function runCli(args: string[], stdin: string, env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn("pnpm", ["--silent", "beatplan", ...args], { cwd: workspaceDir, env: baseEnv(env) });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

async function graphql(url: string, query: string): Promise<{ data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] }> {
  const response = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
  return (await response.json()) as never;
}

// Every CLI run is a process of its own (pnpm, node, swc): seconds each on a loaded machine.
const cliTimeout = { timeout: 180_000 };

describe("first start and `pnpm beatplan admin create` on DATABASE_URL", cliTimeout, () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataDir: string;
  let server: ChildProcess;
  let serverOutput = "";
  let url: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = await mkdtemp(join(tmpdir(), "beatplan-cli-"));
    const port = await findFreePort();
    url = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, ["--import", "@swc-node/register/esm-register", "src/server.ts"], {
      cwd: apiDir,
      env: baseEnv({ PORT: String(port), DATABASE_URL: database.url, BEATPLAN_DATA_DIR: dataDir, BEATPLAN_WEB_DIST: join(dataDir, "no-web") }),
    });
    server.stdout?.on("data", (chunk: Buffer) => (serverOutput += chunk.toString()));
    server.stderr?.on("data", (chunk: Buffer) => (serverOutput += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (serverOutput.includes("Beatplan is running")) {
          clearInterval(timer);
          // The hint follows the start line in the same write or the next one.
          setTimeout(resolve, 200);
        }
      }, 50);
      server.once("exit", (code) => {
        clearInterval(timer);
        reject(new Error(`server exited with ${code}: ${serverOutput}`));
      });
    });
  }, 180_000);

  afterAll(async () => {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("prints one line on how to create the first administrator and keeps serving", async () => {
    expect(serverOutput.split("\n").filter((line) => line === firstAdminHint)).toHaveLength(1);
    expect(firstAdminHint).toContain("pnpm beatplan admin create --email");
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
  });

  it("answers every GraphQL call UNAUTHENTICATED with the hint while there is no user", async () => {
    const query = await graphql(url, "{ me { email } }");
    expect(query.errors?.[0]).toMatchObject({ message: firstAdminHint, extensions: { code: "UNAUTHENTICATED" } });
    const login = await graphql(url, 'mutation { login(input: { email: "nobody@example.com", password: "whatever-it-is" }) { token userErrors { code message } } }');
    expect(login.data?.login).toEqual({ token: null, userErrors: [{ code: "UNAUTHENTICATED", message: firstAdminHint }] });
  });

  it("refuses bad input and writes nothing", async () => {
    const env = { DATABASE_URL: database.url, BEATPLAN_DATA_DIR: dataDir };
    const weak = await runCli(["admin", "create", "--email", "boss@example.com"], "short\n", env);
    expect(weak).toMatchObject({ code: 1, stderr: "no administrator created: the password must be at least 12 characters long, got 5\n" });
    const common = await runCli(["admin", "create", "--email", "boss@example.com"], "password1234\n", env);
    expect(common.stderr).toBe("no administrator created: the password is one of the most common passwords; choose another\n");
    const asEmail = await runCli(["admin", "create", "--email", "boss@example.com"], "Boss@Example.com\n", env);
    expect(asEmail.stderr).toBe("no administrator created: the password must not be the e-mail address\n");
    const badEmail = await runCli(["admin", "create", "--email", "not-an-address"], "a-long-enough-secret\n", env);
    expect(badEmail.stderr).toBe('no administrator created: email must be an e-mail address like name@example.com, got "not-an-address"\n');
    const onCommandLine = await runCli(["admin", "create", "--email", "boss@example.com", "--password", "a-long-enough-secret"], "", env);
    expect(onCommandLine.code).toBe(2);
    expect(onCommandLine.stderr).toContain("a password is never given on the command line");
    const noPassword = await runCli(["admin", "create", "--email", "boss@example.com"], "", env);
    expect(noPassword).toMatchObject({ code: 1, stderr: "beatplan: no password on standard input (pipe it in, one line); nothing was changed\n" });
    for (const run of [weak, common, asEmail, badEmail, onCommandLine, noPassword]) expect(run.stderr).not.toMatch(/^\s+at /m);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      expect((await client.query("select count(*)::int as n from app_user")).rows[0].n).toBe(0);
    } finally {
      await client.end();
    }
  });

  it("creates an administrator from stdin, who can then sign in on the running server", async () => {
    const env = { DATABASE_URL: database.url, BEATPLAN_DATA_DIR: dataDir };
    const run = await runCli(["admin", "create", "--email", "Boss@Example.com", "--name", "The Boss"], "a-long-enough-secret\n", env);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("created administrator boss@example.com (The Boss); sign in with this e-mail and the password just given\n");
    const login = await graphql(url, 'mutation { login(input: { email: "boss@example.com", password: "a-long-enough-secret" }) { user { name role } userErrors { message } } }');
    expect(login.data?.login).toEqual({ user: { name: "The Boss", role: "ADMIN" }, userErrors: [] });
    // The hint is gone once a user exists.
    const query = await graphql(url, "{ me { email } }");
    expect(query.errors?.[0]?.message).not.toBe(firstAdminHint);
    expect(query.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const again = await runCli(["admin", "create", "--email", "boss@example.com"], "another-long-secret\n", env);
    expect(again).toMatchObject({ code: 1, stderr: "no administrator created: a user with the e-mail boss@example.com already exists\n" });
  });
});

describe("`pnpm beatplan worker`", cliTimeout, () => {
  it("refuses to start without DATABASE_URL, in one line", async () => {
    const run = await runCli(["worker"], "", {});
    expect(run).toMatchObject({ code: 1, stderr: "beatplan worker: a separate worker needs DATABASE_URL: the database the API uses\n" });
  });
});

describe("`pnpm beatplan admin create` on the embedded database", cliTimeout, () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "beatplan-cli-embedded-"));
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("creates the administrator in the data directory's database while no server runs", async () => {
    const env = { BEATPLAN_DATA_DIR: dataDir };
    const run = await runCli(["admin", "create", "--email", "owner@example.com"], "owner-secret-2026\n", env);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe("created administrator owner@example.com (owner); sign in with this e-mail and the password just given\n");
    // Kept in the data directory: a second run finds it.
    const again = await runCli(["admin", "create", "--email", "owner@example.com"], "owner-secret-2026\n", env);
    expect(again.stderr).toBe("no administrator created: a user with the e-mail owner@example.com already exists\n");
  });
});
