import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../shared/context.ts";
import { Region } from "./region.entity.ts";
import { Territory } from "./territory.entity.ts";
import { User } from "./user.entity.ts";

/** The organisation: territories and the signed-in user. */
@Resolver()
export class OrgResolver {
  @Query(() => [Territory], { description: "Every territory the viewer may see, by code." })
  territories(@Ctx() context: GraphQLContext): Promise<Territory[]> {
    return context.em.find(Territory, context.scope.territoryWhere(), { orderBy: { code: "asc" } });
  }

  @Query(() => User, { nullable: true, description: "The signed-in user; null for requests made with an API token." })
  me(@Ctx() context: GraphQLContext): Promise<User | null> | null {
    return context.viewer && !context.viewer.apiTokenId ? context.loaders.org.userById.load(context.viewer.userId) : null;
  }
}

/** Relations of a territory, read through per-request DataLoaders. */
@Resolver(() => Territory)
export class TerritoryFieldsResolver {
  @FieldResolver(() => Region, { description: "Region the territory belongs to." })
  async region(@Root() territory: Territory, @Ctx() context: GraphQLContext): Promise<Region> {
    const region = await context.loaders.org.regionById.load(territory.region.id);
    if (!region) throw new Error(`territory ${territory.code} references missing region ${territory.region.id}`);
    return region;
  }

  @FieldResolver(() => [User], { description: "Reps assigned to the territory, by name." })
  reps(@Root() territory: Territory, @Ctx() context: GraphQLContext): Promise<User[]> {
    return context.loaders.org.repsByTerritoryId.load(territory.id);
  }

  @FieldResolver(() => [User], { description: "Managers of the territory, by name." })
  managers(@Root() territory: Territory, @Ctx() context: GraphQLContext): Promise<User[]> {
    return context.loaders.org.managersByTerritoryId.load(territory.id);
  }
}

/** Relations of a region, read through per-request DataLoaders. */
@Resolver(() => Region)
export class RegionFieldsResolver {
  @FieldResolver(() => [Territory], { description: "Territories of the region, by code." })
  territories(@Root() region: Region, @Ctx() context: GraphQLContext): Promise<Territory[]> {
    return context.loaders.org.territoriesByRegionId.load(region.id);
  }
}
