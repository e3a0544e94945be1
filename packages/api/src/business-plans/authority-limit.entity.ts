import { randomUUID } from "node:crypto";
import type { Ref } from "@mikro-orm/core";
import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { Field, ObjectType } from "type-graphql";
import { DecimalScalar } from "../shared/scalars.ts";
import { User } from "../org/user.entity.ts";
import { Role } from "../org/role.ts";

/**
 * How much promotion budget a rep may commit in one plan revision without a manager's approval.
 * A row names either a role (the default for everyone with it) or one user (overrides the role).
 */
@Entity({ tableName: "authority_limit" })
@Check({ name: "authority_limit_role_or_user_check", expression: "(role is null) <> (user_id is null)" })
@Check({ name: "authority_limit_non_negative_check", expression: "promotion_budget >= 0" })
@ObjectType("AuthorityLimit", { description: "Promotion budget a rep may commit in one plan revision without a manager's approval: the default of a role, or one user's own limit, which overrides it." })
export class AuthorityLimit {
  @PrimaryKey({ type: "uuid", defaultRaw: "gen_random_uuid()" })
  id: string = randomUUID();

  @Enum({ items: () => Role, nullable: true, unique: "authority_limit_role_unique" })
  @Field(() => Role, { nullable: true, description: "The role this default applies to; null for a user's own limit." })
  role: Role | null = null;

  @ManyToOne({ entity: () => User, ref: true, nullable: true, unique: "authority_limit_user_unique", deleteRule: "cascade" })
  user: Ref<User> | null = null;

  @Property({ type: "decimal", precision: 16, scale: 2 })
  @Field(() => DecimalScalar, { description: "Largest total promotion budget of a revision that needs no approval (equal is within it)." })
  promotionBudget: string;
}
