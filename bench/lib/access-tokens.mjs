// Access tokens as the auth Worker issues them, made in Node so a benchmark can sign in without
// registering accounts (PBKDF2 at workerd's highest iteration count would dominate the start).
// The key goes to the auth Worker as its `AUTH_SIGNING_KEYS` secret, so the gateway verifies
// these tokens with the keys it fetches from auth, exactly as it verifies real ones.
import { webcrypto } from "node:crypto";
import { importJWK, SignJWT } from "jose";

// The claims of shared/auth/rpc.ts `ACCESS_TOKEN` (a TypeScript module Node cannot import here).
// Should they drift, the gateway refuses these tokens and the benchmark stops before measuring.
export const ACCESS_TOKEN = {
  issuer: "https://openpolicy.ca",
  audience: "openpolicy-api",
  algorithm: "ES256",
  type: "at+jwt",
  ttlSeconds: 15 * 60,
};

/** One private ES256 JWK with a `kid`, the shape of an `AUTH_SIGNING_KEYS` entry. */
export async function generateSigningKey(kid = `bench-${Date.now().toString(36)}`) {
  const { privateKey } = await webcrypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"]);
  const { kty, crv, x, y, d } = await webcrypto.subtle.exportKey("jwk", privateKey);
  return { kty, crv, x, y, d, kid };
}

/** An access token for `userId` with `roles`, signed by `privateJwk` with the auth Worker's claims. */
export async function mintAccessToken(privateJwk, { userId, roles, sessionId = webcrypto.randomUUID() }) {
  const key = await importJWK({ ...privateJwk, alg: ACCESS_TOKEN.algorithm }, ACCESS_TOKEN.algorithm);
  return new SignJWT({ roles, sid: sessionId, jti: webcrypto.randomUUID() })
    .setProtectedHeader({ alg: ACCESS_TOKEN.algorithm, kid: privateJwk.kid, typ: ACCESS_TOKEN.type })
    .setSubject(userId)
    .setIssuer(ACCESS_TOKEN.issuer)
    .setAudience(ACCESS_TOKEN.audience)
    .setIssuedAt()
    .setExpirationTime(`${ACCESS_TOKEN.ttlSeconds}s`)
    .sign(key);
}

/**
 * The account and live session a minted token speaks for, written straight into auth's IDENTITY
 * database: the gateway asks auth whether a token's session still stands (and which roles its
 * account holds now) before it lets the token through. No password hash is derived; the account
 * never signs in.
 */
export async function seedSession(identity, { userId, roles, sessionId }) {
  const expiresAt = new Date(Date.now() + 24 * 3600_000).toISOString();
  await identity.batch([
    identity
      .prepare(
        "INSERT INTO users (id, email, email_normalized, password_hash, password_salt, password_algorithm, password_iterations) VALUES (?, ?, ?, '', '', 'pbkdf2-sha256', 1)",
      )
      .bind(userId, `${userId}@bench.invalid`, `${userId}@bench.invalid`),
    ...roles.map((role) => identity.prepare("INSERT INTO user_roles (user_id, role) VALUES (?, ?)").bind(userId, role)),
    identity.prepare("INSERT INTO sessions (id, user_id, expires_at) VALUES (?, ?, ?)").bind(sessionId, userId, expiresAt),
  ]);
}
