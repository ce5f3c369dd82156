import { importJWK, SignJWT } from "jose";
import { z } from "zod";
import type { Role } from "#shared/auth/roles";
import { ACCESS_TOKEN, type AccessTokenClaims, type PublicJwk } from "#shared/auth/rpc";

/**
 * Access-token signing keys come from the Worker secret `AUTH_SIGNING_KEYS`: a JSON array of
 * private ES256 JWKs, each with a `kid`. The first signs; every key in the array verifies and is
 * published in the JWKS. Rotation: put a new key first (the old one still verifies the tokens it
 * signed), and remove the old one once the access-token lifetime has passed.
 */

const PrivateJwk = z.object({
  kty: z.literal("EC"),
  crv: z.literal("P-256"),
  x: z.string().min(1),
  y: z.string().min(1),
  d: z.string().min(1),
  kid: z.string().min(1).max(128),
});

const KeySet = z
  .array(PrivateJwk)
  .min(1)
  .refine((keys) => new Set(keys.map((k) => k.kid)).size === keys.length, "every kid must be unique");

interface SigningKeys {
  signer: { kid: string; key: CryptoKey };
  published: PublicJwk[];
}

/** Parsed per isolate, and again only when the secret changes (a rotation redeploys with the new value). */
let cache: { secret: string; keys: Promise<SigningKeys> } | undefined;

async function load(secret: string | undefined): Promise<SigningKeys> {
  if (!secret) throw new Error("AUTH_SIGNING_KEYS is not set; see workers/auth/README.md");
  let parsed: z.infer<typeof KeySet>;
  try {
    parsed = KeySet.parse(JSON.parse(secret));
  } catch (err) {
    // The message names what is wrong with the shape, never the key material.
    const reason = err instanceof z.ZodError ? err.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ") : "not JSON";
    throw new Error(`AUTH_SIGNING_KEYS is not a JSON array of private ES256 JWKs with kids: ${reason}`);
  }
  const [first] = parsed;
  const key = await importJWK({ ...first!, alg: ACCESS_TOKEN.algorithm }, ACCESS_TOKEN.algorithm);
  return {
    signer: { kid: first!.kid, key: key as CryptoKey },
    published: parsed.map(({ kty, crv, x, y, kid }) => ({ kty, crv, x, y, kid, alg: ACCESS_TOKEN.algorithm, use: "sig" })),
  };
}

function signingKeys(env: Env): Promise<SigningKeys> {
  const secret = env.AUTH_SIGNING_KEYS;
  if (!cache || cache.secret !== secret) {
    const keys = load(secret);
    cache = { secret, keys };
    // A broken secret is reported on every call rather than remembered, so fixing it needs no restart.
    keys.catch(() => {
      if (cache?.keys === keys) cache = undefined;
    });
  }
  return cache.keys;
}

/** The public keys that verify access tokens: `/.well-known/jwks.json` and the gateway's RPC. */
export async function jwks(env: Env): Promise<{ keys: PublicJwk[] }> {
  return { keys: (await signingKeys(env)).published };
}

export interface AccessToken {
  token: string;
  expiresIn: number;
}

export async function signAccessToken(env: Env, subject: { userId: string; roles: Role[]; sessionId: string }): Promise<AccessToken> {
  const { signer } = await signingKeys(env);
  const claims: Omit<AccessTokenClaims, "sub"> = { roles: subject.roles, sid: subject.sessionId, jti: crypto.randomUUID() };
  const token = await new SignJWT({ ...claims })
    .setProtectedHeader({ alg: ACCESS_TOKEN.algorithm, kid: signer.kid, typ: ACCESS_TOKEN.type })
    .setSubject(subject.userId)
    .setIssuer(ACCESS_TOKEN.issuer)
    .setAudience(ACCESS_TOKEN.audience)
    .setIssuedAt()
    .setExpirationTime(`${ACCESS_TOKEN.ttlSeconds}s`)
    .sign(signer.key);
  return { token, expiresIn: ACCESS_TOKEN.ttlSeconds };
}
