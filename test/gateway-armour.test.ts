import { createExecutionContext, env, runInDurableObject, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createGateway } from "../src/app";
import { gateway, readProblem } from "./helpers";
import type { Schema } from "../web/src/api/operations";

describe("rate limits at the gateway", () => {
  it("admits exactly the tier's limit out of 200 concurrent anonymous requests from one address", async () => {
    const address = "203.0.113.77";
    const started = Date.now();
    const responses = await Promise.all(Array.from({ length: 200 }, () => gateway("/api/v1/health/config", { headers: { "cf-connecting-ip": address } })));
    const ok = responses.filter((r) => r.status === 200);
    const limited = responses.filter((r) => r.status === 429);
    // The anonymous tier's default: 60 requests a minute. The budget refills continuously (one a
    // second), so a burst that takes a busy runtime a few seconds may see that many more admitted;
    // never more than the limit plus what refilled.
    const mostAdmitted = 60 + Math.ceil((Date.now() - started) / 1000);
    expect(ok.length).toBeGreaterThanOrEqual(60);
    expect(ok.length).toBeLessThanOrEqual(mostAdmitted);
    expect(limited).toHaveLength(200 - ok.length);
    for (const r of ok) {
      expect(r.headers.get("ratelimit-limit")).toBe("60");
      expect(Number(r.headers.get("ratelimit-remaining"))).toBeGreaterThanOrEqual(0);
    }
    const refused = limited[0]!;
    expect(refused.headers.get("ratelimit-remaining")).toBe("0");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(refused.headers.get("ratelimit-reset"))).toBeGreaterThan(0);
    expect((await readProblem(refused)).detail).toMatch(/^Anonymous calls are limited to 60 per 60 s per client address\./);
    // Another address has its own allowance.
    expect((await gateway("/api/v1/health/config", { headers: { "cf-connecting-ip": "203.0.113.78" } })).status).toBe(200);
  });
});

describe("circuit breakers at the gateway", () => {
  /** Breakers under names of this test's own, so no other test meets a breaker this one opened. */
  const scope = `armour-${crypto.randomUUID()}/`;
  const breakers = {
    idFromName: (name: string) => env.CIRCUIT_BREAKER.idFromName(scope + name),
    get: (id: DurableObjectId) => env.CIRCUIT_BREAKER.get(id),
  } as unknown as Env["CIRCUIT_BREAKER"];
  /** A parliament service that fails every request, as an outage looks from the gateway. */
  const failing = {
    fetch: async () => new Response("upstream exploded", { status: 500 }),
    health: () => (env.PARLIAMENT as unknown as { health(): Promise<unknown> }).health(),
  } as unknown as Fetcher;

  const app = createGateway();
  async function call(path: string, parliament: Fetcher) {
    const ctx = createExecutionContext();
    const response = await app.request(
      `https://api.openpolicy.test${path}`,
      { headers: { "cf-connecting-ip": "203.0.113.90" } },
      { ...env, PARLIAMENT: parliament, CIRCUIT_BREAKER: breakers },
      ctx,
    );
    // The gateway records each outcome after answering; wait for it as the next request would.
    await waitOnExecutionContext(ctx);
    return response;
  }

  it("opens after repeated failures, sheds load with 503 and Retry-After, shows it in health, and closes through half-open", async () => {
    for (let i = 0; i < 5; i++) expect((await call("/api/v1/sessions", failing)).status).toBe(500);

    const shed = await call("/api/v1/sessions", failing);
    expect(shed.status).toBe(503);
    expect(Number(shed.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await readProblem(shed)).detail).toContain("parliament service is failing");

    const health = (await (await call("/api/v1/health", env.PARLIAMENT)).json()) as Schema<"PlatformHealth">;
    expect(health.services.find((s) => s.name === "parliament")?.breaker).toBe("open");
    expect(health.services.find((s) => s.name === "search")?.breaker).toBe("closed");

    // The cool-down passes (moved on in the breaker's own storage rather than waited for).
    const stub = breakers.get(breakers.idFromName("parliament"));
    await runInDurableObject(stub, (_, state) => {
      state.storage.sql.exec("UPDATE trip SET cooldown_ends_at = 0");
    });
    // Half-open: a probe that fails opens it again at once.
    expect((await call("/api/v1/sessions", failing)).status).toBe(500);
    expect((await call("/api/v1/sessions", failing)).status).toBe(503);

    await runInDurableObject(stub, (_, state) => {
      state.storage.sql.exec("UPDATE trip SET cooldown_ends_at = 0");
    });
    // The service is back: the probe succeeds and the breaker closes.
    expect((await call("/api/v1/sessions", env.PARLIAMENT)).status).toBe(200);
    expect((await call("/api/v1/sessions", env.PARLIAMENT)).status).toBe(200);
    const after = (await (await call("/api/v1/health", env.PARLIAMENT)).json()) as Schema<"PlatformHealth">;
    expect(after.services.find((s) => s.name === "parliament")?.breaker).toBe("closed");
  });
});
