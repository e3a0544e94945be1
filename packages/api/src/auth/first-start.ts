import type { EntityManager } from "@mikro-orm/postgresql";
import { executeSql } from "../shared/sql.ts";

/** The one line a server with no users prints, and every GraphQL call answers, until an administrator exists. */
export const firstAdminHint = "Beatplan has no users yet: create the first administrator on the server with `pnpm beatplan admin create --email <address>`";

/** Whether any user exists (one cheap statement). */
export async function anyUserExists(em: EntityManager): Promise<boolean> {
  const [row] = await executeSql<{ found: boolean }>(em, "select exists (select 1 from app_user) as found");
  return Boolean(row?.found);
}

/**
 * Remembers once a user exists (users are never all deleted), so that after the first
 * administrator is created no request pays for the check again; until then each
 * unauthenticated request asks the database, so an administrator created by the CLI while the
 * server runs is seen at once.
 */
export class FirstStartCheck {
  private usersExist = false;

  /** True while the database has no user at all. */
  async noUsersYet(em: EntityManager): Promise<boolean> {
    if (this.usersExist) return false;
    this.usersExist = await anyUserExists(em);
    return !this.usersExist;
  }
}
