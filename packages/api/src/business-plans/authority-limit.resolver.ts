import { AMOUNT_DECIMALS, formatPlanDecimal, parsePlanDecimal } from "@beatplan/domain";
import type { EntityManager } from "@mikro-orm/postgresql";
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { actorKey } from "../auth/viewer.ts";
import type { GraphQLContext } from "../shared/context.ts";
import { DomainError } from "../shared/domain-error.ts";
import { toUserErrors, UserError } from "../shared/error-mapping.ts";
import { fromGlobalId } from "../shared/global-id.ts";
import { runIdempotent } from "../shared/idempotency.ts";
import { DecimalScalar } from "../shared/scalars.ts";
import { Role } from "../org/role.ts";
import { User } from "../org/user.entity.ts";
import { AuthorityLimit } from "./authority-limit.entity.ts";

/** Sets the authority limit of a role or of one user. */
@InputType("SetAuthorityLimitInput", { description: "Sets the promotion-budget authority limit of a role (the default) or of one user (overrides the role); give exactly one of role and userId." })
export class SetAuthorityLimitInput {
  @Field(() => Role, { nullable: true, description: "The role whose default to set." })
  role?: Role | null;

  @Field(() => ID, { nullable: true, description: "The user (global ID) whose own limit to set." })
  userId?: string | null;

  @Field(() => DecimalScalar, { description: "The limit, ≥ 0, up to 2 decimals." })
  promotionBudget: string;

  @Field(() => String, { nullable: true, description: "Client-chosen key for safe retries (see the business-plan mutations)." })
  idempotencyKey?: string | null;
}

/** Result of setting an authority limit. */
@ObjectType("AuthorityLimitPayload", { description: "Result of setting an authority limit." })
export class AuthorityLimitPayload {
  @Field(() => AuthorityLimit, { nullable: true, description: "The limit as stored; null when userErrors is not empty." })
  authorityLimit: AuthorityLimit | null;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors: UserError[];
}

async function setAuthorityLimit(em: EntityManager, input: SetAuthorityLimitInput): Promise<AuthorityLimit> {
  if ((input.role == null) === (input.userId == null)) throw new DomainError("VALIDATION", "give exactly one of role and userId", ["role"]);
  const parsed = parsePlanDecimal(input.promotionBudget, AMOUNT_DECIMALS, "promotionBudget");
  if (!parsed.ok) throw new DomainError("VALIDATION", parsed.message, ["promotionBudget"]);
  const userId = input.userId == null ? null : fromGlobalId("User", input.userId, "userId");
  if (userId && !(await em.findOne(User, userId, { fields: ["id"] }))) throw new DomainError("NOT_FOUND", `no user with id ${input.userId}`, ["userId"]);
  const existing = await em.findOne(AuthorityLimit, userId ? { user: userId } : { role: input.role! });
  const limit = existing ?? new AuthorityLimit();
  limit.role = userId ? null : input.role!;
  limit.user = userId ? em.getReference(User, userId, { wrapped: true }) : null;
  limit.promotionBudget = formatPlanDecimal(parsed.units, AMOUNT_DECIMALS);
  em.persist(limit);
  await em.flush();
  return limit;
}

/** Authority limits: who may commit how much promotion budget without a manager. */
@Resolver(() => AuthorityLimit)
export class AuthorityLimitResolver {
  @Query(() => [AuthorityLimit], { description: "Configured authority limits: role defaults first, then the own limits of users you may see (those of your territories; administrators see all). Roles without a row use the built-in default (REP 10,000.00, MANAGER 100,000.00)." })
  async authorityLimits(@Ctx() context: GraphQLContext): Promise<AuthorityLimit[]> {
    const limits = await context.em.find(AuthorityLimit, {}, { orderBy: { role: "asc", user: { email: "asc" } } });
    // A user's own limit is personal data of that user: list it only where the user is visible.
    const owners = await Promise.all(limits.map((limit) => (limit.user ? context.loaders.org.userById.load(limit.user.id) : null)));
    return limits.filter((limit, index) => !limit.user || owners[index] !== null);
  }

  @FieldResolver(() => User, { nullable: true, description: "The user this limit belongs to; null for a role default." })
  user(@Root() limit: AuthorityLimit, @Ctx() context: GraphQLContext): Promise<User | null> | null {
    return limit.user ? context.loaders.org.userById.load(limit.user.id) : null;
  }

  @Mutation(() => AuthorityLimitPayload, { description: "Sets the authority limit of a role or a user (administrators only). It applies to plans when they are next confirmed or listed." })
  async setAuthorityLimit(@Ctx() context: GraphQLContext, @Arg("input", () => SetAuthorityLimitInput) input: SetAuthorityLimitInput): Promise<AuthorityLimitPayload> {
    try {
      context.scope.require(context.viewer?.role === Role.ADMIN, "set authority limits");
      const codec = { encode: (limit: AuthorityLimit) => ({ id: limit.id }), decode: (stored: unknown, em: EntityManager) => em.findOneOrFail(AuthorityLimit, (stored as { id: string }).id) };
      const limit = await runIdempotent(context.em, { key: input.idempotencyKey, operation: "setAuthorityLimit", actorId: context.viewer ? actorKey(context.viewer) : "anonymous", input }, (tx) => setAuthorityLimit(tx, input), codec);
      return Object.assign(new AuthorityLimitPayload(), { authorityLimit: limit, userErrors: [] });
    } catch (error) {
      return Object.assign(new AuthorityLimitPayload(), { authorityLimit: null, userErrors: toUserErrors(error) });
    }
  }
}
