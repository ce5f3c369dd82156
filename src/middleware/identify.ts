import { createLocalJWKSet, decodeProtectedHeader, errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from "jose";
import { createMiddleware } from "hono/factory";
import { ANONYMOUS, type Caller } from "#shared/auth/caller";
import { ROLES, type Role } from "#shared/auth/roles";
import { ACCESS_TOKEN, type ApiKeyGrant, type SessionGrant } from "#shared/auth/rpc";
import { hex } from "#shared/encoding";
import { errorFields, log } from "#shared/http/logger";
import { ProblemError } from "#shared/http/problem";

/** The auth service, over its binding typed with auth's RPC contract (`src/env.ts`). */
const auth = (env: Env) => env.AUTH;

/**
 * Verification keys, from the auth service's JWKS over RPC, cached per isolate. A token with a
 * `kid` the cache does not know triggers one refresh (rotation publishes the new key first), at
 * most every 30 s so forged kids cannot make the gateway hammer auth.
 */
const JWKS_TTL_MS = 5 * 60_000;
const JWKS_MIN_REFRESH_MS = 30_000;
let jwks: { keySet: JWTVerifyGetKey; kids: Set<string>; fetchedAt: number } | undefined;

async function keySet(env: Env, kid: string | undefined): Promise<JWTVerifyGetKey> {
  const now = Date.now();
  const stale = !jwks || now - jwks.fetchedAt > JWKS_TTL_MS || (kid !== undefined && !jwks.kids.has(kid) && now - jwks.fetchedAt > JWKS_MIN_REFRESH_MS);
  if (stale) {
    const { keys } = await auth(env).jwks();
    jwks = { keySet: createLocalJWKSet({ keys }), kids: new Set(keys.map((k) => k.kid)), fetchedAt: now };
    // A key withdrawn from the set takes the tokens it signed with it.
    for (const [token, verified] of verifiedTokens) if (verified.kid === undefined || !jwks.kids.has(verified.kid)) verifiedTokens.delete(token);
  }
  return jwks!.keySet;
}

/**
 * How long a credential's standing, once looked up, is trusted without asking auth again: the
 * bound within which a revoked session or key, a disabled account or a changed role takes effect
 * on every route. Per isolate and bounded in size, so a caller's every request does not cost a
 * call to auth.
 */
export const CREDENTIAL_RECHECK_MS = 5_000;
const CACHE_MAX = 10_000;

function cached<T>(cache: Map<string, { value: T; until: number }>, key: string): T | undefined {
  const hit = cache.get(key);
  return hit && hit.until > Date.now() ? hit.value : undefined;
}

function remember<T>(cache: Map<string, { value: T; until: number }>, key: string, value: T): void {
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.set(key, { value, until: Date.now() + CREDENTIAL_RECHECK_MS });
}

const keyCache = new Map<string, { value: ApiKeyGrant | null; until: number }>();
const sessionCache = new Map<string, { value: SessionGrant | null; until: number }>();

async function resolveApiKey(env: Env, key: string): Promise<ApiKeyGrant | null> {
  const digest = await sha256(key);
  const hit = cached(keyCache, digest);
  if (hit !== undefined) return hit;
  const grant = await auth(env).resolveApiKey(key);
  remember(keyCache, digest, grant);
  return grant;
}

/** The session's standing now (live or ended, and its owner's current roles), at most CREDENTIAL_RECHECK_MS old. */
async function sessionGrant(env: Env, userId: string, sessionId: string): Promise<SessionGrant | null> {
  const key = `${userId}:${sessionId}`;
  const hit = cached(sessionCache, key);
  if (hit !== undefined) return hit;
  const grant = await auth(env).sessionGrant(userId, sessionId);
  remember(sessionCache, key, grant);
  return grant;
}

/**
 * Access tokens whose signature and claims have verified, per isolate, until they expire: a
 * caller's every request then costs no signature check. The session's standing is still asked
 * of auth within the revocation bound (`sessionGrant`), so a cached token never outlives its session.
 */
const verifiedTokens = new Map<string, { subject: string; sessionId: string; kid: string | undefined; expiresAt: number }>();

async function verifyToken(env: Env, token: string): Promise<{ subject: string; sessionId: string }> {
  const known = verifiedTokens.get(token);
  if (known && known.expiresAt > Date.now()) return known;
  const kid = kidOf(token);
  const { payload } = await jwtVerify(token, await keySet(env, kid), {
    issuer: ACCESS_TOKEN.issuer,
    audience: ACCESS_TOKEN.audience,
    algorithms: [ACCESS_TOKEN.algorithm],
    typ: ACCESS_TOKEN.type,
  });
  if (!payload.sub) throw unauthorized("The access token names no subject.");
  if (typeof payload.sid !== "string") throw unauthorized("The access token names no session.");
  const verified = { subject: payload.sub, sessionId: payload.sid, kid, expiresAt: (payload.exp ?? 0) * 1000 };
  if (verifiedTokens.size >= CACHE_MAX) verifiedTokens.delete(verifiedTokens.keys().next().value!);
  verifiedTokens.set(token, verified);
  return verified;
}

async function sha256(value: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(value)));
  return hex(bytes);
}

const unauthorized = (detail: string) => new ProblemError(401, detail, { headers: { "www-authenticate": 'Bearer realm="openpolicy", error="invalid_token"' } });

function kidOf(token: string): string | undefined {
  try {
    return decodeProtectedHeader(token).kid;
  } catch {
    return undefined;
  }
}

async function callerFromToken(env: Env, token: string): Promise<Caller> {
  try {
    const { subject, sessionId } = await verifyToken(env, token);
    // The token's roles are those of when it was issued; the session's standing and the roles held
    // now come from auth, so a sign-out, a disabled account or a withdrawn role binds within
    // CREDENTIAL_RECHECK_MS rather than the token's lifetime.
    const grant = await sessionGrant(env, subject, sessionId);
    if (!grant) throw unauthorized("This session has ended or its account is disabled; sign in again.");
    const roles = grant.roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r));
    return {
      kind: "user",
      userId: subject,
      apiKeyId: null,
      sessionId,
      roles,
      tier: roles.includes("admin") ? "admin" : roles.includes("analyst") ? "analyst" : "citizen",
    };
  } catch (err) {
    if (err instanceof ProblemError) throw err;
    if (err instanceof joseErrors.JWTExpired) throw unauthorized("The access token has expired; refresh it.");
    if (!(err instanceof joseErrors.JOSEError)) log("error", "token verification failed", errorFields(err));
    throw unauthorized("The access token is not valid.");
  }
}

async function callerFromApiKey(env: Env, key: string): Promise<Caller> {
  const grant = await resolveApiKey(env, key);
  if (!grant || (grant.expiresAt && Date.parse(grant.expiresAt) <= Date.now())) throw unauthorized("The API key is not valid.");
  return { kind: "api_key", userId: grant.userId, apiKeyId: grant.keyId, roles: grant.roles, tier: grant.tier };
}

/**
 * Establishes `c.var.caller` from `Authorization: Bearer <access token or API key>` or
 * `X-API-Key`. No credentials means anonymous; credentials that do not verify are a 401, never a
 * silent downgrade to anonymous (a client would otherwise not notice an expired token).
 */
export const identify = createMiddleware<{ Bindings: Env }>(async (c, next) => {
  const bearer = c.req.header("authorization")?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  const apiKey = c.req.header("x-api-key")?.trim() || (bearer?.startsWith("op_") ? bearer : undefined);
  if (apiKey) c.set("caller", await callerFromApiKey(c.env, apiKey));
  else if (bearer) c.set("caller", await callerFromToken(c.env, bearer));
  else if (c.req.header("authorization")) throw unauthorized("The Authorization header must be `Bearer <token>`.");
  else c.set("caller", ANONYMOUS);
  await next();
});
