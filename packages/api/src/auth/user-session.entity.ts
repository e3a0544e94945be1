import { randomUUID } from "node:crypto";
import type { Ref } from "@mikro-orm/core";
import { Entity, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { excludeFromAudit } from "../audit/audit-subscriber.ts";
import { User } from "../org/user.entity.ts";

/** Why a session ended. */
export type SessionEndReason = "logout" | "deactivated" | "password-changed" | "password-reset";

/**
 * One sign-in: the token carries the session's id, so that ending the session (sign-out,
 * deactivation, a password change) refuses the token on its next request on every instance.
 */
@Entity({ tableName: "user_session" })
@Index({ name: "user_session_user_id_index", properties: ["user"] })
export class UserSession {
  @PrimaryKey({ type: "uuid", defaultRaw: "gen_random_uuid()" })
  id: string = randomUUID();

  @ManyToOne({ entity: () => User, ref: true, deleteRule: "cascade" })
  user: Ref<User>;

  @Property({ type: "datetime", columnType: "timestamptz" })
  createdAt: Date;

  @Property({ type: "datetime", columnType: "timestamptz" })
  expiresAt: Date;

  @Property({ type: "datetime", columnType: "timestamptz", nullable: true })
  endedAt: Date | null = null;

  @Property({ type: "string", length: 32, nullable: true })
  endReason: SessionEndReason | null = null;
}

// Sign-ins are bookkeeping; ending sessions is audited by the operation that ends them.
excludeFromAudit("UserSession");
