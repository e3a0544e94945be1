import { registerEnumType } from "type-graphql";

/** What a user does in Beatplan; the scoping layer decides visibility from it. */
export enum Role {
  ADMIN = "ADMIN",
  MANAGER = "MANAGER",
  REP = "REP",
}

registerEnumType(Role, {
  name: "Role",
  description: "What a user does: ADMIN runs the system, MANAGER leads territories, REP looks after customers.",
  valuesConfig: {
    ADMIN: { description: "Administers the whole company's data." },
    MANAGER: { description: "Manages one or more territories and their reps." },
    REP: { description: "Customer representative who visits the customers of a territory." },
  },
});

/** How a user is attached to a territory. */
export enum TerritoryMembership {
  REP = "REP",
  MANAGER = "MANAGER",
}
