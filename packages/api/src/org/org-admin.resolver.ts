import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../shared/context.ts";
import { toUserErrors } from "../shared/error-mapping.ts";
import { userUuidOf } from "../users/user-ids.ts";
import { archiveTerritory, assignTerritoryMember, createRegion, createTerritory, unassignTerritoryMember, updateRegion, updateTerritory } from "./org-admin.service.ts";
import {
  ArchiveTerritoryInput,
  CreateRegionInput,
  CreateTerritoryInput,
  RegionPayload,
  TerritoryMemberInput,
  TerritoryMemberPayload,
  TerritoryPayload,
  UpdateRegionInput,
  UpdateTerritoryInput,
} from "./org-admin.types.ts";
import { Region } from "./region.entity.ts";
import { Territory } from "./territory.entity.ts";

async function regionPayload(work: () => Promise<Region>): Promise<RegionPayload> {
  try {
    return { region: await work(), userErrors: [] };
  } catch (error) {
    return { region: null, userErrors: toUserErrors(error) };
  }
}

async function territoryPayload(work: () => Promise<Territory>): Promise<TerritoryPayload> {
  try {
    return { territory: await work(), userErrors: [] };
  } catch (error) {
    return { territory: null, userErrors: toUserErrors(error) };
  }
}

/** Administration of the organisation: regions, territories and who works where (ADMIN). */
@Resolver()
export class OrgAdminResolver {
  @Query(() => [Region], { description: "Every region the viewer may see, by code: all for ADMIN, else the regions of their territories." })
  async regions(@Ctx() context: GraphQLContext): Promise<Region[]> {
    if (context.scope.isAdmin) return context.em.find(Region, {}, { orderBy: { code: "asc" } });
    const territories = await context.em.find(Territory, context.scope.territoryWhere(), { fields: ["region"] });
    const ids = [...new Set(territories.map((territory) => territory.region.id))];
    return ids.length === 0 ? [] : context.em.find(Region, { id: { $in: ids } }, { orderBy: { code: "asc" } });
  }

  @Mutation(() => RegionPayload, { description: "Creates a region. ADMIN only." })
  createRegion(@Ctx() context: GraphQLContext, @Arg("input", () => CreateRegionInput) input: CreateRegionInput): Promise<RegionPayload> {
    return regionPayload(() => createRegion(context.em, context.scope, input));
  }

  @Mutation(() => RegionPayload, { description: "Renames or recodes a region at the expected version. ADMIN only." })
  updateRegion(@Ctx() context: GraphQLContext, @Arg("input", () => UpdateRegionInput) input: UpdateRegionInput): Promise<RegionPayload> {
    return regionPayload(() => updateRegion(context.em, context.scope, input));
  }

  @Mutation(() => TerritoryPayload, { description: "Creates a territory in a region. ADMIN only." })
  createTerritory(@Ctx() context: GraphQLContext, @Arg("input", () => CreateTerritoryInput) input: CreateTerritoryInput): Promise<TerritoryPayload> {
    return territoryPayload(() => createTerritory(context.em, context.scope, input));
  }

  @Mutation(() => TerritoryPayload, { description: "Renames, recodes or moves a territory to another region at the expected version. ADMIN only." })
  updateTerritory(@Ctx() context: GraphQLContext, @Arg("input", () => UpdateTerritoryInput) input: UpdateTerritoryInput): Promise<TerritoryPayload> {
    return territoryPayload(() => updateTerritory(context.em, context.scope, input));
  }

  @Mutation(() => TerritoryPayload, { description: "Archives a territory that has no active customers; it then takes no new members or customers. ADMIN only." })
  archiveTerritory(@Ctx() context: GraphQLContext, @Arg("input", () => ArchiveTerritoryInput) input: ArchiveTerritoryInput): Promise<TerritoryPayload> {
    return territoryPayload(() => archiveTerritory(context.em, context.scope, input, context.now()));
  }

  @Mutation(() => TerritoryMemberPayload, { description: "Makes a REP user a rep, or a MANAGER user a manager, of a territory or of every active territory of a region; a rep may work in several. ADMIN only." })
  async assignTerritoryMember(@Ctx() context: GraphQLContext, @Arg("input", () => TerritoryMemberInput) input: TerritoryMemberInput): Promise<TerritoryMemberPayload> {
    try {
      const userId = userUuidOf(input.userId);
      const change = () => assignTerritoryMember(context.em, context.scope, input);
      const result = userId ? await context.sessions.changing(userId, change) : await change();
      return { ...result, userErrors: [] };
    } catch (error) {
      return { user: null, territories: [], userErrors: toUserErrors(error) };
    }
  }

  @Mutation(() => TerritoryMemberPayload, { description: "Takes a user out of a territory, or of every territory of a region; their access ends on their next request. ADMIN only." })
  async unassignTerritoryMember(@Ctx() context: GraphQLContext, @Arg("input", () => TerritoryMemberInput) input: TerritoryMemberInput): Promise<TerritoryMemberPayload> {
    try {
      const userId = userUuidOf(input.userId);
      const change = () => unassignTerritoryMember(context.em, context.scope, input);
      const result = userId ? await context.sessions.changing(userId, change) : await change();
      return { ...result, userErrors: [] };
    } catch (error) {
      return { user: null, territories: [], userErrors: toUserErrors(error) };
    }
  }
}
