import type { EntityManager } from "@mikro-orm/postgresql";
import DataLoader from "dataloader";
import { manyPer, onePer } from "../graphql/batch.ts";
import { Region } from "./region.entity.ts";
import { TerritoryMembership } from "./role.ts";
import { TerritoryMember } from "./territory-member.entity.ts";
import { Territory } from "./territory.entity.ts";
import { User } from "./user.entity.ts";

/** Per-request loaders of the organisation: regions, territories, users and memberships. */
export interface OrgLoaders {
  regionById: DataLoader<string, Region | null>;
  territoryById: DataLoader<string, Territory | null>;
  userById: DataLoader<string, User | null>;
  territoriesByRegionId: DataLoader<string, Territory[]>;
  repsByTerritoryId: DataLoader<string, User[]>;
  managersByTerritoryId: DataLoader<string, User[]>;
}

/** Creates fresh loaders bound to the request's EntityManager. */
export function createOrgLoaders(em: EntityManager): OrgLoaders {
  const membersOf = (membership: TerritoryMembership) =>
    new DataLoader<string, User[]>(async (territoryIds) => {
      const members = await em.find(
        TerritoryMember,
        { territory: { $in: [...territoryIds] }, membership },
        { populate: ["user"], orderBy: { user: { name: "asc" } } },
      );
      return manyPer(territoryIds, members, (member) => member.territory.id).map((list) => list.map((member) => member.user.getEntity()));
    });
  return {
    regionById: new DataLoader(async (ids) => onePer(ids, await em.find(Region, { id: { $in: [...ids] } }), (region) => region.id)),
    territoryById: new DataLoader(async (ids) => onePer(ids, await em.find(Territory, { id: { $in: [...ids] } }), (territory) => territory.id)),
    userById: new DataLoader(async (ids) => onePer(ids, await em.find(User, { id: { $in: [...ids] } }), (user) => user.id)),
    territoriesByRegionId: new DataLoader(async (regionIds) => {
      const territories = await em.find(Territory, { region: { $in: [...regionIds] } }, { orderBy: { code: "asc" } });
      return manyPer(regionIds, territories, (territory) => territory.region.id);
    }),
    repsByTerritoryId: membersOf(TerritoryMembership.REP),
    managersByTerritoryId: membersOf(TerritoryMembership.MANAGER),
  };
}
