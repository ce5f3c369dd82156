import { createExecutionContext, env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { SERVICES } from "#shared/service/names";
import type { ServiceBinding } from "#shared/service/rpc";
import { createGateway } from "../src/app";
import { signUp } from "../workers/auth/test/client";
import { readProblem } from "./helpers";

/**
 * Faults injected into the gateway's environment: one service binding replaced by a Fetcher
 * that throws or never answers, the failures a real outage produces at the binding.
 */
const throwing = {
  fetch: async () => {
    throw new Error("internal detail: connection reset at parliament.ts:42");
  },
  health: async () => {
    throw new Error("parliament isolate crashed");
  },
  openapi: async () => {
    throw new Error("unavailable");
  },
} as unknown as ServiceBinding;

const hanging = {
  fetch: () => new Promise<Response>(() => {}),
  health: () => new Promise(() => {}),
} as unknown as ServiceBinding;

const app = createGateway();
const call = (path: string, overrides: Partial<Env> = {}, init?: RequestInit) =>
  app.request(`https://api.openpolicy.test${path}`, init, { ...env, ...overrides }, createExecutionContext());

// The health answer names a failure to admins only.
let asAdmin: RequestInit;
beforeAll(async () => {
  asAdmin = { headers: { authorization: `Bearer ${(await signUp("failures-admin", ["admin"])).tokens.access_token}` } };
});

describe("a service that fails", () => {
  it("is a 502 problem with the request id and no internals", async () => {
    const response = await call("/api/v1/members", { PARLIAMENT: throwing }, { headers: { "x-request-id": "req-502-check" } });
    expect(response.status).toBe(502);
    const problem = await readProblem(response);
    expect(problem.status).toBe(502);
    expect(problem.request_id).toBe("req-502-check");
    expect(problem.detail).toContain("req-502-check");
    const text = JSON.stringify(problem);
    expect(text).not.toContain("parliament.ts");
    expect(text).not.toContain("connection reset");
    expect(response.headers.get("x-request-id")).toBe("req-502-check");
  });

  it("makes the aggregated health degraded and names the failure", async () => {
    const response = await call("/api/v1/health", { PARLIAMENT: throwing }, asAdmin);
    expect(response.status).toBe(200);
    const health = (await response.json()) as { status: string; services: { name: string; status: string; error?: string }[] };
    expect(health.status).toBe("degraded");
    const parliament = health.services.find((s) => s.name === "parliament");
    expect(parliament).toMatchObject({ status: "down", error: "parliament isolate crashed" });
    expect(health.services.filter((s) => s.status === "ok")).toHaveLength(SERVICES.length - 1);
  });

  it("is reported down after the health timeout when it does not answer", async () => {
    const started = Date.now();
    const response = await call("/api/v1/health", { SEARCH: hanging, HEALTH_TIMEOUT_MS: "300" as Env["HEALTH_TIMEOUT_MS"] }, asAdmin);
    const health = (await response.json()) as { status: string; services: { name: string; status: string; error?: string }[] };
    expect(Date.now() - started).toBeLessThan(5000);
    expect(health.status).toBe("degraded");
    expect(health.services.find((s) => s.name === "search")).toMatchObject({
      status: "down",
      error: "search health check timed out after 300 ms",
    });
  });

  it("makes the platform down (503) when every service fails", async () => {
    const everyServiceDown = Object.fromEntries(
      ["PARLIAMENT", "ETL", "SEARCH", "AUTH", "NOTIFICATIONS", "CONFIG_SERVICE", "POLICY", "CHARTS", "MOBILE", "HEALTH", "MONITORING", "DEPLOYMENT"].map(
        (b) => [b, throwing],
      ),
    );
    const response = await call("/api/v1/health", everyServiceDown);
    expect(response.status).toBe(503);
    expect(((await response.json()) as { status: string }).status).toBe("down");
  });

  it("leaves it out of the OpenAPI document and says so", async () => {
    const response = await call("/api/v1/openapi.json", { CHARTS: throwing });
    const doc = (await response.json()) as { paths: Record<string, unknown>; "x-missing-services"?: string[] };
    expect(doc["x-missing-services"]).toEqual(["charts"]);
    expect(doc.paths["/api/v1/health/charts"]).toBeUndefined();
    expect(doc.paths["/api/v1/health/parliament"]).toBeDefined();
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});
