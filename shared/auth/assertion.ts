import { base64url, importJWK, jwtVerify, SignJWT, type JWK } from "jose";
import { ROLES, type Role } from "./roles";
import { ANONYMOUS, type Caller } from "./caller";
import type { ServiceName } from "../service/names";

/**
 * The gateway's word on who is calling, signed per forwarded request. Services are reachable only
 * over the gateway's service bindings, but a binding is not a proof: a service believes an
 * identity only when this assertion verifies, is unexpired, and names the very method and path it
 * is handling, so an assertion lifted from one request cannot open another route. Anything else is
 * anonymous.
 *
 * Two layers, so that a request costs an HMAC rather than a signature:
 * - **The assertion key** (header `x-openpolicy-assertion-key`): a JWS with Ed25519 (`EdDSA`) in
 *   which the gateway hands one service a fresh HMAC key, valid for that service alone (`aud` is
 *   its name) for 15 minutes. The gateway alone holds the private key (secret
 *   `GATEWAY_ASSERTION_KEY`); services hold only the public keys (secret
 *   `GATEWAY_ASSERTION_PUBLIC_KEYS`). Each gateway isolate makes one per service and reuses it for
 *   10 minutes; each service isolate verifies each one once and keeps it until it expires.
 * - **The assertion** (header `x-openpolicy-assertion`): a JWS with HMAC-SHA256 (`HS256`) under
 *   that key over the caller, the client address, the request id, the method and the path,
 *   valid for 10 s.
 * A service learns only keys made for itself, so no service can mint an identity for another:
 * an assertion made with one service's key fails at every other service, whose key it is not.
 */
export const ASSERTION_HEADER = "x-openpolicy-assertion";
export const ASSERTION_KEY_HEADER = "x-openpolicy-assertion-key";

export const ASSERTION = {
  issuer: "openpolicy-gateway",
  audience: "openpolicy-services",
  algorithm: "HS256",
  type: "op-assertion+jwt",
  /** Seconds an assertion is valid: a forwarded request is read by its service within milliseconds. */
  ttlSeconds: 10,
  /** Seconds of clock difference tolerated between the gateway and a service. */
  clockToleranceSeconds: 2,
} as const;

/** The Ed25519-signed grant of one service's HMAC key. */
export const ASSERTION_KEY = {
  algorithm: "EdDSA",
  type: "op-assertion-key+jwt",
  /** Seconds a service accepts assertions made with the key. */
  ttlSeconds: 900,
  /** Seconds the gateway uses a key before making the next, so none is used near its expiry. */
  renewAfterSeconds: 600,
} as const;

/** What the gateway asserts about one request. */
export interface Assertion {
  /** The service the request is forwarded to: only it can verify the assertion. */
  service: ServiceName;
  caller: Caller;
  /** The client address (from `CF-Connecting-IP`), so per-client throttles cannot be fooled by headers. */
  clientAddress: string | null;
  requestId: string;
  method: string;
  /** The canonical path the gateway matched its route table on and forwarded. */
  path: string;
}

interface AssertionClaims {
  knd: Caller["kind"];
  sub?: string;
  roles: Role[];
  tier: string;
  sid?: string;
  key?: string;
  ip?: string;
  rid: string;
  htm: string;
  htu: string;
}

/** The environment of a Worker that signs (the gateway) or verifies (every service) assertions. */
export interface AssertionEnv {
  GATEWAY_ASSERTION_KEY?: string;
  GATEWAY_ASSERTION_PUBLIC_KEYS?: string;
}

interface KeyGrantClaims {
  /** The HMAC key, base64url. */
  k: string;
}

type Key = CryptoKey | Uint8Array;
/** The gateway's Ed25519 private key, imported once per isolate. */
let signing: { secret: string; key: Key; kid: string | undefined } | undefined;
/** Per service, the HMAC key this isolate asserts with and its signed grant. */
const granted = new Map<ServiceName, { secret: string; key: CryptoKey; grant: string; renewAt: number }>();
/** The services' trusted Ed25519 public keys, imported once per isolate. */
let trusted: { secret: string; keys: Map<string | undefined, Key> } | undefined;
/** Per service isolate, the grants it has verified, until they expire. */
const verifiedGrants = new Map<string, { key: CryptoKey; expiresAt: number }>();
const VERIFIED_GRANTS_MAX = 1_000;

async function signingKey(secret: string): Promise<{ key: Key; kid: string | undefined }> {
  if (signing?.secret !== secret) {
    const jwk = JSON.parse(secret) as JWK;
    signing = { secret, key: await importJWK(jwk, ASSERTION_KEY.algorithm), kid: jwk.kid };
  }
  return signing;
}

async function trustedKeys(secret: string): Promise<Map<string | undefined, Key>> {
  if (trusted?.secret !== secret) {
    const parsed = JSON.parse(secret) as JWK[] | { keys: JWK[] };
    const jwks = Array.isArray(parsed) ? parsed : parsed.keys;
    const keys = new Map<string | undefined, Key>();
    for (const jwk of jwks) {
      const { d: _private, ...publicPart } = jwk;
      keys.set(jwk.kid, await importJWK(publicPart, ASSERTION_KEY.algorithm));
    }
    trusted = { secret, keys };
  }
  return trusted.keys;
}

const HMAC = { name: "HMAC", hash: "SHA-256" } as const;

/** The service's HMAC key and its grant, made afresh once the one in use is due for renewal. */
async function keyFor(secret: string, service: ServiceName, now: number): Promise<{ key: CryptoKey; grant: string }> {
  const current = granted.get(service);
  if (current && current.secret === secret && current.renewAt > now) return current;
  const { key: privateKey, kid } = await signingKey(secret);
  const raw = crypto.getRandomValues(new Uint8Array(32));
  const key = await crypto.subtle.importKey("raw", raw, HMAC, false, ["sign"]);
  const issuedAt = Math.floor(now / 1000);
  const grant = await new SignJWT({ k: base64url.encode(raw) } satisfies KeyGrantClaims)
    .setProtectedHeader({ alg: ASSERTION_KEY.algorithm, typ: ASSERTION_KEY.type, ...(kid ? { kid } : {}) })
    .setIssuer(ASSERTION.issuer)
    .setAudience(service)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ASSERTION_KEY.ttlSeconds)
    .sign(privateKey);
  const made = { secret, key, grant, renewAt: now + ASSERTION_KEY.renewAfterSeconds * 1000 };
  granted.set(service, made);
  return made;
}

/**
 * Signs the assertion for one forwarded request (the gateway): the headers to send with it.
 * Throws when the key is missing.
 */
export async function signAssertion(env: AssertionEnv, assertion: Assertion, now = Date.now()): Promise<Record<string, string>> {
  const secret = env.GATEWAY_ASSERTION_KEY;
  if (!secret) throw new Error("GATEWAY_ASSERTION_KEY is not set; the gateway cannot prove who is calling (see README, Security)");
  const { key, grant } = await keyFor(secret, assertion.service, now);
  const { caller } = assertion;
  const claims: AssertionClaims = {
    knd: caller.kind,
    roles: caller.roles,
    tier: caller.tier,
    rid: assertion.requestId,
    htm: assertion.method,
    htu: assertion.path,
    ...(caller.sessionId ? { sid: caller.sessionId } : {}),
    ...(caller.apiKeyId ? { key: caller.apiKeyId } : {}),
    ...(assertion.clientAddress ? { ip: assertion.clientAddress } : {}),
  };
  const issuedAt = Math.floor(now / 1000);
  const jwt = new SignJWT({ ...claims })
    .setProtectedHeader({ alg: ASSERTION.algorithm, typ: ASSERTION.type })
    .setIssuer(ASSERTION.issuer)
    .setAudience(ASSERTION.audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ASSERTION.ttlSeconds);
  if (caller.userId) jwt.setSubject(caller.userId);
  return { [ASSERTION_HEADER]: await jwt.sign(key), [ASSERTION_KEY_HEADER]: grant };
}

export type VerifiedRequest = { caller: Caller; clientAddress: string | null; requestId: string | null };

const UNVERIFIED: VerifiedRequest = { caller: ANONYMOUS, clientAddress: null, requestId: null };

/** The HMAC key a grant hands this service, once its Ed25519 signature, audience and lifetime check out. */
async function keyFromGrant(secret: string, service: ServiceName, grant: string): Promise<CryptoKey> {
  const known = verifiedGrants.get(`${service} ${grant}`);
  if (known && known.expiresAt + ASSERTION.clockToleranceSeconds * 1000 > Date.now()) return known.key;
  const keys = await trustedKeys(secret);
  const { payload } = await jwtVerify<KeyGrantClaims>(
    grant,
    async (header) => {
      const key = keys.get(header.kid) ?? (keys.size === 1 && header.kid === undefined ? [...keys.values()][0] : undefined);
      if (!key) throw new Error(`unknown assertion key ${header.kid ?? "(none)"}`);
      return key;
    },
    {
      issuer: ASSERTION.issuer,
      audience: service,
      algorithms: [ASSERTION_KEY.algorithm],
      typ: ASSERTION_KEY.type,
      clockTolerance: ASSERTION.clockToleranceSeconds,
      requiredClaims: ["exp", "iat"],
    },
  );
  // A lifetime the gateway never grants means the private key signed something it should not have.
  if (payload.exp! - payload.iat! > ASSERTION_KEY.ttlSeconds) throw new Error("assertion key lives too long");
  const raw = typeof payload.k === "string" ? base64url.decode(payload.k) : new Uint8Array();
  if (raw.length < 32) throw new Error("assertion key grant holds no 256-bit key");
  const key = await crypto.subtle.importKey("raw", raw, HMAC, false, ["verify"]);
  if (verifiedGrants.size >= VERIFIED_GRANTS_MAX) verifiedGrants.delete(verifiedGrants.keys().next().value!);
  verifiedGrants.set(`${service} ${grant}`, { key, expiresAt: payload.exp! * 1000 });
  return key;
}

/**
 * Who the gateway says is calling, if the request carries a valid assertion for this service and
 * this very method and path; otherwise anonymous. `reason` says why an assertion that was present
 * was refused.
 */
export async function verifyAssertion(env: AssertionEnv, service: ServiceName, request: Request): Promise<VerifiedRequest & { reason?: string }> {
  const token = request.headers.get(ASSERTION_HEADER);
  if (!token) return UNVERIFIED;
  const grant = request.headers.get(ASSERTION_KEY_HEADER);
  if (!grant) return { ...UNVERIFIED, reason: "assertion comes without its key" };
  const secret = env.GATEWAY_ASSERTION_PUBLIC_KEYS;
  if (!secret) return { ...UNVERIFIED, reason: "GATEWAY_ASSERTION_PUBLIC_KEYS is not set" };
  try {
    const key = await keyFromGrant(secret, service, grant);
    const { payload } = await jwtVerify<AssertionClaims>(token, key, {
      issuer: ASSERTION.issuer,
      audience: ASSERTION.audience,
      algorithms: [ASSERTION.algorithm],
      typ: ASSERTION.type,
      clockTolerance: ASSERTION.clockToleranceSeconds,
      requiredClaims: ["exp", "iat"],
    });
    // A lifetime the gateway never grants means the key signed something it should not have.
    if (payload.exp! - payload.iat! > ASSERTION.ttlSeconds) return { ...UNVERIFIED, reason: "assertion lives too long" };
    const url = new URL(request.url);
    if (payload.htm !== request.method || payload.htu !== url.pathname) {
      return { ...UNVERIFIED, reason: `assertion is for ${payload.htm} ${payload.htu}, not ${request.method} ${url.pathname}` };
    }
    const kind = payload.knd === "user" || payload.knd === "api_key" ? payload.knd : "anonymous";
    if (kind !== "anonymous" && !payload.sub) return { ...UNVERIFIED, reason: "assertion names no subject" };
    const roles = (Array.isArray(payload.roles) ? payload.roles : []).filter((r): r is Role => (ROLES as readonly string[]).includes(r));
    const caller: Caller =
      kind === "anonymous"
        ? ANONYMOUS
        : { kind, userId: payload.sub!, apiKeyId: payload.key ?? null, roles, tier: payload.tier, sessionId: payload.sid ?? null };
    return { caller, clientAddress: payload.ip ?? null, requestId: payload.rid ?? null };
  } catch (err) {
    return { ...UNVERIFIED, reason: err instanceof Error ? err.message : String(err) };
  }
}
