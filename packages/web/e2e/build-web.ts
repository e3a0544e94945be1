import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

/** The web package directory (this file lives in `<web>/e2e`). */
export const webRoot = join(import.meta.dirname, "..");

/** Where `vite build` writes the app the API serves. */
export const distDir = join(webRoot, "dist");

const buildInputs = ["src", "index.html", "vite.config.ts", "package.json"];

function newestModification(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) {
    // Tests are not part of the bundle; editing one must not force a rebuild.
    if (/\.test\.tsx?$/.test(entry)) continue;
    newest = Math.max(newest, newestModification(join(path, entry)));
  }
  return newest;
}

/** True when `dist` is missing or older than any source the bundle is built from. */
export function isBuildStale(): boolean {
  const builtIndex = join(distDir, "index.html");
  if (!existsSync(builtIndex)) return true;
  const builtAt = statSync(builtIndex).mtimeMs;
  return buildInputs.some((input) => {
    const path = join(webRoot, input);
    return existsSync(path) && newestModification(path) > builtAt;
  });
}

/** Runs `vite build` for the web package when the bundle is stale; returns whether it built. */
export function buildWebIfStale(): boolean {
  if (!isBuildStale()) return false;
  // Resolve vite's CLI the way the package would, so the workspace's vite 8 is used.
  const viteCli = join(createRequire(join(webRoot, "package.json")).resolve("vite/package.json"), "..", "bin", "vite.js");
  const result = spawnSync(process.execPath, [viteCli, "build", "--logLevel", "warn"], { cwd: webRoot, encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(`vite build of packages/web failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return true;
}
