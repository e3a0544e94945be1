import { randomUUID } from "node:crypto";
import { Entity, Index, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";

/**
 * One sign-in attempt, kept in PostgreSQL so that rate limits hold across every API
 * instance behind the load balancer. Written and counted with SQL by the login service.
 */
@Entity({ tableName: "login_attempt" })
@Index({ name: "login_attempt_email_attempted_at_index", properties: ["email", "attemptedAt"] })
@Index({ name: "login_attempt_ip_attempted_at_index", properties: ["ip", "attemptedAt"] })
@Index({ name: "login_attempt_attempted_at_index", properties: ["attemptedAt"] })
export class LoginAttempt {
  @PrimaryKey({ type: "uuid", defaultRaw: "gen_random_uuid()" })
  id: string = randomUUID();

  /** Normalised e-mail as typed, whether or not such a user exists. */
  @Property({ type: "string", length: 320 })
  email: string;

  @Property({ type: "string", length: 64 })
  ip: string;

  @Property({ type: "boolean" })
  succeeded: boolean;

  @Property({ type: "datetime", columnType: "timestamptz" })
  attemptedAt: Date;
}
