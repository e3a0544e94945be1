import type { Ref } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import DataLoader from "dataloader";
import type { Scope } from "../auth/scope.ts";
import { manyPer, onePer } from "../shared/batch.ts";
import { plainInstance, toDate } from "../shared/plain-rows.ts";
import { executePrepared } from "../shared/sql.ts";
import { Region } from "./region.entity.ts";
import { Role, TerritoryMembership } from "./role.ts";
import { Territory } from "./territory.entity.ts";
import { User } from "./user.entity.ts";

/**
 * Per-request loaders of the organisation: regions, territories, users and memberships. The
 * by-id loaders return null for what the viewer may not see: territories outside their scope,
 * regions without any of their territories, users who are neither themselves, nor members of
 * their territories, nor administrators. Every loader reads plain objects (see
 * shared/plain-rows.ts) with one prepared statement per batch, the scope in the same SQL.
 */
export interface OrgLoaders {
  regionById: DataLoader<string, Region | null>;
  territoryById: DataLoader<string, Territory | null>;
  userById: DataLoader<string, User | null>;
  territoriesByRegionId: DataLoader<string, Territory[]>;
  repsByTerritoryId: DataLoader<string, User[]>;
  managersByTerritoryId: DataLoader<string, User[]>;
}

type Row = Record<string, unknown>;

// The password hash is never read here: it is not part of the User type.
/** The columns of a user `u` that {@link userFromRow} reads. */
export const userColumns = "u.id, u.email, u.name, u.role, u.created_at, u.version, u.deactivated_at";
/** The columns of a territory `t` that {@link territoryFromRow} reads. */
export const territoryColumns = "t.id, t.code, t.name, t.region_id, t.version, t.archived_at";

/** A plain `User` from a row of {@link userColumns}. */
export function userFromRow(row: Row): User {
  return plainInstance(User, {
    id: row.id as string,
    email: row.email as string,
    name: row.name as string,
    role: row.role as Role,
    createdAt: toDate(row.created_at),
    version: Number(row.version),
    deactivatedAt: toDate(row.deactivated_at) ?? null,
  });
}

/** A plain `Territory` from a row of {@link territoryColumns}; its region is an id-only reference. */
export function territoryFromRow(row: Row): Territory {
  return plainInstance(Territory, {
    id: row.id as string,
    code: row.code as string,
    name: row.name as string,
    region: { id: row.region_id } as Ref<Region>,
    version: Number(row.version),
    archivedAt: toDate(row.archived_at) ?? null,
  });
}

/**
 * Which users (rows of `alias`) the viewer may see, with its parameters numbered from
 * `$<firstParam>`: ADMIN everyone; others themselves, administrators (who author and approve
 * things in every territory) and the members of their territories; without a viewer nobody.
 */
export function visibleUserCondition(scope: Scope, firstParam: number, alias = "u"): { sql: string; params: unknown[] } {
  if (!scope.viewer) return { sql: "false", params: [] };
  const territoryIds = scope.territoryIds;
  if (!territoryIds) return { sql: "true", params: [] };
  return {
    sql: `(${alias}.role = '${Role.ADMIN}' or ${alias}.id::text = $${firstParam}
           or exists (select 1 from territory_member m where m.user_id = ${alias}.id and m.territory_id = any($${firstParam + 1}::uuid[])))`,
    params: [scope.viewer.userId, [...territoryIds]],
  };
}

/** Creates fresh loaders bound to the request's EntityManager and scope. */
export function createOrgLoaders(em: EntityManager, scope: Scope): OrgLoaders {
  const membersOf = (membership: TerritoryMembership) =>
    new DataLoader<string, User[]>(async (territoryIds) => {
      const rows = await executePrepared<Row & { territory_id: string }>(
        em,
        `select m.territory_id, ${userColumns} from territory_member m join app_user u on u.id = m.user_id
         where m.territory_id = any($1::uuid[]) and m.membership = $2 order by u.name`,
        [territoryIds, membership],
      );
      return manyPer(territoryIds, rows, (row) => row.territory_id).map((list) => list.map(userFromRow));
    });
  return {
    regionById: new DataLoader(async (ids) => {
      const visible = scope.territoryCondition("t", 2);
      const condition = scope.isAdmin ? "true" : `exists (select 1 from territory t where t.region_id = r.id and ${visible.sql})`;
      const rows = await executePrepared<Row>(em, `select r.id, r.code, r.name, r.version from region r where r.id = any($1::uuid[]) and ${condition}`, [ids, ...(scope.isAdmin ? [] : visible.params)]);
      return onePer(ids, rows.map((row) => plainInstance(Region, row as Partial<Region>)), (region) => region.id);
    }),
    territoryById: new DataLoader(async (ids) => {
      const visible = scope.territoryCondition("t", 2);
      const rows = await executePrepared<Row>(em, `select ${territoryColumns} from territory t where t.id = any($1::uuid[]) and ${visible.sql}`, [ids, ...visible.params]);
      return onePer(ids, rows.map(territoryFromRow), (territory) => territory.id);
    }),
    userById: new DataLoader(async (ids) => {
      const visible = visibleUserCondition(scope, 2);
      const rows = await executePrepared<Row>(em, `select ${userColumns} from app_user u where u.id = any($1::uuid[]) and ${visible.sql}`, [ids, ...visible.params]);
      return onePer(ids, rows.map(userFromRow), (user) => user.id);
    }),
    territoriesByRegionId: new DataLoader(async (regionIds) => {
      const visible = scope.territoryCondition("t", 2);
      const rows = await executePrepared<Row>(
        em,
        `select ${territoryColumns} from territory t where t.region_id = any($1::uuid[]) and ${visible.sql} order by t.code`,
        [regionIds, ...visible.params],
      );
      return manyPer(regionIds, rows.map(territoryFromRow), (territory) => territory.region.id);
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
