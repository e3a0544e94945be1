import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { testNow } from "@beatplan/domain/testing";
import { distDir, webRoot } from "./build-web.ts";

/** The Beatplan server started for a browser test. */
export interface RunningServer {
  /** Base URL serving the web app at / and GraphQL at /graphql. */
  url: string;
  /** The token signing secret the server was started with (tests sign short-lived tokens with it). */
  authSecret: string;
  /** The server's clock now: it started at the test clock (BEATPLAN_NOW) and runs. */
  clock(): Date;
  stop(): Promise<void>;
}

const apiRoot = join(webRoot, "..", "api");
const startTimeoutMs = 90_000;

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve();
    }, timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** A fresh data directory for the embedded PostgreSQL (removed when the server it is given to stops). */
export async function newDataDir(): Promise<string> {
  const dataDir = await mkdtemp(join(tmpdir(), "beatplan-e2e-"));
  // As root the embedded PostgreSQL runs as the "postgres" OS user, which must reach this directory.
  await chmod(dataDir, 0o755);
  return dataDir;
}

/** The API package, where its process entries run from. */
export const apiPackageDir = apiRoot;

/**
 * Starts the real server exactly as `pnpm start` does (its own process, swc
 * for decorators, embedded PostgreSQL, migrations, demo data) in a fresh data
 * directory (or `options.dataDir`) and on a free port, serving the built web app; `demo: false`
 * starts it as in production, on whatever the database holds. Its clock starts at the test clock
 * (BEATPLAN_NOW), so the demo data and every month rule are the same on any day.
 */
export async function startBeatplanServer(options: { demo?: boolean; dataDir?: string } = {}): Promise<RunningServer> {
  const dataDir = options.dataDir ?? (await newDataDir());
  const authSecret = randomBytes(32).toString("hex");
  const child = spawn(process.execPath, ["--import", "@swc-node/register/esm-register", "src/server.ts"], {
    cwd: apiRoot,
    env: {
      ...process.env,
      // Any free port, named in the start line: no window in which another process can take it.
      PORT: "0",
      DATABASE_URL: "",
      BEATPLAN_DATA_DIR: dataDir,
      BEATPLAN_DEMO: options.demo === false ? "0" : "1",
      BEATPLAN_AUTH_SECRET: authSecret,
      BEATPLAN_WEB_DIST: distDir,
      BEATPLAN_NOW: testNow.toISOString(),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });

  const stop = async () => {
    // SIGTERM lets the server stop its embedded PostgreSQL before the data directory goes.
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await waitForExit(child, 20_000);
    await rm(dataDir, { recursive: true, force: true });
  };

  let output = "";
  try {
    const ready = await new Promise<{ url: string; clock: () => Date }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start within ${startTimeoutMs} ms; output:\n${output}`)), startTimeoutMs);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const url = /Beatplan is running at (http:\/\/\S+)/.exec(output)?.[1];
        const reading = /the clock was set with BEATPLAN_NOW and reads (\S+)/.exec(output)?.[1];
        if (url && reading) {
          clearTimeout(timer);
          // The server's reading plus the time elapsed since it was printed.
          const readAt = performance.now();
          const clock = () => new Date(Date.parse(reading) + (performance.now() - readAt));
          resolve({ url: url.replace("localhost", "127.0.0.1"), clock });
        }
      };
      child.stdout?.on("data", onData);
      child.stderr?.on("data", onData);
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`server exited with code ${code} before it was ready; output:\n${output}`));
      });
    });
    return { url: ready.url, clock: ready.clock, authSecret, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
