import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { User } from "../org/user.entity.ts";
import type { GraphQLContext } from "../shared/context.ts";
import { toUserErrors } from "../shared/error-mapping.ts";
import { mayReadProfile, profileView, setRepWorkProfile } from "./rep-work-profile.service.ts";
import { RepWorkProfileView, SetRepWorkProfileInput, SetRepWorkProfilePayload } from "./rep-work-profile.types.ts";

/** Reps' work profiles: `User.workProfile` and `setRepWorkProfile`. */
@Resolver(() => User)
export class RepWorkProfileResolver {
  @FieldResolver(() => RepWorkProfileView, {
    nullable: true,
    description: "The rep's work profile for visit planning; null when none is set or you may not read it (ADMIN, the managers of the rep's territories and the rep themself may).",
  })
  async workProfile(@Root() user: User, @Ctx() context: GraphQLContext): Promise<RepWorkProfileView | null> {
    const loaded = await context.loaders.visitPlans.workProfileByUserId.load(user.id);
    if (!loaded || !mayReadProfile(context, user.id, loaded.territoryIds)) return null;
    return profileView(loaded.profile, RepWorkProfileView);
  }

  @Mutation(() => SetRepWorkProfilePayload, {
    description:
      "Sets a rep's whole work profile (start and end places, working weekdays, day start and end, break, non-customer minutes, speed, road factor, days off), replacing the stored one. Every broken rule is a VALIDATION userError stating the rule and the value. ADMIN, or a MANAGER of one of the rep's territories. Audited.",
  })
  async setRepWorkProfile(@Ctx() context: GraphQLContext, @Arg("input", () => SetRepWorkProfileInput) input: SetRepWorkProfileInput): Promise<SetRepWorkProfilePayload> {
    try {
      const { rep, profile } = await context.em.transactional((tx) => setRepWorkProfile(tx, context, input));
      return Object.assign(new SetRepWorkProfilePayload(), { rep, workProfile: profileView(profile, RepWorkProfileView), userErrors: [] });
    } catch (error) {
      return Object.assign(new SetRepWorkProfilePayload(), { rep: null, workProfile: null, userErrors: toUserErrors(error) });
    }
  }
}
