import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../shared/context.ts";
import { toUserErrors } from "../shared/error-mapping.ts";
import { Territory } from "../org/territory.entity.ts";
import { User } from "../org/user.entity.ts";
import { ApiToken } from "./api-token.entity.ts";
import { createApiToken, listApiTokens, revokeApiToken } from "./api-token.service.ts";
import { CreateApiTokenInput, CreateApiTokenPayload, RevokeApiTokenInput, RevokeApiTokenPayload } from "./api-token.types.ts";

/** API tokens for integrators; managed by signed-in admins only. */
@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Query(() => [ApiToken], { description: "Every API token, newest first, including revoked and expired ones. Signed-in admins only (FORBIDDEN otherwise)." })
  apiTokens(@Ctx() context: GraphQLContext): Promise<ApiToken[]> {
    return listApiTokens(context.em, context.scope);
  }

  @Mutation(() => CreateApiTokenPayload, { description: "Creates an API token with a role, territories and optional expiry; the secret is returned once. Signed-in admins only." })
  async createApiToken(@Ctx() context: GraphQLContext, @Arg("input", () => CreateApiTokenInput) input: CreateApiTokenInput): Promise<CreateApiTokenPayload> {
    try {
      const { apiToken, secret } = await createApiToken(context.em, context.scope, { ...input, expiresAt: input.expiresAt ?? null }, context.now());
      return { secret, apiToken, userErrors: [] };
    } catch (error) {
      return { secret: null, apiToken: null, userErrors: toUserErrors(error) };
    }
  }

  @Mutation(() => RevokeApiTokenPayload, { description: "Revokes an API token: requests with it fail from now on. Signed-in admins only." })
  async revokeApiToken(@Ctx() context: GraphQLContext, @Arg("input", () => RevokeApiTokenInput) input: RevokeApiTokenInput): Promise<RevokeApiTokenPayload> {
    try {
      return { apiToken: await revokeApiToken(context.em, context.scope, input.id, context.now()), userErrors: [] };
    } catch (error) {
      return { apiToken: null, userErrors: toUserErrors(error) };
    }
  }

  // Only admins reach tokens at all, and they see every territory and user.
  @FieldResolver(() => [Territory], { description: "Territories the token is limited to, by code; empty for ADMIN tokens." })
  territories(@Root() apiToken: ApiToken, @Ctx() context: GraphQLContext): Promise<Territory[]> {
    return context.loaders.apiTokens.territoriesByApiTokenId.load(apiToken.id);
  }

  @FieldResolver(() => User, { nullable: true, description: "The admin who created the token; null when that user was deleted." })
  createdBy(@Root() apiToken: ApiToken, @Ctx() context: GraphQLContext): Promise<User | null> | null {
    return apiToken.createdBy ? context.loaders.org.userById.load(apiToken.createdBy.id) : null;
  }
}
