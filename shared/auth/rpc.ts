import type { Role } from "./roles";

/** An API key as the gateway needs it to admit a call. */
export interface ApiKeyGrant {
  keyId: string;
  userId: string;
  roles: Role[];
  tier: string;
  /** ISO-8601; null when the key does not expire. */
  expiresAt: string | null;
}

/** A signed-in session's standing, as the gateway needs it to admit a call with its access token. */
export interface SessionGrant {
  /** The roles the account holds now (not those the token was issued with). */
  roles: Role[];
}

/** A public signing key in JWK form, with its `kid`: an ES256 key (EC on P-256) that verifies access tokens. */
export interface PublicJwk {
  kty: "EC";
  crv: "P-256";
  x: string;
  y: string;
  kid: string;
  alg: typeof ACCESS_TOKEN.algorithm;
  use: "sig";
}

/**
 * What the auth service answers over RPC to the gateway, so a normal request needs no extra hop:
 * the gateway verifies access tokens itself with these keys, and resolves API keys with a short
 * cache.
 */
export interface AuthRpc {
  jwks(): Promise<{ keys: PublicJwk[] }>;
  /** The grant of a presented API key, or null when it is unknown, revoked, expired or its owner disabled. */
  resolveApiKey(key: string): Promise<ApiKeyGrant | null>;
  /** The standing of an access token's session, or null when it is revoked or expired, or its account disabled. */
  sessionGrant(userId: string, sessionId: string): Promise<SessionGrant | null>;
}

/** Claims of every access token. */
export const ACCESS_TOKEN = {
  issuer: "https://openpolicy.ca",
  audience: "openpolicy-api",
  algorithm: "ES256",
  /** The JOSE `typ` header (RFC 9068), so an access token cannot pass for another kind of JWT. */
  type: "at+jwt",
  /** Seconds an access token is valid: short, since it is verified without asking auth. */
  ttlSeconds: 15 * 60,
} as const;

/**
 * The payload of an access token, besides `iss`, `aud`, `iat` and `exp`: `sub` is the user id,
 * `roles` the roles held when it was issued, `sid` the session (refresh-token family) it belongs
 * to, `jti` its own id.
 */
export interface AccessTokenClaims {
  sub: string;
  roles: Role[];
  sid: string;
  jti: string;
}
