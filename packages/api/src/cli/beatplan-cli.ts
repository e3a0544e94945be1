/**
 * The operator's command line, `pnpm beatplan <command>` at the workspace root:
 * - `admin create --email <address> [--name <name>]`: creates an administrator; the password is
 *   asked twice on a terminal, or read as one line from standard input;
 * - `worker`: runs a job worker as a process of its own (needs DATABASE_URL).
 * The database is DATABASE_URL, else the embedded one in BEATPLAN_DATA_DIR (stop the server first).
 */
// Decorator metadata must exist before any entity module is evaluated.
import "reflect-metadata";
import { parseArgs } from "node:util";
import { StartupError } from "../startup-error.ts";
import { adminCreate } from "./admin-create.ts";

const usage = [
  "usage: pnpm beatplan <command>",
  "  admin create --email <address> [--name <name>]   create an administrator (password asked twice, or one line on stdin)",
  "  worker                                            run a job worker (DATABASE_URL names the API's database)",
].join("\n");

async function run(args: string[]): Promise<number> {
  const [command, subcommand, ...rest] = args;
  if (command === "worker" && subcommand === undefined) {
    // The worker runs until it is stopped by a signal; its module starts it.
    await import("../jobs/worker.ts");
    return 0;
  }
  if (command === "admin" && subcommand === "create") {
    let values: { email?: string; name?: string };
    try {
      ({ values } = parseArgs({ args: rest, options: { email: { type: "string" }, name: { type: "string" } }, strict: true, allowPositionals: false }));
    } catch (error) {
      console.error(`beatplan: ${error instanceof Error ? error.message : String(error)}; a password is never given on the command line\n${usage}`);
      return 2;
    }
    if (!values.email) {
      console.error(`beatplan: admin create needs --email\n${usage}`);
      return 2;
    }
    return adminCreate({ email: values.email, ...(values.name ? { name: values.name } : {}) }, { input: process.stdin, output: process.stdout });
  }
  if (command === "help" || command === "--help") {
    console.log(usage);
    return 0;
  }
  console.error(command === undefined ? usage : `beatplan: unknown command "${args.join(" ")}"\n${usage}`);
  return 2;
}

try {
  const code = await run(process.argv.slice(2));
  if (code !== 0) process.exitCode = code;
} catch (error) {
  const message = error instanceof StartupError || error instanceof Error ? error.message.split("\n")[0] : String(error);
  console.error(`beatplan: ${message}`);
  process.exitCode = 1;
}
