import { createHash, randomBytes } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Scope } from "../auth/scope.ts";
import type { Viewer } from "../auth/viewer.ts";
import { executeSql } from "../shared/sql.ts";
import { DomainError, DomainErrors } from "../shared/domain-error.ts";
import { fromGlobalId } from "../shared/global-id.ts";
import { Role } from "../org/role.ts";
import { Territory } from "../org/territory.entity.ts";
import { User } from "../org/user.entity.ts";
import { ApiTokenTerritory } from "./api-token-territory.entity.ts";
import { ApiToken } from "./api-token.entity.ts";

/** Every API token starts with this, so that it is told apart from a sign-in JWT (and found by secret scanners). */
export const apiTokenPrefix = "bp_";

/** The last-used time is written at most this often per token. */
export const lastUsedResolutionMs = 60_000;

/** SHA-256 (hex) of a token secret: what is stored and looked up. */
export function hashApiToken(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** What a new token is for. */
export interface NewApiToken {
  name: string;
  role: Role;
  /** Global Territory IDs; required (at least one) for MANAGER and REP tokens, not allowed for ADMIN tokens. */
  territoryIds: readonly string[];
  expiresAt: Date | null;
}

/**
 * Only a signed-in admin manages tokens. A token, even an ADMIN one, is told that tokens cannot
 * manage tokens rather than that its role may not: its role is not the reason.
 */
function requireTokenManager(scope: Scope, verb: "create" | "revoke" | "list"): void {
  if (scope.viewer?.apiTokenId) throw new DomainError("FORBIDDEN", `API tokens cannot ${verb} API tokens; sign in as an admin to ${verb} them`, undefined, { reason: "TOKEN_MANAGES_TOKENS", params: { verb } });
  scope.require(scope.mayManageApiTokens(), `${verb} API tokens (a signed-in admin may)`);
}

/**
 * Creates a token for a signed-in admin. The secret (32 random bytes, base64url, prefixed
 * `bp_`) is returned once and never stored: only its SHA-256 hash is.
 */
export async function createApiToken(em: EntityManager, scope: Scope, input: NewApiToken, now: Date): Promise<{ apiToken: ApiToken; secret: string }> {
  requireTokenManager(scope, "create");
  const problems: DomainError[] = [];
  const name = input.name.trim();
  if (name.length < 1 || name.length > 200) problems.push(new DomainError("VALIDATION", `name must be 1..200 characters, got ${name.length}`, ["name"]));
  if (input.expiresAt && input.expiresAt.getTime() <= now.getTime()) {
    problems.push(new DomainError("VALIDATION", `expiresAt must lie in the future, got ${input.expiresAt.toISOString()}`, ["expiresAt"]));
  }
  if (input.role === Role.ADMIN && input.territoryIds.length > 0) {
    problems.push(new DomainError("VALIDATION", `an ADMIN token sees every territory, so territoryIds must be empty, got ${input.territoryIds.length}`, ["territoryIds"]));
  }
  if (input.role !== Role.ADMIN && input.territoryIds.length === 0) {
    problems.push(new DomainError("VALIDATION", `a ${input.role} token needs at least one territory in territoryIds`, ["territoryIds"]));
  }
  const territoryUuids: string[] = [];
  input.territoryIds.forEach((globalId, index) => {
    try {
      territoryUuids.push(fromGlobalId("Territory", globalId, `territoryIds.${index}`));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      problems.push(new DomainError("VALIDATION", error.message, ["territoryIds", String(index)]));
    }
  });
  if (problems.length === 0 && territoryUuids.length > 0) {
    const found = new Set((await em.find(Territory, { id: { $in: territoryUuids } })).map((territory) => territory.id));
    territoryUuids.forEach((uuid, index) => {
      if (!found.has(uuid)) problems.push(new DomainError("NOT_FOUND", `territoryIds.${index} names no territory (${input.territoryIds[index]})`, ["territoryIds", String(index)]));
    });
  }
  if (problems.length > 0) throw new DomainErrors(problems);
  const secret = `${apiTokenPrefix}${randomBytes(32).toString("base64url")}`;
  const apiToken = Object.assign(new ApiToken(), {
    name,
    role: input.role,
    tokenHash: hashApiToken(secret),
    tokenPrefix: secret.slice(0, 8),
    createdAt: now,
    expiresAt: input.expiresAt,
    createdBy: em.getReference(User, scope.viewer!.userId, { wrapped: true }),
  });
  em.persist(apiToken);
  for (const uuid of new Set(territoryUuids)) {
    em.persist(Object.assign(new ApiTokenTerritory(), { apiToken: em.getReference(ApiToken, apiToken.id, { wrapped: true }), territory: em.getReference(Territory, uuid, { wrapped: true }) }));
  }
  await em.flush();
  return { apiToken, secret };
}

/** Revokes a token at once; revoking twice keeps the first time. Unknown tokens are NOT_FOUND. */
export async function revokeApiToken(em: EntityManager, scope: Scope, globalId: string, now: Date): Promise<ApiToken> {
  requireTokenManager(scope, "revoke");
  const id = fromGlobalId("ApiToken", globalId, "id");
  const apiToken = await em.findOne(ApiToken, id);
  if (!apiToken) throw new DomainError("NOT_FOUND", `no API token with id ${globalId}`, ["id"]);
  apiToken.revokedAt ??= now;
  await em.flush();
  return apiToken;
}

/** Every token, newest first (admins only). */
export async function listApiTokens(em: EntityManager, scope: Scope): Promise<ApiToken[]> {
  requireTokenManager(scope, "list");
  return em.find(ApiToken, {}, { orderBy: { createdAt: "desc", id: "desc" } });
}

/**
 * Resolves an API token to a viewer: unknown, revoked and expired tokens are refused with a
 * reason. The last-used time is written at most once per {@link lastUsedResolutionMs}, with a
 * conditional update so that concurrent requests on several instances write it once.
 */
export async function viewerFromApiToken(em: EntityManager, secret: string, now: Date): Promise<{ viewer?: Viewer; problem?: string }> {
  const [row] = await executeSql<{ id: string; name: string; role: Role; created_by_id: string | null; creator_deactivated: boolean; expires_at: number | null; revoked_at: number | null; last_used_at: number | null; territory_ids: string[] }>(
    em,
    // Times as epoch milliseconds: raw SQL results carry timestamps as text.
    `select t.id, t.name, t.role, t.created_by_id, coalesce(u.deactivated_at is not null, false) as creator_deactivated,
            (extract(epoch from t.expires_at) * 1000)::float8 as expires_at, (extract(epoch from t.revoked_at) * 1000)::float8 as revoked_at,
            (extract(epoch from t.last_used_at) * 1000)::float8 as last_used_at,
            coalesce(array_agg(tt.territory_id order by tt.territory_id) filter (where tt.territory_id is not null), '{}') as territory_ids
     from api_token t left join api_token_territory tt on tt.api_token_id = t.id left join app_user u on u.id = t.created_by_id
     where t.token_hash = $1 group by t.id, u.id`,
    [hashApiToken(secret)],
  );
  if (!row) return { problem: "the API token is not valid" };
  if (row.revoked_at !== null) return { problem: "the API token has been revoked; ask an administrator for a new one" };
  if (row.expires_at !== null && row.expires_at <= now.getTime()) return { problem: "the API token has expired; ask an administrator for a new one" };
  // A token acts for the admin who created it: it stops working when that admin is deactivated.
  if (row.creator_deactivated) return { problem: "the administrator who created this API token has been deactivated; ask an administrator for a new one" };
  if (row.last_used_at === null || now.getTime() - row.last_used_at >= lastUsedResolutionMs) {
    await executeSql(
      em,
      "update api_token set last_used_at = $2::timestamptz where id = $1 and (last_used_at is null or last_used_at <= $2::timestamptz - interval '1 minute')",
      [row.id, now],
    );
  }
  // Acts for the admin who created it, so that features recording "who" (with a foreign key to users) work.
  return { viewer: { userId: row.created_by_id ?? row.id, apiTokenId: row.id, role: row.role, territoryIds: row.role === Role.ADMIN ? [] : row.territory_ids, label: `api-token:${row.name}` } };
}
