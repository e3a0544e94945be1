import { PrimaryKeyProp, type Ref } from "@mikro-orm/core";
import { Entity, Enum, Index, ManyToOne } from "@mikro-orm/decorators/legacy";
import { Territory } from "./territory.entity.ts";
import { User } from "./user.entity.ts";
import { TerritoryMembership } from "./role.ts";

/** Assigns a user to a territory as rep or manager (many-to-many with a kind). */
@Entity({ tableName: "territory_member" })
@Index({ properties: ["user"] })
export class TerritoryMember {
  [PrimaryKeyProp]?: ["territory", "user", "membership"];

  @ManyToOne({ entity: () => Territory, ref: true, primary: true, deleteRule: "cascade" })
  territory: Ref<Territory>;

  @ManyToOne({ entity: () => User, ref: true, primary: true, deleteRule: "cascade" })
  user: Ref<User>;

  @Enum({ items: () => TerritoryMembership, primary: true })
  membership: TerritoryMembership;
}
