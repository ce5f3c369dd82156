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
    const { payload } = await jwtVerify(token, await keySet(env, kidOf(token)), {
      issuer: ACCESS_TOKEN.issuer,
      audience: ACCESS_TOKEN.audience,
      algorithms: [ACCESS_TOKEN.algorithm],
      typ: ACCESS_TOKEN.type,
    });
    if (!payload.sub) throw unauthorized("The access token names no subject.");
    if (typeof payload.sid !== "string") throw unauthorized("The access token names no session.");
    // The token's roles are those of when it was issued; the session's standing and the roles held
    // now come from auth, so a sign-out, a disabled account or a withdrawn role binds within
    // CREDENTIAL_RECHECK_MS rather than the token's lifetime.
    const grant = await sessionGrant(env, payload.sub, payload.sid);
    if (!grant) throw unauthorized("This session has ended or its account is disabled; sign in again.");
    const roles = grant.roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r));
    return {
      kind: "user",
      userId: payload.sub,
      apiKeyId: null,
      sessionId: payload.sid,
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
