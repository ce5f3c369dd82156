import { createLocalJWKSet, decodeProtectedHeader, importJWK, jwtVerify, SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { ACCESS_TOKEN } from "#shared/auth/rpc";
import { authRpc, call, signUp, testSigningKeys } from "../workers/auth/test/client";
import type { Schema } from "../web/src/api/operations";

const verifyOptions = { issuer: ACCESS_TOKEN.issuer, audience: ACCESS_TOKEN.audience, algorithms: [ACCESS_TOKEN.algorithm] };

describe("access tokens", () => {
  it("are ES256 JWTs that verify against the JWKS, with kid, iss, aud, sub, roles, sid, jti, iat and a 15-minute exp", async () => {
    const { tokens } = await signUp("jwt", ["analyst"]);
    const { keys } = await authRpc.jwks();
    const header = decodeProtectedHeader(tokens.access_token);
    expect(header).toEqual({ alg: "ES256", kid: keys[0]!.kid, typ: "at+jwt" });

    const { payload } = await jwtVerify(tokens.access_token, createLocalJWKSet({ keys: keys as never }), { ...verifyOptions, typ: ACCESS_TOKEN.type });
    expect(payload).toMatchObject({
      iss: "https://openpolicy.ca",
      aud: "openpolicy-api",
      sub: tokens.user.id,
      roles: ["citizen", "analyst"],
      sid: tokens.session.id,
      jti: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(payload.exp! - payload.iat!).toBe(15 * 60);
    expect(Math.abs(payload.iat! - Date.now() / 1000)).toBeLessThan(60);
  });

  it("get a new jti each time", async () => {
    const { tokens } = await signUp("jti");
    const again = (await (await call("/api/v1/auth/refresh", { body: { refresh_token: tokens.refresh_token } })).json()) as Schema<"TokenResponse">;
    const jti = (t: string) => JSON.parse(atob(t.split(".")[1]!.replace(/-/g, "+").replace(/_/g, "/"))).jti;
    expect(jti(again.access_token)).not.toBe(jti(tokens.access_token));
  });

  it("are refused when tampered with", async () => {
    const { tokens } = await signUp("tamper");
    const [header, payload, signature] = tokens.access_token.split(".");
    const claims = JSON.parse(atob(payload!.replace(/-/g, "+").replace(/_/g, "/")));
    const forged = btoa(JSON.stringify({ ...claims, roles: ["admin"] }))
      .replace(/\+/g, "-")
      .replace(/\//g, "_")
      .replace(/=+$/, "");
    const keySet = createLocalJWKSet({ keys: (await authRpc.jwks()).keys as never });
    await expect(jwtVerify(`${header}.${forged}.${signature}`, keySet, verifyOptions)).rejects.toThrow(/signature verification failed/);
  });
});

describe("signing keys and rotation", () => {
  it("publishes every configured key's public half, and no private part", async () => {
    const configured = testSigningKeys();
    const { keys } = await authRpc.jwks();
    expect(keys.map((k) => k.kid)).toEqual(configured.map((k) => k.kid));
    for (const key of keys) {
      expect(key).toEqual({ kty: "EC", crv: "P-256", x: expect.any(String), y: expect.any(String), kid: expect.any(String), alg: "ES256", use: "sig" });
    }

    const response = await call("/.well-known/jwks.json");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    expect(await response.json()).toEqual({ keys });
  });

  it("signs with the first key and still verifies tokens signed with the second (mid-rotation)", async () => {
    const [active, previous] = testSigningKeys();
    const { tokens } = await signUp("rotation");
    expect(decodeProtectedHeader(tokens.access_token).kid).toBe(active!.kid);

    // A token the previous key signed before the rotation, still within its lifetime.
    const oldKey = await importJWK({ ...previous!, alg: "ES256" }, "ES256");
    const old = await new SignJWT({ roles: ["citizen"], sid: tokens.session.id, jti: crypto.randomUUID() })
      .setProtectedHeader({ alg: "ES256", kid: previous!.kid, typ: "at+jwt" })
      .setSubject(tokens.user.id)
      .setIssuer(ACCESS_TOKEN.issuer)
      .setAudience(ACCESS_TOKEN.audience)
      .setIssuedAt()
      .setExpirationTime("10m")
      .sign(oldKey);

    const keySet = createLocalJWKSet({ keys: (await authRpc.jwks()).keys as never });
    const { payload, protectedHeader } = await jwtVerify(old, keySet, verifyOptions);
    expect(protectedHeader.kid).toBe(previous!.kid);
    expect(payload.sub).toBe(tokens.user.id);
    // And a key that is not published verifies nothing.
    const stranger = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"]);
    const forged = await new SignJWT({ roles: ["admin"] })
      .setProtectedHeader({ alg: "ES256", kid: previous!.kid })
      .setSubject(tokens.user.id)
      .setIssuer(ACCESS_TOKEN.issuer)
      .setAudience(ACCESS_TOKEN.audience)
      .setExpirationTime("10m")
      .sign((stranger as CryptoKeyPair).privateKey);
    await expect(jwtVerify(forged, keySet, verifyOptions)).rejects.toThrow();
  });
});
