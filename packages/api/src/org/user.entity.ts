import { randomUUID } from "node:crypto";
import { Entity, Enum, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { toGlobalId } from "../shared/global-id.ts";
import { Node } from "../shared/node.ts";
import { Role } from "./role.ts";
import { stampNow } from "../shared/entity-clock.ts";
import { DateTimeScalar } from "../shared/scalars.ts";

/** A person who signs in: admin, manager or rep. */
@Entity({ tableName: "app_user" })
@ObjectType("User", { implements: Node, description: "A person who signs in to Beatplan." })
export class User {
  @PrimaryKey({ type: "uuid", defaultRaw: "gen_random_uuid()" })
  id: string = randomUUID();

  // Stored lower-cased so that sign-in is case-insensitive.
  @Property({ type: "string", length: 320, unique: true })
  @Field(() => String, { description: "Sign-in e-mail address (lower case)." })
  email: string;

  @Property({ type: "string", length: 200 })
  @Field(() => String, { description: "Display name." })
  name: string;

  @Enum({ items: () => Role })
  @Field(() => Role, { description: "What the user does; decides what they may see and change." })
  role: Role;

  // scrypt parameters, salt and hash; never exposed.
  @Property({ type: "text", hidden: true })
  passwordHash: string;

  @Property({ type: "datetime", columnType: "timestamptz", onCreate: stampNow })
  createdAt!: Date;

  @Property({ type: "datetime", columnType: "timestamptz", nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: "When an administrator deactivated the user; null while the user may sign in." })
  deactivatedAt: Date | null = null;

  @Property({ type: "integer", version: true })
  @Field(() => Int, { description: "Increases with every change; send it back as expectedVersion when editing the user." })
  version: number = 1;

  @Field(() => ID, { name: "id", description: "Opaque global ID." })
  get globalId(): string {
    return toGlobalId("User", this.id);
  }
}
