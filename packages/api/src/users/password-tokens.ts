import { createHash, randomBytes } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import { executeSql } from "../shared/sql.ts";
import { User } from "../org/user.entity.ts";
import { PasswordToken } from "./password-token.entity.ts";

/** Every set-password token starts with this, so that it is told apart from sign-in and API tokens. */
export const passwordTokenPrefix = "bps_";

/** How long a set-password token may be used. */
export const passwordTokenLifetimeDays = 7;

/** SHA-256 (hex) of a set-password token: what is stored and looked up. */
export function hashPasswordToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * Issues a one-time set-password token for the user (in the caller's transaction, flushed by the
 * caller) and voids any earlier unused one, so that only the newest counts.
 */
export async function issuePasswordToken(em: EntityManager, userId: string, now: Date): Promise<string> {
  await executeSql(em, "update password_token set used_at = $2::timestamptz where user_id = $1::uuid and used_at is null", [userId, now]);
  const token = `${passwordTokenPrefix}${randomBytes(32).toString("base64url")}`;
  em.persist(
    Object.assign(new PasswordToken(), {
      user: em.getReference(User, userId, { wrapped: true }),
      tokenHash: hashPasswordToken(token),
      createdAt: now,
      expiresAt: new Date(now.getTime() + passwordTokenLifetimeDays * 86_400_000),
    }),
  );
  return token;
}

/** Finds the unused, unexpired token's row (locked for update), or undefined. */
export async function findUsablePasswordToken(em: EntityManager, token: string, now: Date): Promise<PasswordToken | undefined> {
  const found = await em.findOne(PasswordToken, { tokenHash: hashPasswordToken(token), usedAt: null, expiresAt: { $gt: now } }, { populate: ["user"] });
  return found ?? undefined;
}
