import { Scope } from "../auth/scope.ts";
import { openConfiguredDatabase, type ConfiguredDatabase } from "../db/configured-database.ts";
import { applyMigrations, connectDatabase } from "../db/database.ts";
import { DomainError, DomainErrors } from "../shared/domain-error.ts";
import { withRequestContext } from "../shared/request-context.ts";
import { readSettings } from "../settings.ts";
import { createAdministrator } from "../users/user-accounts.ts";
import { readNewPassword, type PasswordSource } from "./read-password.ts";

/** What `beatplan admin create` was asked for. */
export interface AdminCreateOptions {
  email: string;
  name?: string;
}

/**
 * Creates an ADMIN in the configured database (DATABASE_URL, else the embedded one, which the
 * server must not be using), applying pending migrations first so that it works on a new
 * database. Prints one line on success; returns the exit code.
 */
export async function adminCreate(options: AdminCreateOptions, source: PasswordSource): Promise<number> {
  const password = await readNewPassword(source);
  const settings = readSettings(process.env);
  let database: ConfiguredDatabase | undefined;
  try {
    database = await openConfiguredDatabase(settings);
    const orm = await connectDatabase({ clientUrl: database.url, poolSize: 1, now: settings.clock });
    try {
      await applyMigrations(orm);
      const operator = Scope.forOperator();
      // Attributed to "operator" in the audit trail.
      const auditContext = { requestId: null, clientAddress: "cli", viewer: operator.viewer, operation: "admin create CLI" };
      const user = await withRequestContext(auditContext, () => createAdministrator(orm.em.fork(), { email: options.email, ...(options.name ? { name: options.name } : {}), password }));
      console.log(`created administrator ${user.email} (${user.name}); sign in with this e-mail and the password just given`);
      return 0;
    } catch (error) {
      const problems = error instanceof DomainErrors ? error.errors : error instanceof DomainError ? [error] : undefined;
      if (!problems) throw error;
      console.error(`no administrator created: ${problems.map((problem) => problem.message).join("; ")}`);
      return 1;
    } finally {
      await orm.close(true);
    }
  } finally {
    await database?.release();
  }
}
