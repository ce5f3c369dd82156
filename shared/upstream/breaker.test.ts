import { env } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runChecks, type Check } from "#shared/health/checks";
import { advance } from "../../test/durable-objects-clock";
import { fetchUpstream, upstreamBreaker, upstreamCheck, type Upstream } from "./breaker";
import { UPSTREAM_SETTINGS_KEY } from "./settings";

// The gateway's CircuitBreaker namespace hosts these breakers: the class is the one every Worker
// hosts, and only the main Worker's objects can have their clock moved (test/durable-objects-clock.ts).
// Every test has an upstream of its own, since test files share one runtime.
const bindings = { UPSTREAM_BREAKER: env.CIRCUIT_BREAKER, CONFIG: env.CONFIG };
const newUpstream = (): Upstream => ({ name: `test:upstream:${crypto.randomUUID()}`, title: "Testhost", timeoutMs: 200 });
const URL_ = "https://upstream.test/things/1";
const call = (upstream: Upstream) => fetchUpstream(bindings, upstream, URL_, { about: "for thing 1" });

/** Test double for the internet: what the upstream does with each call. */
function upstreamDoes(behaviour: (init: RequestInit | undefined) => Promise<Response>) {
  return vi.spyOn(globalThis, "fetch").mockImplementation((_input, init) => behaviour(init));
}
const unreachable = () => upstreamDoes(async () => Promise.reject(new TypeError("Network connection lost.")));
const hanging = () => upstreamDoes((init) => new Promise((_, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal!.reason))));
const answering = (status: number) => upstreamDoes(async () => new Response(status === 200 ? "{}" : "nope", { status }));

afterEach(() => {
  vi.restoreAllMocks();
});

describe("fetchUpstream", () => {
  it("is a 502 naming the upstream when it cannot be reached, counted against its breaker", async () => {
    const upstream = newUpstream();
    unreachable();
    await expect(call(upstream)).rejects.toMatchObject({ status: 502, detail: "Testhost could not be reached for thing 1; try again later." });
    expect(await upstreamBreaker(bindings, upstream).status()).toMatchObject({ state: "closed", recentFailures: 1 });
  });

  it("is a 504 when the upstream does not answer within its timeout, counted", async () => {
    const upstream = newUpstream();
    hanging();
    await expect(call(upstream)).rejects.toMatchObject({ status: 504, detail: "Testhost did not answer within 0.2 s for thing 1; try again later." });
    expect(await upstreamBreaker(bindings, upstream).status()).toMatchObject({ recentFailures: 1 });
  });

  it("is a 502 when the upstream answers 5xx, counted", async () => {
    const upstream = newUpstream();
    answering(503);
    await expect(call(upstream)).rejects.toMatchObject({ status: 502, detail: "Testhost answered 503 for thing 1; try again later." });
    expect(await upstreamBreaker(bindings, upstream).status()).toMatchObject({ recentFailures: 1 });
  });

  it("returns a 404 (any answer below 500) for the caller to read, and does not count it", async () => {
    const upstream = newUpstream();
    answering(404);
    const response = await call(upstream);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("nope");
    expect(await upstreamBreaker(bindings, upstream).status()).toMatchObject({ state: "closed", recentFailures: 0 });
  });

  it("opens after five failures and then refuses at once, 503 with Retry-After, without calling the upstream", async () => {
    const upstream = newUpstream();
    const fetch = unreachable();
    for (let i = 0; i < 5; i++) await expect(call(upstream)).rejects.toMatchObject({ status: 502 });
    expect(await upstreamBreaker(bindings, upstream).status()).toMatchObject({ state: "open" });

    const refused = await call(upstream).catch((err: unknown) => err);
    expect(refused).toMatchObject({ status: 503 });
    const { detail, extra } = refused as { detail: string; extra: { headers: Record<string, string> } };
    expect(detail).toMatch(/^Testhost is failing, so it is not being asked for thing 1 while it recovers; try again in \d+ s\.$/);
    const retryAfter = Number(extra.headers["retry-after"]);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(30);
    expect(fetch).toHaveBeenCalledTimes(5);
  });

  it("lets a probe through once the cool-down has passed: its success closes the breaker, its failure reopens it", async () => {
    const upstream = newUpstream();
    const breaker = upstreamBreaker(bindings, upstream);
    unreachable();
    for (let i = 0; i < 5; i++) await call(upstream).catch(() => {});
    await advance(breaker, 30_000);
    await expect(call(upstream)).rejects.toMatchObject({ status: 502 });
    expect(await breaker.status()).toMatchObject({ state: "open" });

    await advance(breaker, 30_000);
    vi.restoreAllMocks();
    answering(200);
    expect((await call(upstream)).status).toBe(200);
    expect(await breaker.status()).toMatchObject({ state: "closed", recentFailures: 0 });
  });

  it("takes an upstream's thresholds from KV upstream:settings, field by field over the defaults", async () => {
    const upstream = newUpstream();
    await env.CONFIG.put(UPSTREAM_SETTINGS_KEY, JSON.stringify({ [upstream.name]: { failureThreshold: 2, cooldownSeconds: 600 } }));
    try {
      unreachable();
      await call(upstream).catch(() => {});
      await call(upstream).catch(() => {});
      const refused = await call(upstream).catch((err: unknown) => err);
      expect(refused).toMatchObject({ status: 503 });
      expect(Number((refused as { extra: { headers: Record<string, string> } }).extra.headers["retry-after"])).toBeGreaterThan(30);
    } finally {
      await env.CONFIG.delete(UPSTREAM_SETTINGS_KEY);
    }
  });
});

describe("upstreamCheck", () => {
  const binding: Check = { name: "kv:CONFIG", run: async () => undefined };

  it("is ok while the breaker is closed, naming recent failures", async () => {
    const upstream = newUpstream();
    expect(await runChecks("svc", [binding, upstreamCheck(bindings, upstream)])).toMatchObject({
      status: "ok",
      checks: [{ status: "ok" }, { name: `upstream:${upstream.name}`, status: "ok", detail: "closed" }],
    });
    unreachable();
    await call(upstream).catch(() => {});
    const health = await runChecks("svc", [upstreamCheck(bindings, upstream)]);
    expect(health.checks[0]).toMatchObject({ status: "ok", detail: "closed (1 recent failures)" });
  });

  it("makes the service degraded, not down, while the breaker is open or half-open", async () => {
    const upstream = newUpstream();
    unreachable();
    for (let i = 0; i < 5; i++) await call(upstream).catch(() => {});
    const open = await runChecks("svc", [binding, upstreamCheck(bindings, upstream)]);
    expect(open.status).toBe("degraded");
    expect(open.checks[1]).toMatchObject({ status: "degraded" });
    expect(open.checks[1]!.detail).toMatch(/^open since .+: Testhost is not being called; probes resume in \d+ s$/);

    await advance(upstreamBreaker(bindings, upstream), 30_000);
    const halfOpen = await runChecks("svc", [binding, upstreamCheck(bindings, upstream)]);
    expect(halfOpen.status).toBe("degraded");
    expect(halfOpen.checks[1]).toMatchObject({ status: "degraded", detail: "half-open: probing Testhost (0 in flight)" });
  });
});
