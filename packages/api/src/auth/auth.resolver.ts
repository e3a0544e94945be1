import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { currentRequestContext } from "../shared/request-context.ts";
import type { GraphQLContext } from "../shared/context.ts";
import { toUserErrors } from "../shared/error-mapping.ts";
import { DomainError } from "../shared/domain-error.ts";
import { firstAdminHint } from "./first-start.ts";
import { LoginInput } from "./auth.input.ts";
import { loginLimits } from "./login-rate-limit.ts";
import { login, type AuthSettings } from "./auth.service.ts";
import { LoginPayload } from "./auth.types.ts";

/** Signing in. */
@Resolver()
export class AuthResolver {
  private readonly settings: AuthSettings;

  constructor(settings: AuthSettings) {
    this.settings = settings;
  }

  @Mutation(() => LoginPayload, { description: `Signs in with e-mail and password and returns a bearer token. The only operation allowed without a token. After ${loginLimits.failuresPerAccount} failures for an account (or ${loginLimits.failuresPerIp} from one address) within ${loginLimits.windowMinutes} minutes it answers a LOCKED userError until the window has passed.` })
  async login(@Ctx() context: GraphQLContext, @Arg("input", () => LoginInput) input: LoginInput): Promise<LoginPayload> {
    try {
      const { token, user } = await login(context.em, this.settings, input.email, input.password, currentRequestContext()?.clientAddress);
      return { token, user, userErrors: [] };
    } catch (error) {
      // With no users at all, nobody can sign in yet: say how to create the first administrator.
      if (context.authProblem === firstAdminHint) return { token: null, user: null, userErrors: toUserErrors(new DomainError("UNAUTHENTICATED", firstAdminHint)) };
      return { token: null, user: null, userErrors: toUserErrors(error) };
    }
  }
}

