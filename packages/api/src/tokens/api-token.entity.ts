import { randomUUID } from "node:crypto";
import type { Ref } from "@mikro-orm/core";
import { Entity, Enum, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { Field, ID, ObjectType } from "type-graphql";
import { toGlobalId } from "../shared/global-id.ts";
import { DateTimeScalar } from "../shared/scalars.ts";
import { Role } from "../org/role.ts";
import { User } from "../org/user.entity.ts";
import { stampNow } from "../shared/entity-clock.ts";

/** An integrator's API token: a role and a set of territories, sent as `Authorization: Bearer bp_…`. */
@Entity({ tableName: "api_token" })
@ObjectType("ApiToken", { description: "An API token for integrators. The secret is shown once, at creation; only its SHA-256 hash is stored." })
export class ApiToken {
  @PrimaryKey({ type: "uuid", defaultRaw: "gen_random_uuid()" })
  id: string = randomUUID();

  @Property({ type: "string", length: 200 })
  @Field(() => String, { description: "What the token is for, e.g. \"ERP nightly sales feed\"." })
  name: string;

  // SHA-256 (hex) of the secret; hidden so that it never reaches GraphQL, logs or the audit trail.
  @Property({ type: "string", length: 64, unique: true, hidden: true })
  tokenHash: string;

  @Property({ type: "string", length: 16 })
  @Field(() => String, { description: "The first characters of the secret (e.g. \"bp_AbC12\"), to recognise a token without revealing it." })
  tokenPrefix: string;

  @Enum({ items: () => Role })
  @Field(() => Role, { description: "Role the token acts with." })
  role: Role;

  @ManyToOne({ entity: () => User, ref: true, index: true, nullable: true, deleteRule: "set null" })
  createdBy: Ref<User> | null = null;

  @Property({ type: "datetime", columnType: "timestamptz", onCreate: stampNow })
  @Field(() => DateTimeScalar, { description: "When the token was created." })
  createdAt!: Date;

  @Property({ type: "datetime", columnType: "timestamptz", nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: "When the token stops working; null for no expiry." })
  expiresAt: Date | null = null;

  @Property({ type: "datetime", columnType: "timestamptz", nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: "When the token was revoked; null while it is active." })
  revokedAt: Date | null = null;

  // Updated at most once a minute (see api-token.service.ts), so it is accurate to the minute.
  @Property({ type: "datetime", columnType: "timestamptz", nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: "When the token was last used, to the minute; null if never." })
  lastUsedAt: Date | null = null;

  @Field(() => ID, { name: "id", description: "Opaque global ID." })
  get globalId(): string {
    return toGlobalId("ApiToken", this.id);
  }
}
