import { OptimisticLockError, UniqueConstraintViolationException } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Scope } from "../auth/scope.ts";
import { DomainError, DomainErrors } from "../shared/domain-error.ts";
import { fromGlobalId } from "../shared/global-id.ts";
import { executeSql } from "../shared/sql.ts";
import { Region } from "./region.entity.ts";
import { Role, TerritoryMembership } from "./role.ts";
import { TerritoryMember } from "./territory-member.entity.ts";
import { Territory } from "./territory.entity.ts";
import { User } from "./user.entity.ts";

type Field = "code" | "name";

function text(problems: DomainError[], field: Field, value: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length < 1 || trimmed.length > max) problems.push(new DomainError("VALIDATION", `${field} must be 1..${max} characters, got ${trimmed.length}`, [field]));
  return trimmed;
}

function decode(problems: DomainError[], type: "Region" | "Territory" | "User", globalId: string, field: string): string | undefined {
  try {
    return fromGlobalId(type, globalId, field);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    problems.push(new DomainError("VALIDATION", error.message, [field]));
    return undefined;
  }
}

/** Runs a write and turns lost races into the answers the checks give. */
async function guarded<T>(what: string, code: string | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof OptimisticLockError) throw new DomainError("CONFLICT", `the ${what} was changed by someone else meanwhile; reload it and apply your change again`, ["expectedVersion"]);
    if (error instanceof UniqueConstraintViolationException) throw new DomainError("DUPLICATE", `code "${code}" is already used by another ${what}`, ["code"]);
    throw error;
  }
}

function requireVersion(what: string, label: string, actual: number, expected: number): void {
  if (actual !== expected) throw new DomainError("CONFLICT", `${what} ${label} is at version ${actual}, not the expected ${expected}; reload it and apply your change again`, ["expectedVersion"]);
}

async function requireFreeCode(em: EntityManager, entity: typeof Region | typeof Territory, code: string, what: string, exceptId?: string): Promise<void> {
  const other = await em.findOne(entity as typeof Region, { code });
  if (other && other.id !== exceptId) throw new DomainError("DUPLICATE", `code "${code}" is already used by another ${what}`, ["code"]);
}

/** Creates a region (ADMIN). */
export async function createRegion(em: EntityManager, scope: Scope, input: { code: string; name: string }): Promise<Region> {
  scope.require(scope.mayManageOrganisation(), "create regions (an ADMIN may)");
  const problems: DomainError[] = [];
  const code = text(problems, "code", input.code, 32);
  const name = text(problems, "name", input.name, 200);
  if (problems.length > 0) throw new DomainErrors(problems);
  await requireFreeCode(em, Region, code, "region");
  return guarded("region", code, async () => {
    const region = Object.assign(new Region(), { code, name });
    em.persist(region);
    await em.flush();
    return region;
  });
}

/** Renames or recodes a region at the expected version (ADMIN). */
export async function updateRegion(em: EntityManager, scope: Scope, input: { id: string; expectedVersion: number; code?: string | null; name?: string | null }): Promise<Region> {
  scope.require(scope.mayManageOrganisation(), "change regions (an ADMIN may)");
  const region = await em.findOne(Region, fromGlobalId("Region", input.id, "id"));
  if (!region) throw new DomainError("NOT_FOUND", `no region with id ${input.id}`, ["id"]);
  requireVersion("region", region.code, region.version, input.expectedVersion);
  const problems: DomainError[] = [];
  for (const required of ["code", "name"] as const) if (input[required] === null) problems.push(new DomainError("VALIDATION", `${required} cannot be removed (null)`, [required]));
  const code = input.code != null ? text(problems, "code", input.code, 32) : region.code;
  const name = input.name != null ? text(problems, "name", input.name, 200) : region.name;
  if (problems.length > 0) throw new DomainErrors(problems);
  if (code !== region.code) await requireFreeCode(em, Region, code, "region", region.id);
  return guarded("region", code, async () => {
    Object.assign(region, { code, name });
    await em.flush();
    return region;
  });
}

/** Creates a territory in a region (ADMIN). */
export async function createTerritory(em: EntityManager, scope: Scope, input: { code: string; name: string; regionId: string }): Promise<Territory> {
  scope.require(scope.mayManageOrganisation(), "create territories (an ADMIN may)");
  const problems: DomainError[] = [];
  const code = text(problems, "code", input.code, 32);
  const name = text(problems, "name", input.name, 200);
  const regionUuid = decode(problems, "Region", input.regionId, "regionId");
  const region = regionUuid ? await em.findOne(Region, regionUuid) : null;
  if (regionUuid && !region) problems.push(new DomainError("NOT_FOUND", `regionId names no region (${input.regionId})`, ["regionId"]));
  if (problems.length > 0 || !region) throw new DomainErrors(problems);
  await requireFreeCode(em, Territory, code, "territory");
  return guarded("territory", code, async () => {
    const territory = Object.assign(new Territory(), { code, name, region: em.getReference(Region, region.id, { wrapped: true }) });
    em.persist(territory);
    await em.flush();
    return territory;
  });
}

async function territoryForWrite(em: EntityManager, globalId: string, expectedVersion: number): Promise<Territory> {
  const territory = await em.findOne(Territory, fromGlobalId("Territory", globalId, "id"));
  if (!territory) throw new DomainError("NOT_FOUND", `no territory with id ${globalId}`, ["id"]);
  requireVersion("territory", territory.code, territory.version, expectedVersion);
  return territory;
}

/** Renames, recodes or moves a territory to another region at the expected version (ADMIN). */
export async function updateTerritory(em: EntityManager, scope: Scope, input: { id: string; expectedVersion: number; code?: string | null; name?: string | null; regionId?: string | null }): Promise<Territory> {
  scope.require(scope.mayManageOrganisation(), "change territories (an ADMIN may)");
  const territory = await territoryForWrite(em, input.id, input.expectedVersion);
  const problems: DomainError[] = [];
  for (const required of ["code", "name", "regionId"] as const) if (input[required] === null) problems.push(new DomainError("VALIDATION", `${required} cannot be removed (null)`, [required]));
  const code = input.code != null ? text(problems, "code", input.code, 32) : territory.code;
  const name = input.name != null ? text(problems, "name", input.name, 200) : territory.name;
  let regionId = territory.region.id;
  if (input.regionId != null) {
    const uuid = decode(problems, "Region", input.regionId, "regionId");
    if (uuid && !(await em.findOne(Region, uuid))) problems.push(new DomainError("NOT_FOUND", `regionId names no region (${input.regionId})`, ["regionId"]));
    if (uuid) regionId = uuid;
  }
  if (problems.length > 0) throw new DomainErrors(problems);
  if (code !== territory.code) await requireFreeCode(em, Territory, code, "territory", territory.id);
  return guarded("territory", code, async () => {
    Object.assign(territory, { code, name, region: em.getReference(Region, regionId, { wrapped: true }) });
    await em.flush();
    return territory;
  });
}

/** Archives a territory that has no active customers (ADMIN); archiving again keeps the first time. */
export async function archiveTerritory(em: EntityManager, scope: Scope, input: { id: string; expectedVersion: number }, now: Date): Promise<Territory> {
  scope.require(scope.mayManageOrganisation(), "archive territories (an ADMIN may)");
  const territory = await territoryForWrite(em, input.id, input.expectedVersion);
  const [row] = await executeSql<{ count: number }>(em, "select count(*)::int as count from customer where territory_id = $1::uuid and status = 'ACTIVE'", [territory.id]);
  const active = row?.count ?? 0;
  if (active > 0) throw new DomainError("VALIDATION", `territory ${territory.code} still has ${active} active customer(s); move or archive them first`, ["id"]);
  return guarded("territory", territory.code, async () => {
    territory.archivedAt ??= now;
    await em.flush();
    return territory;
  });
}

/** The user and territories an assignment names, checked: the membership must match the user's role. */
async function resolveMember(em: EntityManager, input: { userId: string; territoryId?: string | null; regionId?: string | null; membership: TerritoryMembership }, joining: boolean): Promise<{ user: User; territories: Territory[] }> {
  const problems: DomainError[] = [];
  const userUuid = decode(problems, "User", input.userId, "userId");
  if ((input.territoryId == null) === (input.regionId == null)) problems.push(new DomainError("VALIDATION", "give exactly one of territoryId and regionId", ["territoryId"]));
  const territoryUuid = input.territoryId != null ? decode(problems, "Territory", input.territoryId, "territoryId") : undefined;
  const regionUuid = input.regionId != null ? decode(problems, "Region", input.regionId, "regionId") : undefined;
  if (problems.length > 0) throw new DomainErrors(problems);
  const user = userUuid ? await em.findOne(User, userUuid) : null;
  if (!user) throw new DomainError("NOT_FOUND", `userId names no user (${input.userId})`, ["userId"]);
  const expected = user.role === Role.MANAGER ? TerritoryMembership.MANAGER : user.role === Role.REP ? TerritoryMembership.REP : undefined;
  if (!expected) throw new DomainError("VALIDATION", `${user.email} is an ADMIN, who sees every territory and joins none`, ["userId"]);
  if (input.membership !== expected) throw new DomainError("VALIDATION", `${user.email} is a ${user.role}, so the membership must be ${expected}, got ${input.membership}`, ["membership"]);
  let territories: Territory[];
  if (territoryUuid) {
    const territory = await em.findOne(Territory, territoryUuid);
    if (!territory) throw new DomainError("NOT_FOUND", `territoryId names no territory (${input.territoryId})`, ["territoryId"]);
    territories = [territory];
  } else {
    if (!(await em.findOne(Region, regionUuid!))) throw new DomainError("NOT_FOUND", `regionId names no region (${input.regionId})`, ["regionId"]);
    territories = await em.find(Territory, { region: regionUuid!, ...(joining ? { archivedAt: null } : {}) }, { orderBy: { code: "asc" } });
  }
  if (joining) {
    const archived = territories.find((territory) => territory.archivedAt);
    if (archived) throw new DomainError("VALIDATION", `territory ${archived.code} is archived and takes no members`, ["territoryId"]);
  }
  return { user, territories };
}

/** Makes a user a rep or manager of a territory, or of every active territory of a region (ADMIN); already a member is fine. */
export async function assignTerritoryMember(em: EntityManager, scope: Scope, input: { userId: string; territoryId?: string | null; regionId?: string | null; membership: TerritoryMembership }): Promise<{ user: User; territories: Territory[] }> {
  scope.require(scope.mayManageOrganisation(), "assign territory members (an ADMIN may)");
  const { user, territories } = await resolveMember(em, input, true);
  const existing = new Set((await em.find(TerritoryMember, { user: user.id, membership: input.membership })).map((member) => member.territory.id));
  for (const territory of territories) {
    if (existing.has(territory.id)) continue;
    em.persist(Object.assign(new TerritoryMember(), { user: em.getReference(User, user.id, { wrapped: true }), territory: em.getReference(Territory, territory.id, { wrapped: true }), membership: input.membership }));
  }
  await em.flush();
  return { user, territories };
}

/** Takes a user out of a territory, or of every territory of a region (ADMIN); not a member is fine. */
export async function unassignTerritoryMember(em: EntityManager, scope: Scope, input: { userId: string; territoryId?: string | null; regionId?: string | null; membership: TerritoryMembership }): Promise<{ user: User; territories: Territory[] }> {
  scope.require(scope.mayManageOrganisation(), "unassign territory members (an ADMIN may)");
  const { user, territories } = await resolveMember(em, input, false);
  const ids = new Set(territories.map((territory) => territory.id));
  for (const member of await em.find(TerritoryMember, { user: user.id, membership: input.membership })) if (ids.has(member.territory.id)) em.remove(member);
  await em.flush();
  return { user, territories };
}
