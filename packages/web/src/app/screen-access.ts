import type { Route } from "./router.tsx";
import type { SessionUser } from "./session.tsx";

/**
 * Screens a role is not offered (the API refuses their operations too): reps neither import
 * sales nor approve plans; only administrators administer users and territories.
 */
export function isScreenForRole(route: Route, role: SessionUser["role"]): boolean {
  if (route.name === "admin") return role === "ADMIN";
  return role !== "REP" || (route.name !== "salesImport" && route.name !== "approvals");
}
