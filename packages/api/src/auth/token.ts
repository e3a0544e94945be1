import { errors, jwtVerify, SignJWT } from "jose";

/** What a sign-in token asserts. */
export interface TokenClaims {
  /** User id (uuid). */
  sub: string;
  /** Session id (uuid): the sign-in this token belongs to; ending the session refuses the token. */
  sid: string;
  /** Issued at, seconds since the epoch. */
  iat: number;
  /** Expires at, seconds since the epoch. */
  exp: number;
}

const algorithm = "HS256";

function keyOf(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/** Signs an HS256 JSON Web Token for the user's session, valid for `lifetimeSeconds` from `now`. */
export async function signToken(userId: string, sessionId: string, secret: string, now: Date, lifetimeSeconds: number): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ sid: sessionId })
    .setProtectedHeader({ alg: algorithm, typ: "JWT" })
    .setSubject(userId)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + lifetimeSeconds)
    .sign(keyOf(secret));
}

/** Why a token was refused. */
export type TokenRejection = "malformed" | "bad-signature" | "expired";

/**
 * Verifies signature, algorithm (HS256 only) and expiry against `now`, the server's clock
 * rather than the wall clock; returns the claims or the reason of refusal.
 */
export async function verifyToken(token: string, secret: string, now: Date): Promise<TokenClaims | TokenRejection> {
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), { algorithms: [algorithm], currentDate: now, requiredClaims: ["sub", "sid", "iat", "exp"] });
    const { sub, sid, iat, exp } = payload;
    if (typeof sub !== "string" || typeof sid !== "string" || typeof iat !== "number" || typeof exp !== "number") return "malformed";
    return { sub, sid, iat, exp };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return "expired";
    if (error instanceof errors.JWSSignatureVerificationFailed) return "bad-signature";
    if (error instanceof errors.JOSEError) return "malformed";
    throw error;
  }
}
