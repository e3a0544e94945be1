import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

/**
 * The token signing secret: the configured one, else one generated once and kept in
 * `secretFile` (mode 600) so that tokens survive restarts.
 */
export async function loadAuthSecret(configured: string | undefined, secretFile: string): Promise<string> {
  if (configured) return configured;
  try {
    const stored = (await readFile(secretFile, "utf8")).trim();
    if (stored.length >= 32) return stored;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const generated = randomBytes(48).toString("base64url");
  await mkdir(dirname(secretFile), { recursive: true });
  await writeFile(secretFile, `${generated}\n`, { mode: 0o600 });
  return generated;
}
