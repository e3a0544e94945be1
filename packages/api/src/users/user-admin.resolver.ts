import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { AuthSettings } from "../auth/auth.service.ts";
import type { GraphQLContext } from "../shared/context.ts";
import { toUserErrors } from "../shared/error-mapping.ts";
import { User } from "../org/user.entity.ts";
import { userUuidOf } from "./user-ids.ts";
import { createUser, resetUserPassword, setPasswordWithToken, updateUser } from "./user-admin.ts";
import { CreateUserInput, ResetUserPasswordInput, SetPasswordInput, SetPasswordPayload, UpdateUserInput, UpdateUserPayload, UserWithPasswordTokenPayload } from "./user-admin.types.ts";

/** Administration of users: creating, changing, password resets, and setting a password with a one-time token. */
@Resolver()
export class UserAdminResolver {
  private readonly settings: AuthSettings;

  constructor(settings: AuthSettings) {
    this.settings = settings;
  }

  @Query(() => [User], { description: "Every user, by name, deactivated ones included. ADMIN only (FORBIDDEN otherwise)." })
  async users(@Ctx() context: GraphQLContext): Promise<User[]> {
    context.scope.require(context.scope.mayManageUsers(), "list users (an ADMIN may)");
    return context.em.find(User, {}, { orderBy: { name: "asc", id: "asc" } });
  }

  @Mutation(() => UserWithPasswordTokenPayload, { description: "Creates a user with a role and territories; the answer carries a one-time set-password token, shown once. ADMIN only." })
  async createUser(@Ctx() context: GraphQLContext, @Arg("input", () => CreateUserInput) input: CreateUserInput): Promise<UserWithPasswordTokenPayload> {
    try {
      const { user, setPasswordToken } = await createUser(context.em, context.scope, input, context.now());
      return { user, setPasswordToken, userErrors: [] };
    } catch (error) {
      return { user: null, setPasswordToken: null, userErrors: toUserErrors(error) };
    }
  }

  @Mutation(() => UpdateUserPayload, { description: "Changes a user's e-mail, name, role or territories at the expected version. ADMIN only." })
  async updateUser(@Ctx() context: GraphQLContext, @Arg("input", () => UpdateUserInput) input: UpdateUserInput): Promise<UpdateUserPayload> {
    try {
      const userId = userUuidOf(input.id);
      const change = () => updateUser(context.em, context.scope, input);
      const user = userId ? await context.sessions.changing(userId, change) : await change();
      return { user, userErrors: [] };
    } catch (error) {
      return { user: null, userErrors: toUserErrors(error) };
    }
  }

  @Mutation(() => UserWithPasswordTokenPayload, { description: "Resets a user's password: the old one stops working, their sessions end, and a new one-time set-password token is returned. ADMIN only." })
  async resetUserPassword(@Ctx() context: GraphQLContext, @Arg("input", () => ResetUserPasswordInput) input: ResetUserPasswordInput): Promise<UserWithPasswordTokenPayload> {
    try {
      const userId = userUuidOf(input.id);
      const reset = () => resetUserPassword(context.em, context.scope, input.id, context.now());
      const { user, setPasswordToken } = userId ? await context.sessions.changing(userId, reset) : await reset();
      return { user, setPasswordToken, userErrors: [] };
    } catch (error) {
      return { user: null, setPasswordToken: null, userErrors: toUserErrors(error) };
    }
  }

  @Mutation(() => SetPasswordPayload, { description: "Sets a password with a one-time token from createUser or resetUserPassword, and signs in. Needs no sign-in." })
  async setPassword(@Ctx() context: GraphQLContext, @Arg("input", () => SetPasswordInput) input: SetPasswordInput): Promise<SetPasswordPayload> {
    try {
      const { user, token } = await setPasswordWithToken(context.em, this.settings, input.token, input.password);
      return { user, token, userErrors: [] };
    } catch (error) {
      return { user: null, token: null, userErrors: toUserErrors(error) };
    }
  }
}
