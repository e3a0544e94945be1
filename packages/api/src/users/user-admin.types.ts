import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { UserError } from "../shared/error-mapping.ts";
import { Role } from "../org/role.ts";
import { User } from "../org/user.entity.ts";

/** A new user. */
@InputType("CreateUserInput", { description: "A new user; they set their own password with the one-time token returned." })
export class CreateUserInput {
  @Field(() => String, { description: "Sign-in e-mail address (stored lower case; unique)." })
  email: string;

  @Field(() => String, { description: "Display name, 1..200 characters." })
  name: string;

  @Field(() => Role, { description: "What the user does." })
  role: Role;

  @Field(() => [ID], { defaultValue: [], description: "Global Territory IDs: where a REP works or what a MANAGER manages; empty for ADMIN." })
  territoryIds: string[];
}

/** Result of creating a user, or of resetting a password. */
@ObjectType("UserWithPasswordTokenPayload", { description: "The user and a one-time set-password token (shown once, valid 7 days), or why not." })
export class UserWithPasswordTokenPayload {
  @Field(() => User, { nullable: true, description: "The user." })
  user: User | null;

  @Field(() => String, { nullable: true, description: "One-time token for setPassword; give it to the person. It is not stored and cannot be shown again." })
  setPasswordToken: string | null;

  @Field(() => [UserError], { description: "Why nothing changed; empty on success." })
  userErrors: UserError[];
}

/** Changes to a user. */
@InputType("UpdateUserInput", { description: "Changes to a user; fields left out stay as they are." })
export class UpdateUserInput {
  @Field(() => ID, { description: "Global User ID." })
  id: string;

  @Field(() => Int, { description: "The version the change was made against (User.version); CONFLICT when it moved on." })
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: "New sign-in e-mail address." })
  email?: string | null;

  @Field(() => String, { nullable: true, description: "New display name." })
  name?: string | null;

  @Field(() => Role, { nullable: true, description: "New role; the memberships follow it (an ADMIN has none)." })
  role?: Role | null;

  @Field(() => [ID], { nullable: true, description: "The territories, replacing the current ones: where a REP works or what a MANAGER manages." })
  territoryIds?: string[] | null;
}

/** Result of changing a user. */
@ObjectType("UpdateUserPayload", { description: "The changed user, or why not." })
export class UpdateUserPayload {
  @Field(() => User, { nullable: true, description: "The user after the change." })
  user: User | null;

  @Field(() => [UserError], { description: "Why nothing changed; empty on success." })
  userErrors: UserError[];
}

/** Whose password to reset. */
@InputType("ResetUserPasswordInput", { description: "Whose password to reset." })
export class ResetUserPasswordInput {
  @Field(() => ID, { description: "Global User ID." })
  id: string;
}

/** Setting a password with a one-time token. */
@InputType("SetPasswordInput", { description: "A one-time set-password token and the new password." })
export class SetPasswordInput {
  @Field(() => String, { description: "The token from createUser or resetUserPassword." })
  token: string;

  @Field(() => String, { description: "The new password: at least 12 characters, not the e-mail address, not a common password." })
  password: string;
}

/** Result of setting a password. */
@ObjectType("SetPasswordPayload", { description: "A sign-in token for the user, or why the password was not set." })
export class SetPasswordPayload {
  @Field(() => String, { nullable: true, description: "Bearer token of a new session." })
  token: string | null;

  @Field(() => User, { nullable: true, description: "The user now signed in." })
  user: User | null;

  @Field(() => [UserError], { description: "Why nothing changed; empty on success." })
  userErrors: UserError[];
}
