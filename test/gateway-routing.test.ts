import { beforeAll, describe, expect, it } from "vitest";
import { SERVICES } from "#shared/service/names";
import type { ServiceHealth } from "#shared/health/checks";
import { signUp } from "../workers/auth/test/client";
import { gateway, readProblem } from "./helpers";

// Each service shows its checks to admins only.
let admin: Record<string, string>;
beforeAll(async () => {
  admin = { authorization: `Bearer ${(await signUp("routing-admin", ["admin"])).tokens.access_token}` };
});

describe("gateway routing", () => {
  it.each(SERVICES)("routes /api/v1/health/%s to that service over its binding", async (name) => {
    const response = await gateway(`/api/v1/health/${name}`, { headers: admin });
    expect(response.status).toBe(200);
    const health = (await response.json()) as ServiceHealth;
    expect(health.name).toBe(name);
    expect(health.status).toBe("ok");
    expect(health.checks.length).toBeGreaterThan(0);
    for (const check of health.checks) expect(check.status, `${name} ${check.name}: ${check.detail}`).toBe("ok");
  });

  it("answers an unknown path with a 404 problem that never reached a service", async () => {
    const response = await gateway("/api/v1/nowhere?x=1");
    expect(response.status).toBe(404);
    const problem = await readProblem(response);
    expect(problem).toMatchObject({ status: 404, title: "Not found", instance: "/api/v1/nowhere" });
    expect(problem.detail).toContain("/api/v1/nowhere");
    expect(problem.request_id).toBe(response.headers.get("x-request-id"));
  });

  it("answers a path the owning service does not have with that service's 404", async () => {
    const response = await gateway("/api/v1/health/parliament/extra", { headers: { "x-request-id": "trace-0001-abc" } });
    expect(response.status).toBe(404);
    const problem = await readProblem(response);
    // The service itself answered: its problem carries the request id it received.
    expect(problem.request_id).toBe("trace-0001-abc");
    expect(problem.instance).toBe("/api/v1/health/parliament/extra");
  });

  it("answers a write to a read-only route with 405 and Allow", async () => {
    const response = await gateway("/api/v1/members", { method: "POST", body: "{}" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD");
    expect((await readProblem(response)).detail).toContain("POST is not allowed on /api/v1/members");
  });

  it("refuses a protected route without credentials, naming the role", async () => {
    const response = await gateway("/api/v1/auth/users");
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toContain("Bearer");
    expect((await readProblem(response)).detail).toContain("admin role");
  });
});

describe("request ids", () => {
  it("keeps a sane X-Request-Id from the caller end to end", async () => {
    const response = await gateway("/api/v1/health/search", { headers: { "X-Request-Id": "client-trace-42_a=b" } });
    expect(response.headers.get("x-request-id")).toBe("client-trace-42_a=b");
  });

  it.each([
    ["with dots and colons", "trace.42:abc"],
    ["with spaces", "hello world request"],
    ["with quotes", 'id"};drop'],
    ["too long", "x".repeat(200)],
  ])("replaces a request id that is %s with a generated one", async (_, given) => {
    const response = await gateway("/api/v1/health/auth", { headers: { "X-Request-Id": given } });
    const id = response.headers.get("x-request-id");
    expect(id).not.toBe(given);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("generates a request id when none is given, on errors too", async () => {
    const response = await gateway("/api/v1/unknown");
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("headers", () => {
  it("sets security headers on API responses", async () => {
    const response = await gateway("/api/v1/health/config");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(response.headers.get("strict-transport-security")).toContain("max-age=");
  });

  it("answers a CORS preflight and exposes the request id to browsers", async () => {
    const response = await gateway("/api/v1/members", {
      method: "OPTIONS",
      headers: { origin: "https://example.org", "access-control-request-method": "GET" },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const simple = await gateway("/api/v1/health/charts", { headers: { origin: "https://example.org" } });
    expect(simple.headers.get("access-control-expose-headers")).toContain("X-Request-Id");
  });
});
