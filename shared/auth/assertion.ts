import { importJWK, jwtVerify, SignJWT, type JWK } from "jose";
import { ROLES, type Role } from "./roles";
import { ANONYMOUS, type Caller } from "./caller";

/**
 * The gateway's word on who is calling, signed per forwarded request. Services are reachable only
 * over the gateway's service bindings, but a binding is not a proof: a service believes an
 * identity only when this assertion verifies, is unexpired, and names the very method and path it
 * is handling, so an assertion lifted from one request cannot open another route. Anything else is
 * anonymous.
 *
 * Ed25519 (JWS `EdDSA`): the gateway alone holds the private key (secret `GATEWAY_ASSERTION_KEY`);
 * services hold only the public keys (secret `GATEWAY_ASSERTION_PUBLIC_KEYS`), so no service can
 * mint an identity for another. Signing is one Ed25519 operation, tens of microseconds.
 */
export const ASSERTION_HEADER = "x-openpolicy-assertion";

export const ASSERTION = {
  issuer: "openpolicy-gateway",
  audience: "openpolicy-services",
  algorithm: "EdDSA",
  type: "op-assertion+jwt",
  /** Seconds an assertion is valid: a forwarded request is read by its service within milliseconds. */
  ttlSeconds: 10,
  /** Seconds of clock difference tolerated between the gateway and a service. */
  clockToleranceSeconds: 2,
} as const;

/** What the gateway asserts about one request. */
export interface Assertion {
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

type Key = CryptoKey | Uint8Array;
let signing: { secret: string; key: Key; kid: string | undefined } | undefined;
let verifying: { secret: string; keys: Map<string | undefined, Key> } | undefined;

async function signingKey(secret: string): Promise<{ key: Key; kid: string | undefined }> {
  if (signing?.secret !== secret) {
    const jwk = JSON.parse(secret) as JWK;
    signing = { secret, key: await importJWK(jwk, ASSERTION.algorithm), kid: jwk.kid };
  }
  return signing;
}

async function verificationKeys(secret: string): Promise<Map<string | undefined, Key>> {
  if (verifying?.secret !== secret) {
    const parsed = JSON.parse(secret) as JWK[] | { keys: JWK[] };
    const jwks = Array.isArray(parsed) ? parsed : parsed.keys;
    const keys = new Map<string | undefined, Key>();
    for (const jwk of jwks) {
      const { d: _private, ...publicPart } = jwk;
      keys.set(jwk.kid, await importJWK(publicPart, ASSERTION.algorithm));
    }
    verifying = { secret, keys };
  }
  return verifying.keys;
}

/** Signs the assertion for one forwarded request (the gateway). Throws when the key is missing. */
export async function signAssertion(env: AssertionEnv, assertion: Assertion, now = Date.now()): Promise<string> {
  const secret = env.GATEWAY_ASSERTION_KEY;
  if (!secret) throw new Error("GATEWAY_ASSERTION_KEY is not set; the gateway cannot prove who is calling (see README, Security)");
  const { key, kid } = await signingKey(secret);
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
    .setProtectedHeader({ alg: ASSERTION.algorithm, typ: ASSERTION.type, ...(kid ? { kid } : {}) })
    .setIssuer(ASSERTION.issuer)
    .setAudience(ASSERTION.audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ASSERTION.ttlSeconds);
  if (caller.userId) jwt.setSubject(caller.userId);
  return jwt.sign(key);
}

export type VerifiedRequest = { caller: Caller; clientAddress: string | null; requestId: string | null };

const UNVERIFIED: VerifiedRequest = { caller: ANONYMOUS, clientAddress: null, requestId: null };

/**
 * Who the gateway says is calling, if the request carries a valid assertion for this very method
 * and path; otherwise anonymous. `reason` says why an assertion that was present was refused.
 */
export async function verifyAssertion(env: AssertionEnv, request: Request): Promise<VerifiedRequest & { reason?: string }> {
  const token = request.headers.get(ASSERTION_HEADER);
  if (!token) return UNVERIFIED;
  const secret = env.GATEWAY_ASSERTION_PUBLIC_KEYS;
  if (!secret) return { ...UNVERIFIED, reason: "GATEWAY_ASSERTION_PUBLIC_KEYS is not set" };
  try {
    const keys = await verificationKeys(secret);
    const { payload } = await jwtVerify<AssertionClaims>(
      token,
      async (header) => {
        const key = keys.get(header.kid) ?? (keys.size === 1 && header.kid === undefined ? [...keys.values()][0] : undefined);
        if (!key) throw new Error(`unknown assertion key ${header.kid ?? "(none)"}`);
        return key;
      },
      {
        issuer: ASSERTION.issuer,
        audience: ASSERTION.audience,
        algorithms: [ASSERTION.algorithm],
        typ: ASSERTION.type,
        clockTolerance: ASSERTION.clockToleranceSeconds,
        requiredClaims: ["exp", "iat"],
      },
    );
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
