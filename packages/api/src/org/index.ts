import type { FeatureManifest } from "../shared/feature.ts";
import { createOrgLoaders } from "./org.loaders.ts";
import { OrgAdminResolver } from "./org-admin.resolver.ts";
import { OrgResolver, RegionFieldsResolver, TerritoryFieldsResolver } from "./org.resolver.ts";
import { Region } from "./region.entity.ts";
import { TerritoryMember } from "./territory-member.entity.ts";
import { Territory } from "./territory.entity.ts";
import { User } from "./user.entity.ts";

declare module "../shared/global-id.ts" {
  interface NodeTypes {
    Region: Region;
    Territory: Territory;
    User: User;
  }
}

/** The organisation: regions, territories, users and who works where. */
export const orgFeature: FeatureManifest = {
  name: "org",
  entities: [Region, Territory, User, TerritoryMember],
  resolvers: [OrgResolver, TerritoryFieldsResolver, RegionFieldsResolver, OrgAdminResolver],
  loaders: ({ em, scope }) => ({ org: createOrgLoaders(em, scope) }),
  rootFieldAccess: {
    me: "any viewer; null for API tokens",
    territories: "ADMIN all; MANAGER/REP their territories",
    regions: "ADMIN all; MANAGER/REP the regions of their territories",
    createRegion: "ADMIN",
    updateRegion: "ADMIN",
    createTerritory: "ADMIN",
    updateTerritory: "ADMIN",
    archiveTerritory: "ADMIN; only without active customers",
    assignTerritoryMember: "ADMIN",
    unassignTerritoryMember: "ADMIN",
  },
  nodes: {
    Region: (uuid, { loaders }) => loaders.org.regionById.load(uuid),
    Territory: (uuid, { loaders }) => loaders.org.territoryById.load(uuid),
    User: (uuid, { loaders }) => loaders.org.userById.load(uuid),
  },
};
