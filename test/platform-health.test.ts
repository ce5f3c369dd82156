import { createExecutionContext, env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { SERVICES } from "#shared/service/names";
import type { ServiceHealthView } from "#shared/health/checks";
import type { PlatformHealth, PlatformHealthView } from "#shared/health/probe";
import { createGateway } from "../src/app";
import { signUp } from "../workers/auth/test/client";
import { gateway } from "./helpers";

/**
 * The platform's health and each service's own: everyone sees every service's status and
 * breaker; only admins see the checks behind it, their details and the errors, which name
 * bindings, schema versions and internal failures.
 */

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
let admin: Record<string, string>;
let citizen: Record<string, string>;

beforeAll(async () => {
  admin = bearer((await signUp("health-view-admin", ["admin"])).tokens.access_token);
  citizen = bearer((await signUp("health-view-citizen")).tokens.access_token);
});

/** No check, detail or error anywhere in a health answer. */
function expectStatusOnly(services: ServiceHealthView[]): void {
  for (const service of services) {
    expect(Object.keys(service).sort(), service.name).toEqual(["breaker", "latency_ms", "name", "status"].filter((k) => k in service).sort());
    expect(service.checks, service.name).toBeUndefined();
    expect(service.error, service.name).toBeUndefined();
  }
}

describe("GET /api/v1/health", () => {
  it("asks every service and reports the platform ok with each one's status", async () => {
    const response = await gateway("/api/v1/health");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const health = (await response.json()) as PlatformHealthView;
    expect(health.status).toBe("ok");
    expect(new Date(health.checked_at).getTime()).not.toBeNaN();
    expect(health.services.map((s) => s.name)).toEqual([...SERVICES]);
    for (const service of health.services) {
      expect(service.status, service.name).toBe("ok");
      expect(service.latency_ms).toBeGreaterThanOrEqual(0);
      expect(service.breaker, service.name).toBe("closed");
    }
  });

  it("shows anonymous and non-admin callers each service's status and breaker, and no checks, details or errors", async () => {
    for (const headers of [{}, citizen]) {
      const response = await gateway("/api/v1/health", { headers });
      const text = await response.text();
      expectStatusOnly((JSON.parse(text) as PlatformHealthView).services);
      expect(text).not.toContain("detail");
      expect(text).not.toContain("schema at");
    }
  });

  it("shows admins each service's checks on its own bindings: D1 schema, KV, queue producers", async () => {
    const health = (await (await gateway("/api/v1/health", { headers: admin })).json()) as PlatformHealth;
    const checks = Object.fromEntries(health.services.map((s) => [s.name, s.checks.map((c) => c.name)]));
    expect(checks.parliament).toEqual(["d1:CIVIC", "kv:CONFIG", "upstream:represent"]);
    expect(checks.auth).toEqual(["d1:IDENTITY", "kv:CONFIG", "queue:NOTIFY"]);
    expect(checks.etl).toEqual(["d1:CIVIC", "d1:PLATFORM", "kv:CONFIG", "queue:ETL_JOBS", "queue:EVENTS"]);
    const civic = health.services.find((s) => s.name === "parliament")!.checks[0]!;
    expect(civic.detail).toMatch(/^schema at 0\d{3}_.+\.sql$/);
  });

  it("names a failing service's error to admins only", async () => {
    // A service binding that throws, as an isolate that crashed does.
    const PARLIAMENT = { health: async () => Promise.reject(new Error("parliament isolate crashed at db.ts:42")) } as unknown as Fetcher;
    const app = createGateway();
    const call = (headers: Record<string, string>) =>
      app.request(
        "https://api.openpolicy.test/api/v1/health",
        { headers: { "cf-connecting-ip": "203.0.113.91", ...headers } },
        { ...env, PARLIAMENT },
        createExecutionContext(),
      );

    const anonymous = (await (await call({})).json()) as PlatformHealthView;
    expect(anonymous.status).toBe("degraded");
    expect(anonymous.services.find((s) => s.name === "parliament")).toMatchObject({ status: "down" });
    expectStatusOnly(anonymous.services);

    const forAdmin = (await (await call(admin)).json()) as PlatformHealth;
    expect(forAdmin.services.find((s) => s.name === "parliament")).toMatchObject({
      status: "down",
      checks: [],
      error: "parliament isolate crashed at db.ts:42",
    });
  });
});

describe("GET /api/v1/health/{service}", () => {
  it.each(SERVICES)("shows %s's status alone to anonymous callers and citizens", async (name) => {
    for (const headers of [{}, citizen]) {
      const response = await gateway(`/api/v1/health/${name}`, { headers });
      expect(response.status).toBe(200);
      const health = (await response.json()) as ServiceHealthView;
      expect(health).toMatchObject({ name, status: "ok" });
      expectStatusOnly([health]);
    }
  });

  it("shows admins every check with its detail", async () => {
    const health = (await (await gateway("/api/v1/health/parliament", { headers: admin })).json()) as PlatformHealth["services"][number];
    expect(health.checks.map((c) => c.name)).toEqual(["d1:CIVIC", "kv:CONFIG", "upstream:represent"]);
    expect(health.checks[0]!.detail).toMatch(/^schema at 0\d{3}_.+\.sql$/);
  });
});

describe("the OpenAPI document", () => {
  it("marks checks and errors as optional (admins only)", async () => {
    const doc = (await (await gateway("/api/v1/openapi.json")).json()) as {
      components: { schemas: Record<string, { required?: string[]; properties: Record<string, { description?: string }> }> };
    };
    const schema = doc.components.schemas.ServiceHealth!;
    expect(schema.required).toEqual(expect.arrayContaining(["name", "status", "latency_ms"]));
    expect(schema.required).not.toContain("checks");
    expect(schema.required ?? []).not.toContain("error");
    expect(schema.properties.checks!.description).toMatch(/admins only/i);
    expect(schema.properties.error!.description).toMatch(/admins only/i);
  });
});
