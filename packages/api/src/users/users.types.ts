import { Field, ID, InputType, ObjectType } from "type-graphql";
import { UserError } from "../shared/error-mapping.ts";
import { User } from "../org/user.entity.ts";

/** Which user to deactivate. */
@InputType("DeactivateUserInput", { description: "Which user to deactivate." })
export class DeactivateUserInput {
  @Field(() => ID, { description: "Global User ID." })
  id: string;
}

/** Result of deactivating a user. */
@ObjectType("DeactivateUserPayload", { description: "The deactivated user, or why not." })
export class DeactivateUserPayload {
  @Field(() => User, { nullable: true, description: "The user, with deactivatedAt set." })
  user: User | null;

  @Field(() => [UserError], { description: "Why nothing changed; empty on success." })
  userErrors: UserError[];
}

/** The current and the new password. */
@InputType("ChangeOwnPasswordInput", { description: "The signed-in user's current password and the new one." })
export class ChangeOwnPasswordInput {
  @Field(() => String, { description: "The password in use now." })
  currentPassword: string;

  @Field(() => String, { description: "The new password: at least 12 characters, not the e-mail address, not a common password." })
  newPassword: string;
}

/** Result of changing one's own password. */
@ObjectType("ChangeOwnPasswordPayload", { description: "A new sign-in token (every earlier session has ended), or why the password was not changed." })
export class ChangeOwnPasswordPayload {
  @Field(() => String, { nullable: true, description: "Bearer token of a new session for this caller; the token used for this request no longer works." })
  token: string | null;

  @Field(() => [UserError], { description: "Why nothing changed; empty on success." })
  userErrors: UserError[];
}

/** Result of signing out. */
@ObjectType("LogoutPayload", { description: "Whether the session ended." })
export class LogoutPayload {
  @Field(() => Boolean, { description: "True when this request's session was open and has now ended." })
  signedOut: boolean;

  @Field(() => [UserError], { description: "Why nothing changed; empty on success." })
  userErrors: UserError[];
}
