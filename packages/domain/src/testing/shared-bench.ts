// Test support: the shared benchmark folder sits beside the repository
// (<repository root>/../shared), both on this machine and in CI.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..");

/** Reads a file of the shared PVRP benchmark folder, e.g. `instances/p01`. */
export function readSharedPvrpFile(relativePath: string): string {
  return readFileSync(resolve(repositoryRoot, "..", "shared", "bench", "pvrp", relativePath), "utf8");
}
