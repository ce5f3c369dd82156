import { abortAllDurableObjects, env, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { BreakerConfig } from "../durable-objects/circuit-breaker";
import { advance } from "./durable-objects-clock";

// Test files share one runtime, so every test has services of its own.
function breaker(name = crypto.randomUUID()) {
  return env.CIRCUIT_BREAKER.get(env.CIRCUIT_BREAKER.idFromName(`test:${name}`));
}

const CONFIG: BreakerConfig = { failureThreshold: 3, windowSeconds: 60, cooldownSeconds: 30, halfOpenProbes: 2 };

async function trip(stub: ReturnType<typeof breaker>, config = CONFIG) {
  for (let i = 0; i < config.failureThreshold; i++) await stub.record("failure", config);
}

/** Trips the breaker and lets its cool-down pass, leaving it half-open. */
async function halfOpen(stub: ReturnType<typeof breaker>, config = CONFIG) {
  await trip(stub, config);
  await advance(stub, config.cooldownSeconds * 1000);
}

describe("CircuitBreaker", () => {
  it("stays closed below the failure threshold and opens when it is reached", async () => {
    const stub = breaker();
    expect(await stub.status()).toEqual({ state: "closed", openedAt: null, retryAfterSeconds: null, recentFailures: 0, probesInFlight: 0 });

    expect(await stub.record("failure", CONFIG)).toBe("closed");
    expect(await stub.record("success", CONFIG)).toBe("closed");
    expect(await stub.record("failure", CONFIG)).toBe("closed");
    expect(await stub.status()).toMatchObject({ state: "closed", recentFailures: 2 });
    expect(await stub.admit(CONFIG)).toEqual({ allowed: true, state: "closed", retryAfterSeconds: null });

    const before = Date.now();
    expect(await stub.record("failure", CONFIG)).toBe("open");
    const status = await stub.status();
    expect(status).toMatchObject({ state: "open", recentFailures: 3, probesInFlight: 0 });
    expect(Date.parse(status.openedAt!)).toBeGreaterThanOrEqual(before - 1000);
    expect(status.retryAfterSeconds).toBeGreaterThanOrEqual(29);
    expect(status.retryAfterSeconds).toBeLessThanOrEqual(30);
  });

  it("does not open when the same number of failures is spread over longer than the window", async () => {
    const stub = breaker();
    await stub.record("failure", CONFIG);
    await stub.record("failure", CONFIG);
    await advance(stub, 61_000);
    expect(await stub.status()).toMatchObject({ state: "closed", recentFailures: 0 });

    expect(await stub.record("failure", CONFIG)).toBe("closed");
    await advance(stub, 30_000);
    expect(await stub.record("failure", CONFIG)).toBe("closed");
    expect(await stub.status()).toMatchObject({ state: "closed", recentFailures: 2 });
    // Three within 60 s now: the first of these two is 30 s old.
    expect(await stub.record("failure", CONFIG)).toBe("open");
  });

  it("refuses every request at once while open, with the cool-down left as Retry-After", async () => {
    const stub = breaker();
    await trip(stub);
    await advance(stub, 10_000);
    const admissions = await Promise.all(Array.from({ length: 50 }, () => stub.admit(CONFIG)));
    for (const admission of admissions) {
      expect(admission).toMatchObject({ allowed: false, state: "open" });
      expect(admission.retryAfterSeconds).toBeGreaterThanOrEqual(19);
      expect(admission.retryAfterSeconds).toBeLessThanOrEqual(20);
    }
    // Outcomes of requests that were already in flight change nothing.
    expect(await stub.record("success", CONFIG)).toBe("open");
    expect(await stub.status()).toMatchObject({ state: "open" });
  });

  it("after the cool-down admits only halfOpenProbes probes at once", async () => {
    const stub = breaker();
    await halfOpen(stub);
    expect(await stub.status()).toMatchObject({ state: "half_open", retryAfterSeconds: null, probesInFlight: 0 });

    const admissions = await Promise.all(Array.from({ length: 40 }, () => stub.admit(CONFIG)));
    const probes = admissions.filter((a) => a.allowed);
    expect(probes).toHaveLength(2);
    for (const probe of probes) expect(probe).toEqual({ allowed: true, state: "half_open", retryAfterSeconds: null });
    for (const refused of admissions.filter((a) => !a.allowed)) {
      expect(refused.state).toBe("half_open");
      expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    }
    expect(await stub.status()).toMatchObject({ state: "half_open", probesInFlight: 2 });
  });

  it("closes on a probe's success and counts failures from zero again", async () => {
    const stub = breaker();
    await halfOpen(stub);
    expect((await stub.admit(CONFIG)).allowed).toBe(true);
    expect(await stub.record("success", CONFIG)).toBe("closed");
    expect(await stub.status()).toEqual({ state: "closed", openedAt: null, retryAfterSeconds: null, recentFailures: 0, probesInFlight: 0 });
    expect(await stub.admit(CONFIG)).toMatchObject({ allowed: true, state: "closed" });

    await stub.record("failure", CONFIG);
    expect(await stub.record("failure", CONFIG)).toBe("closed");
  });

  it("opens again with a fresh cool-down on a probe's failure", async () => {
    const stub = breaker();
    await halfOpen(stub);
    expect((await stub.admit(CONFIG)).allowed).toBe(true);
    expect(await stub.record("failure", CONFIG)).toBe("open");

    const status = await stub.status();
    expect(status).toMatchObject({ state: "open", probesInFlight: 0 });
    expect(status.retryAfterSeconds).toBeGreaterThanOrEqual(29);
    const admission = await stub.admit(CONFIG);
    expect(admission).toMatchObject({ allowed: false, state: "open" });
    expect(admission.retryAfterSeconds).toBeGreaterThanOrEqual(29);

    // The next cool-down leads to half-open again, with a full probe allowance.
    await advance(stub, 30_000);
    const next = await Promise.all([stub.admit(CONFIG), stub.admit(CONFIG), stub.admit(CONFIG)]);
    expect(next.filter((a) => a.allowed)).toHaveLength(2);
  });

  it("frees the slot of a probe that never reports after one cool-down", async () => {
    const config = { ...CONFIG, halfOpenProbes: 1 };
    const stub = breaker();
    await halfOpen(stub, config);
    expect((await stub.admit(config)).allowed).toBe(true);
    const waiting = await stub.admit(config);
    expect(waiting).toMatchObject({ allowed: false, state: "half_open" });
    expect(waiting.retryAfterSeconds).toBeGreaterThanOrEqual(29);

    await advance(stub, 30_000);
    expect(await stub.admit(config)).toMatchObject({ allowed: true, state: "half_open" });
  });

  it("recovers on the real clock through a one-second cool-down", async () => {
    const config = { failureThreshold: 2, windowSeconds: 10, cooldownSeconds: 1, halfOpenProbes: 1 };
    const stub = breaker();
    await trip(stub, config);
    expect(await stub.admit(config)).toEqual({ allowed: false, state: "open", retryAfterSeconds: 1 });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await stub.status()).toMatchObject({ state: "half_open" });
    expect(await stub.admit(config)).toEqual({ allowed: true, state: "half_open", retryAfterSeconds: null });
    expect(await stub.record("success", config)).toBe("closed");
    expect(await stub.admit(config)).toEqual({ allowed: true, state: "closed", retryAfterSeconds: null });
  });

  it("keeps its state when the object is evicted", async () => {
    const name = crypto.randomUUID();
    await trip(breaker(name));
    const before = await breaker(name).status();
    await abortAllDurableObjects();

    const after = await breaker(name).status();
    expect(after).toMatchObject({ state: "open", openedAt: before.openedAt, recentFailures: 3 });
    expect((await breaker(name).admit(CONFIG)).allowed).toBe(false);

    await advance(breaker(name), 30_000);
    expect((await breaker(name).admit(CONFIG)).allowed).toBe(true);
    await abortAllDurableObjects();
    expect(await breaker(name).status()).toMatchObject({ state: "half_open", probesInFlight: 1 });
  });

  it("keeps each service's breaker on its own", async () => {
    const failing = breaker();
    const healthy = breaker();
    await trip(failing);
    expect((await failing.admit(CONFIG)).allowed).toBe(false);
    expect(await healthy.admit(CONFIG)).toMatchObject({ allowed: true, state: "closed" });
    expect(await healthy.status()).toMatchObject({ state: "closed", recentFailures: 0 });
  });

  it("applies a changed threshold at once", async () => {
    const stub = breaker();
    await stub.record("failure", CONFIG);
    await stub.record("failure", CONFIG);
    expect(await stub.record("failure", { ...CONFIG, failureThreshold: 10 })).toBe("closed");
    expect(await stub.record("failure", { ...CONFIG, failureThreshold: 4 })).toBe("open");
  });

  it("rejects configs and outcomes that make no sense", async () => {
    // Called on the instance rather than over RPC: under vitest-pool-workers 0.15 every rejected
    // Durable Object RPC also surfaces as an unhandled rejection (workers-sdk#14736).
    const refusal = (call: (instance: import("../durable-objects/circuit-breaker").CircuitBreaker) => Promise<unknown>) =>
      runInDurableObject(breaker(), (instance) =>
        call(instance).then(
          () => "accepted",
          (err: unknown) => String(err),
        ),
      );
    expect(await refusal((b) => b.admit({ ...CONFIG, failureThreshold: 0 }))).toMatch(/RangeError: failureThreshold must be a positive integer/);
    expect(await refusal((b) => b.admit({ ...CONFIG, halfOpenProbes: 1.5 }))).toMatch(/halfOpenProbes must be a positive integer/);
    expect(await refusal((b) => b.admit({ ...CONFIG, windowSeconds: -1 }))).toMatch(/windowSeconds must be a positive number/);
    expect(await refusal((b) => b.record("failure", { ...CONFIG, cooldownSeconds: Number.NaN }))).toMatch(/cooldownSeconds must be a positive number/);
    expect(await refusal((b) => b.record("timeout" as "failure", CONFIG))).toMatch(/outcome must be success or failure/);
    expect(await refusal((b) => b.admit(CONFIG))).toBe("accepted");
  });
});
