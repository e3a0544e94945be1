import type { DemoUser } from "./demo-data.ts";

/**
 * The start banner's list of demo logins: every demo user with their role and territories,
 * one a line, so that each screen can be tried as each kind of user.
 */
export function demoLoginLines(users: readonly Pick<DemoUser, "email" | "role" | "password" | "territoryCodes" | "managesTerritoryCodes">[]): string[] {
  const passwords = [...new Set(users.map((user) => user.password))];
  const width = Math.max(0, ...users.map((user) => user.email.length));
  const lines = users.map((user) => {
    const territories = user.role === "MANAGER" ? user.managesTerritoryCodes : user.territoryCodes;
    const where = user.role === "ADMIN" ? "everything" : territories.join(", ");
    return `  ${user.email.padEnd(width)}  ${user.role.padEnd(7)}  ${where}`;
  });
  return [`demo logins (password ${passwords.map((password) => `"${password}"`).join(", ")}; also in the README):`, ...lines];
}
