import { base64url, exportSPKI, importJWK, SignJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { ACCESS_TOKEN } from "#shared/auth/rpc";
import { signUp, testSigningKeys } from "../workers/auth/test/client";
import { gateway, readProblem } from "./helpers";

/**
 * Attacks on access tokens, refused by the gateway itself (it verifies tokens at the edge) before
 * anything reaches a service. `/api/v1/auth/me` needs a citizen, so a token that verifies would
 * be answered 200 there.
 */

let user: { id: string; session: string; token: string };

beforeAll(async () => {
  const { tokens } = await signUp("attacks");
  user = { id: tokens.user.id, session: tokens.session.id, token: tokens.access_token };
});

const me = (token: string) => gateway("/api/v1/auth/me", { headers: { authorization: `Bearer ${token}` } });

async function signed(options: { claims?: Record<string, unknown>; kid?: string; iss?: string; aud?: string; exp?: string | number; key?: number } = {}) {
  const keys = testSigningKeys();
  const jwk = keys[options.key ?? 0]!;
  const key = await importJWK({ ...jwk, alg: "ES256" }, "ES256");
  return new SignJWT({ roles: ["citizen"], sid: user.session, jti: crypto.randomUUID(), ...options.claims })
    .setProtectedHeader({ alg: "ES256", kid: options.kid ?? jwk.kid, typ: ACCESS_TOKEN.type })
    .setSubject(user.id)
    .setIssuer(options.iss ?? ACCESS_TOKEN.issuer)
    .setAudience(options.aud ?? ACCESS_TOKEN.audience)
    .setIssuedAt()
    .setExpirationTime(options.exp ?? "10m")
    .sign(key);
}

const encode = (value: unknown) => base64url.encode(new TextEncoder().encode(JSON.stringify(value)));

describe("the gateway verifies access tokens itself", () => {
  it("admits a token the auth service issued", async () => {
    expect((await me(user.token)).status).toBe(200);
  });

  it("refuses alg `none`", async () => {
    const [, payload] = user.token.split(".");
    const unsigned = `${encode({ alg: "none", typ: "at+jwt" })}.${payload}.`;
    expect((await me(unsigned)).status).toBe(401);
  });

  it("refuses HS256 signed with the public key as the secret (algorithm confusion)", async () => {
    const publicJwk = { ...testSigningKeys()[0]! } as Record<string, unknown>;
    delete publicJwk.d;
    const pem = await exportSPKI((await importJWK({ ...publicJwk, alg: "ES256" } as never, "ES256", { extractable: true })) as CryptoKey);
    const secret = new TextEncoder().encode(pem);
    const forged = await new SignJWT({ roles: ["admin"], sid: user.session })
      .setProtectedHeader({ alg: "HS256", kid: testSigningKeys()[0]!.kid, typ: ACCESS_TOKEN.type })
      .setSubject(user.id)
      .setIssuer(ACCESS_TOKEN.issuer)
      .setAudience(ACCESS_TOKEN.audience)
      .setIssuedAt()
      .setExpirationTime("10m")
      .sign(secret);
    expect((await me(forged)).status).toBe(401);
  });

  it("refuses an expired token, saying so", async () => {
    const response = await me(await signed({ exp: Math.floor(Date.now() / 1000) - 60 }));
    expect(response.status).toBe(401);
    expect((await readProblem(response)).detail).toContain("expired");
  });

  it.each([
    ["the wrong audience", { aud: "someone-else" }],
    ["the wrong issuer", { iss: "https://evil.example" }],
    ["an unknown kid", { kid: "no-such-key" }],
  ])("refuses a token with %s", async (_, options) => {
    const response = await me(await signed(options));
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toContain("invalid_token");
  });

  it("refuses a tampered payload (roles raised to admin)", async () => {
    const [header, payload, signature] = user.token.split(".");
    const claims = JSON.parse(new TextDecoder().decode(base64url.decode(payload!))) as Record<string, unknown>;
    const tampered = `${header}.${encode({ ...claims, roles: ["admin"] })}.${signature}`;
    expect((await me(tampered)).status).toBe(401);
    expect((await gateway("/api/v1/auth/users", { headers: { authorization: `Bearer ${tampered}` } })).status).toBe(401);
  });

  it("refuses a malformed Authorization header instead of treating the caller as anonymous", async () => {
    expect((await gateway("/api/v1/sessions", { headers: { authorization: "Basic dXNlcjpwYXNz" } })).status).toBe(401);
    expect((await gateway("/api/v1/sessions", { headers: { authorization: "Bearer not.a.jwt" } })).status).toBe(401);
  });

  it("does not let a client forge the caller headers the gateway sends to services", async () => {
    const response = await gateway("/api/v1/auth/users", {
      headers: { "x-openpolicy-caller": "user", "x-openpolicy-roles": "admin", "x-openpolicy-user-id": user.id },
    });
    expect(response.status).toBe(401);
  });
});
