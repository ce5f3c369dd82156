import { describe, expect, it } from "vitest";
import { SERVICES } from "#shared/service/names";
import type { PlatformHealth } from "#shared/health/probe";
import { gateway } from "./helpers";

describe("GET /api/v1/health", () => {
  it("asks every service and reports the platform ok with each one's checks", async () => {
    const response = await gateway("/api/v1/health");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const health = (await response.json()) as PlatformHealth;
    expect(health.status).toBe("ok");
    expect(new Date(health.checked_at).getTime()).not.toBeNaN();
    expect(health.services.map((s) => s.name)).toEqual([...SERVICES]);
    for (const service of health.services) {
      expect(service.status, service.name).toBe("ok");
      expect(service.latency_ms).toBeGreaterThanOrEqual(0);
    }
  });

  it("touches each service's own bindings: D1 schema, KV, queue producers", async () => {
    const health = (await (await gateway("/api/v1/health")).json()) as PlatformHealth;
    const checks = Object.fromEntries(health.services.map((s) => [s.name, s.checks.map((c) => c.name)]));
    expect(checks.parliament).toEqual(["d1:CIVIC", "kv:CONFIG", "upstream:represent"]);
    expect(checks.auth).toEqual(["d1:IDENTITY", "kv:CONFIG", "queue:NOTIFY"]);
    expect(checks.etl).toEqual(["d1:CIVIC", "d1:PLATFORM", "kv:CONFIG", "queue:ETL_JOBS", "queue:EVENTS"]);
    const civic = health.services.find((s) => s.name === "parliament")!.checks[0]!;
    expect(civic.detail).toMatch(/^schema at 0\d{3}_.+\.sql$/);
  });
});
