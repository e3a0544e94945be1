import { Field, ID, InputType, ObjectType } from "type-graphql";
import { UserError } from "../shared/error-mapping.ts";
import { DateTimeScalar } from "../shared/scalars.ts";
import { Role } from "../org/role.ts";
import { ApiToken } from "./api-token.entity.ts";

/** What a new API token may do. */
@InputType("CreateApiTokenInput", { description: "A new API token: its purpose, role, territories and optional expiry." })
export class CreateApiTokenInput {
  @Field(() => String, { description: "What the token is for, 1..200 characters." })
  name: string;

  @Field(() => Role, { description: "Role the token acts with." })
  role: Role;

  @Field(() => [ID], { defaultValue: [], description: "Territories the token is limited to: at least one for MANAGER and REP tokens, none for ADMIN tokens (which see everything)." })
  territoryIds: string[];

  @Field(() => DateTimeScalar, { nullable: true, description: "When the token stops working; omit for no expiry. Must lie in the future." })
  expiresAt?: Date | null;
}

/** Which token to revoke. */
@InputType("RevokeApiTokenInput", { description: "The API token to revoke." })
export class RevokeApiTokenInput {
  @Field(() => ID, { description: "Global ID of the token." })
  id: string;
}

/** Result of creating a token. */
@ObjectType("CreateApiTokenPayload", { description: "The new token with its secret, shown only this once." })
export class CreateApiTokenPayload {
  @Field(() => String, { nullable: true, description: "The secret to send as `Authorization: Bearer <secret>`. Shown only here: it is stored as a hash and cannot be retrieved later." })
  secret: string | null;

  @Field(() => ApiToken, { nullable: true, description: "The created token; null when userErrors is not empty." })
  apiToken: ApiToken | null;

  @Field(() => [UserError], { description: "Why nothing was created; empty on success." })
  userErrors: UserError[];
}

/** Result of revoking a token. */
@ObjectType("RevokeApiTokenPayload", { description: "The revoked token, or why it could not be revoked." })
export class RevokeApiTokenPayload {
  @Field(() => ApiToken, { nullable: true, description: "The revoked token; null when userErrors is not empty." })
  apiToken: ApiToken | null;

  @Field(() => [UserError], { description: "Why nothing was revoked; empty on success." })
  userErrors: UserError[];
}
