import { Field, InputType } from "type-graphql";

/** Sign-in credentials. */
@InputType("LoginInput", { description: "Sign-in credentials." })
export class LoginInput {
  @Field(() => String, { description: "E-mail address (case-insensitive)." })
  email: string;

  @Field(() => String, { description: "Password." })
  password: string;
}
