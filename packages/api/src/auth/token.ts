import { createHmac, timingSafeEqual } from "node:crypto";

/** What a sign-in token asserts. */
export interface TokenClaims {
  /** User id (uuid). */
  sub: string;
  /** Issued at, seconds since the epoch. */
  iat: number;
  /** Expires at, seconds since the epoch. */
  exp: number;
}

const header = base64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));

function base64url(text: string | Buffer): string {
  return Buffer.from(text).toString("base64url");
}

function sign(input: string, secret: string): Buffer {
  return createHmac("sha256", secret).update(input).digest();
}

/** Signs an HS256 JSON Web Token for the user, valid for `lifetimeSeconds` from `now`. */
export function signToken(userId: string, secret: string, now: Date, lifetimeSeconds: number): string {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const claims: TokenClaims = { sub: userId, iat: issuedAt, exp: issuedAt + lifetimeSeconds };
  const body = `${header}.${base64url(JSON.stringify(claims))}`;
  return `${body}.${sign(body, secret).toString("base64url")}`;
}

/** Why a token was refused. */
export type TokenRejection = "malformed" | "bad-signature" | "expired";

/** Verifies signature (constant time), algorithm and expiry; returns the claims or the reason of refusal. */
export function verifyToken(token: string, secret: string, now: Date): TokenClaims | TokenRejection {
  const parts = token.split(".");
  if (parts.length !== 3 || parts[0] !== header) return "malformed";
  const [, payload = "", signature = ""] = parts;
  const expected = sign(`${header}.${payload}`, secret);
  const actual = Buffer.from(signature, "base64url");
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return "bad-signature";
  let claims: Partial<TokenClaims>;
  try {
    claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Partial<TokenClaims>;
  } catch {
    return "malformed";
  }
  if (typeof claims.sub !== "string" || typeof claims.exp !== "number" || typeof claims.iat !== "number") return "malformed";
  if (claims.exp <= Math.floor(now.getTime() / 1000)) return "expired";
  return { sub: claims.sub, iat: claims.iat, exp: claims.exp };
}
