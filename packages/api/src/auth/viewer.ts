import type { Role } from "../org/role.ts";

/** The signed-in user a request acts for. */
export interface Viewer {
  readonly userId: string;
  readonly role: Role;
}
