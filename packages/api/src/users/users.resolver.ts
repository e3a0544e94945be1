import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { AuthSettings } from "../auth/auth.service.ts";
import { endSession } from "../auth/sessions.ts";
import { DomainError } from "../shared/domain-error.ts";
import type { GraphQLContext } from "../shared/context.ts";
import { toUserErrors } from "../shared/error-mapping.ts";
import { changeOwnPassword, deactivateUser } from "./user-accounts.ts";
import { userUuidOf } from "./user-ids.ts";
import { ChangeOwnPasswordInput, ChangeOwnPasswordPayload, DeactivateUserInput, DeactivateUserPayload, LogoutPayload } from "./users.types.ts";

/** Managing people: deactivation (ADMIN), one's own password and signing out (everyone signed in). */
@Resolver()
export class UsersResolver {
  private readonly settings: AuthSettings;

  constructor(settings: AuthSettings) {
    this.settings = settings;
  }

  @Mutation(() => DeactivateUserPayload, { description: "Deactivates a user: they cannot sign in any more and every session of theirs ends at once. ADMIN only; not oneself." })
  async deactivateUser(@Ctx() context: GraphQLContext, @Arg("input", () => DeactivateUserInput) input: DeactivateUserInput): Promise<DeactivateUserPayload> {
    try {
      const userId = userUuidOf(input.id);
      const user = userId ? await context.sessions.changing(userId, () => deactivateUser(context.em, context.scope, input.id, context.now())) : await deactivateUser(context.em, context.scope, input.id, context.now());
      return { user, userErrors: [] };
    } catch (error) {
      return { user: null, userErrors: toUserErrors(error) };
    }
  }

  @Mutation(() => ChangeOwnPasswordPayload, { description: "Changes the signed-in user's password (the current one is required). Every session of the user ends; the answer carries a token for a new one." })
  async changeOwnPassword(@Ctx() context: GraphQLContext, @Arg("input", () => ChangeOwnPasswordInput) input: ChangeOwnPasswordInput): Promise<ChangeOwnPasswordPayload> {
    try {
      const change = () => changeOwnPassword(context.em, context.scope, this.settings, input.currentPassword, input.newPassword);
      const token = context.viewer ? await context.sessions.changing(context.viewer.userId, change) : await change();
      return { token, userErrors: [] };
    } catch (error) {
      return { token: null, userErrors: toUserErrors(error) };
    }
  }

  // Declared last: a run of every mutation in schema order (the authorization matrix) signs out only at its end.
  @Mutation(() => LogoutPayload, { description: "Signs out: the session of the token sent ends on the server, and the token is refused from the next request on, on every instance. API tokens are revoked with revokeApiToken instead." })
  async logout(@Ctx() context: GraphQLContext): Promise<LogoutPayload> {
    const viewer = context.viewer;
    try {
      if (!viewer?.sessionId) throw new DomainError("VALIDATION", "only a sign-in token can sign out; an API token is revoked with revokeApiToken");
      const sessionId = viewer.sessionId;
      const ended = await context.sessions.changing(viewer.userId, () => endSession(context.em, sessionId, viewer.userId, "logout", context.now()));
      return { signedOut: ended, userErrors: [] };
    } catch (error) {
      return { signedOut: false, userErrors: toUserErrors(error) };
    }
  }
}
