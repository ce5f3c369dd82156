import { env } from "cloudflare:test";
import { SignJWT, base64url, generateKeyPair, importJWK } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { ASSERTION, ASSERTION_HEADER, ASSERTION_KEY, ASSERTION_KEY_HEADER } from "#shared/auth/assertion";
import type { Caller } from "#shared/auth/caller";
import { SERVICE_BINDINGS, SERVICES, type ServiceName } from "#shared/service/names";
import { matchRoute } from "#shared/service/routes";
import { signUp } from "../workers/auth/test/client";
import { gateway } from "./helpers";
import { asGateway, assertionFor } from "./service-call";

/**
 * The back door, shut: every service is called directly over its binding — as anything that
 * reached a service without the gateway would — with forged identity headers and with assertions
 * that are not good for the request (another path, another method, expired, signed by another
 * key). Every protected route of every service answers 401, and none acts.
 */

interface Operation {
  service: ServiceName;
  method: string;
  path: string;
  access: string;
}

/** Every operation each service documents that the route table protects, with its path filled in. */
async function protectedOperations(): Promise<Operation[]> {
  const operations: Operation[] = [];
  for (const service of SERVICES) {
    // The test environment is the gateway's, whose service bindings are typed with their contracts (src/env.ts).
    const doc = await (env as Env)[SERVICE_BINDINGS[service]].openapi();
    for (const [template, item] of Object.entries(doc.paths ?? {})) {
      const path = template.replace(/\{[^}]+\}/g, "forged-id");
      for (const method of Object.keys(item).filter((m) => ["get", "post", "put", "patch", "delete"].includes(m))) {
        const match = matchRoute(method.toUpperCase(), path);
        if (match.kind === "route" && match.entry.access !== "public")
          operations.push({ service, method: method.toUpperCase(), path, access: match.entry.access });
      }
    }
  }
  return operations;
}

const VICTIM_ID = `victim-${crypto.randomUUID()}`;
const admin: Caller = { kind: "user", userId: VICTIM_ID, apiKeyId: null, roles: ["admin"], tier: "admin", sessionId: "forged-session" };

/** What an attacker who could reach a service would send: the identity headers the gateway once used. */
const forgedHeaders = {
  "x-openpolicy-caller": "user",
  "x-openpolicy-user-id": VICTIM_ID,
  "x-openpolicy-roles": "admin",
  "x-openpolicy-tier": "admin",
  "x-openpolicy-session-id": "forged-session",
  "content-type": "application/json",
};

function direct(op: Operation, headers: Record<string, string>): Promise<Response> {
  return env[SERVICE_BINDINGS[op.service]].fetch(`https://${op.service}.internal${op.path}`, {
    method: op.method,
    headers,
    ...(op.method === "GET" ? {} : { body: JSON.stringify({ name: "forged", source: "hansard-debates", roles: ["admin"], kind: "bills-by-stage" }) }),
  });
}

/**
 * Assertion headers made outside the gateway: an admin assertion for `op`, under an HMAC key of the
 * test's own, granted to `service` by `signer` (by default the gateway's own key, which the tests
 * hold), with the lifetimes given.
 */
async function forged(
  op: { method: string; path: string },
  {
    service,
    signer,
    grantSeconds = ASSERTION_KEY.ttlSeconds,
    assertionSeconds = ASSERTION.ttlSeconds,
  }: { service: ServiceName; signer?: CryptoKey | Uint8Array; grantSeconds?: number; assertionSeconds?: number },
): Promise<Record<string, string>> {
  const { kid, ...jwk } = JSON.parse(env.GATEWAY_ASSERTION_KEY) as { kid: string };
  const raw = crypto.getRandomValues(new Uint8Array(32));
  const now = Math.floor(Date.now() / 1000);
  // The trusted key's kid even when another key signs, so only the signature can tell them apart.
  const grant = await new SignJWT({ k: base64url.encode(raw) })
    .setProtectedHeader({ alg: ASSERTION_KEY.algorithm, typ: ASSERTION_KEY.type, kid })
    .setIssuer(ASSERTION.issuer)
    .setAudience(service)
    .setIssuedAt(now)
    .setExpirationTime(now + grantSeconds)
    .sign(signer ?? (await importJWK(jwk, ASSERTION_KEY.algorithm)));
  const assertion = await new SignJWT({ knd: "user", roles: ["admin"], tier: "admin", sid: "forged-session", rid: "r", htm: op.method, htu: op.path })
    .setProtectedHeader({ alg: ASSERTION.algorithm, typ: ASSERTION.type })
    .setIssuer(ASSERTION.issuer)
    .setAudience(ASSERTION.audience)
    .setSubject(VICTIM_ID)
    .setIssuedAt(now)
    .setExpirationTime(now + assertionSeconds)
    .sign(raw);
  return { [ASSERTION_HEADER]: assertion, [ASSERTION_KEY_HEADER]: grant };
}

/** A service other than `service`, whose key is no good at `service`. */
const anotherThan = (service: ServiceName): ServiceName => SERVICES.find((s) => s !== service)!;

async function rowsActedOn(): Promise<number[]> {
  const count = async (db: D1Database, sql: string, ...params: unknown[]) =>
    (
      await db
        .prepare(sql)
        .bind(...params)
        .first<{ n: number }>()
    )?.n ?? 0;
  return Promise.all([
    count(env.IDENTITY, "SELECT count(*) AS n FROM api_keys WHERE owner_user_id = ?", VICTIM_ID),
    count(env.IDENTITY, "SELECT count(*) AS n FROM sessions WHERE user_id = ?", VICTIM_ID),
    count(env.PLATFORM, "SELECT count(*) AS n FROM saved_charts WHERE created_by = ?", VICTIM_ID),
  ]);
}

let operations: Operation[] = [];
beforeAll(async () => {
  operations = await protectedOperations();
});

describe("a service called without the gateway", () => {
  it("documents protected routes in every service that has them", () => {
    const services = new Set(operations.map((op) => op.service));
    for (const service of ["auth", "search", "charts", "etl", "health"] as const) expect(services, service).toContain(service);
    expect(operations.length).toBeGreaterThan(15);
  });

  it("refuses forged identity headers on every protected route, and acts on none", async () => {
    const before = await rowsActedOn();
    for (const op of operations) {
      const response = await direct(op, forgedHeaders);
      expect(response.status, `${op.method} ${op.path} (${op.access}) with forged headers`).toBe(401);
      await response.body?.cancel();
    }
    expect(await rowsActedOn()).toEqual(before);
  });

  it("refuses an assertion replayed on another path, with another method, after expiry, signed by another key, or made for another service", async () => {
    const before = await rowsActedOn();
    const { privateKey: untrusted } = await generateKeyPair("EdDSA", { crv: "Ed25519" });
    for (const op of operations) {
      const otherPath = await assertionFor(op.service, admin, op.method, `/api/v1/health/${op.service}`);
      const otherMethod = await assertionFor(op.service, admin, op.method === "GET" ? "POST" : "GET", op.path);
      const expired = await assertionFor(op.service, admin, op.method, op.path, null, Date.now() - 60_000);
      const foreign = await forged(op, { service: op.service, signer: untrusted });
      // What another service could make with the key the gateway granted it.
      const otherService = await assertionFor(anotherThan(op.service), admin, op.method, op.path);
      // An assertion alone, without the grant of the key it was made with.
      const { [ASSERTION_HEADER]: keyless } = await assertionFor(op.service, admin, op.method, op.path);
      for (const [how, assertion] of Object.entries({ otherPath, otherMethod, expired, foreign, otherService, keyless: { [ASSERTION_HEADER]: keyless! } })) {
        const response = await direct(op, { "content-type": "application/json", ...assertion });
        expect(response.status, `${op.method} ${op.path} (${op.access}) with an assertion ${how}`).toBe(401);
        await response.body?.cancel();
      }
    }
    expect(await rowsActedOn()).toEqual(before);
  });

  it("still serves a caller the gateway vouched for, for exactly that request", async () => {
    const { caller } = await signUp("vouched", ["admin"]);
    const response = await asGateway(env.AUTH, "https://auth.internal/api/v1/auth/users", { caller });
    expect(response.status).toBe(200);
  });

  it("refuses an assertion, or a grant of its key, whose lifetime is longer than the gateway grants", async () => {
    const op = { method: "GET", path: "/api/v1/auth/users" };
    // Made with the gateway's own key and lifetimes: served, so only the lifetime refuses the others.
    const { caller } = await signUp("lifetimes", ["admin"]);
    expect((await env.AUTH.fetch(`https://auth.internal${op.path}`, { headers: await assertionFor("auth", caller, op.method, op.path) })).status).toBe(200);
    for (const lifetimes of [{ assertionSeconds: 3600 }, { grantSeconds: 86_400 }]) {
      const response = await env.AUTH.fetch(`https://auth.internal${op.path}`, { headers: await forged(op, { service: "auth", ...lifetimes }) });
      expect(response.status, JSON.stringify(lifetimes)).toBe(401);
    }
  });
});

describe("through the gateway", () => {
  it("drops a client's own assertion and identity headers", async () => {
    const replayed = await assertionFor("auth", admin, "GET", "/api/v1/auth/users");
    const response = await gateway("/api/v1/auth/users", { headers: { ...forgedHeaders, ...replayed } });
    expect(response.status).toBe(401);
  });
});
