import type { EntityManager } from "@mikro-orm/postgresql";
import DataLoader from "dataloader";
import type { Scope } from "../auth/scope.ts";
import { manyPer, onePer } from "../shared/batch.ts";
import { Region } from "./region.entity.ts";
import { Role, TerritoryMembership } from "./role.ts";
import { TerritoryMember } from "./territory-member.entity.ts";
import { Territory } from "./territory.entity.ts";
import { User } from "./user.entity.ts";

/**
 * Per-request loaders of the organisation: regions, territories, users and memberships. The
 * by-id loaders return null for what the viewer may not see: territories outside their scope,
 * regions without any of their territories, users who are neither themselves, nor members of
 * their territories, nor administrators.
 */
export interface OrgLoaders {
  regionById: DataLoader<string, Region | null>;
  territoryById: DataLoader<string, Territory | null>;
  userById: DataLoader<string, User | null>;
  territoriesByRegionId: DataLoader<string, Territory[]>;
  repsByTerritoryId: DataLoader<string, User[]>;
  managersByTerritoryId: DataLoader<string, User[]>;
}

async function visibleRegionIds(em: EntityManager, scope: Scope, ids: readonly string[]): Promise<Set<string>> {
  const territories = await em.find(Territory, { $and: [{ region: { $in: [...ids] } }, scope.territoryWhere()] }, { fields: ["region"] });
  return new Set(territories.map((territory) => territory.region.id));
}

// Administrators are visible to everyone: they author and approve things in every territory.
async function visibleUserIds(em: EntityManager, scope: Scope, ids: readonly string[]): Promise<Set<string> | undefined> {
  const territoryIds = scope.territoryIds;
  if (!territoryIds) return undefined;
  const members = await em.find(TerritoryMember, { user: { $in: [...ids] }, territory: { $in: [...territoryIds] } });
  const admins = await em.find(User, { id: { $in: [...ids] }, role: Role.ADMIN }, { fields: ["id"] });
  return new Set([...members.map((member) => member.user.id), ...admins.map((admin) => admin.id), ...(scope.viewer ? [scope.viewer.userId] : [])]);
}

/** Creates fresh loaders bound to the request's EntityManager and scope. */
export function createOrgLoaders(em: EntityManager, scope: Scope): OrgLoaders {
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
    regionById: new DataLoader(async (ids) => {
      const visible = scope.isAdmin ? undefined : await visibleRegionIds(em, scope, ids);
      const regions = await em.find(Region, { id: { $in: [...ids].filter((id) => !visible || visible.has(id)) } });
      return onePer(ids, regions, (region) => region.id);
    }),
    territoryById: new DataLoader(async (ids) => {
      const territories = await em.find(Territory, { $and: [{ id: { $in: [...ids] } }, scope.territoryWhere()] });
      return onePer(ids, territories, (territory) => territory.id);
    }),
    userById: new DataLoader(async (ids) => {
      const visible = scope.viewer ? await visibleUserIds(em, scope, ids) : new Set<string>();
      const users = await em.find(User, { id: { $in: [...ids].filter((id) => !visible || visible.has(id)) } });
      return onePer(ids, users, (user) => user.id);
    }),
    territoriesByRegionId: new DataLoader(async (regionIds) => {
      const territories = await em.find(Territory, { $and: [{ region: { $in: [...regionIds] } }, scope.territoryWhere()] }, { orderBy: { code: "asc" } });
      return manyPer(regionIds, territories, (territory) => territory.region.id);
    }),
    repsByTerritoryId: membersOf(TerritoryMembership.REP),
    managersByTerritoryId: membersOf(TerritoryMembership.MANAGER),
  };
}

declare module "../shared/context.ts" {
  interface Loaders {
    org: OrgLoaders;
  }
}
