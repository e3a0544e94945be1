import { randomUUID } from "node:crypto";
import type { Ref } from "@mikro-orm/core";
import { Entity, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { User } from "../org/user.entity.ts";

/**
 * A one-time token with which a new or reset user sets their password. Only its SHA-256 hash
 * is stored; the token itself is shown once to the administrator who created it.
 */
@Entity({ tableName: "password_token" })
@Index({ name: "password_token_user_id_index", properties: ["user"] })
export class PasswordToken {
  @PrimaryKey({ type: "uuid", defaultRaw: "gen_random_uuid()" })
  id: string = randomUUID();

  @ManyToOne({ entity: () => User, ref: true, deleteRule: "cascade" })
  user: Ref<User>;

  // Never exposed.
  @Property({ type: "string", length: 64, unique: true, hidden: true })
  tokenHash: string;

  @Property({ type: "datetime", columnType: "timestamptz" })
  createdAt: Date;

  @Property({ type: "datetime", columnType: "timestamptz" })
  expiresAt: Date;

  /** When it was used, or made void by a newer token; a token counts once. */
  @Property({ type: "datetime", columnType: "timestamptz", nullable: true })
  usedAt: Date | null = null;
}
