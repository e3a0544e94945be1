import { Field, ObjectType } from "type-graphql";
import { UserError } from "../shared/error-mapping.ts";
import { User } from "../org/user.entity.ts";

/** Result of signing in. */
@ObjectType("LoginPayload", { description: "Result of signing in: a bearer token, or why sign-in failed." })
export class LoginPayload {
  @Field(() => String, { nullable: true, description: "Signed token to send as `Authorization: Bearer <token>`; expires after the configured lifetime." })
  token: string | null;

  @Field(() => User, { nullable: true, description: "The signed-in user." })
  user: User | null;

  @Field(() => [UserError], { description: "Why sign-in failed; empty on success." })
  userErrors: UserError[];
}
