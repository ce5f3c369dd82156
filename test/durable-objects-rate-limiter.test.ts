import { abortAllDurableObjects, env, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { RateLimit, RateLimitResult } from "../durable-objects/rate-limiter";
import { advance, storedTables } from "./durable-objects-clock";

// Test files share one runtime, so every test counts against keys of its own.
function limiter(name = crypto.randomUUID()) {
  return env.RATE_LIMITER.get(env.RATE_LIMITER.idFromName(`test:${name}`));
}

const HOURLY_50: RateLimit = { limit: 50, windowSeconds: 3600 };

describe("RateLimiter", () => {
  it("admits exactly the limit out of 200 concurrent takes on one key", async () => {
    const stub = limiter();
    const results = await Promise.all(Array.from({ length: 200 }, () => stub.take(HOURLY_50)));

    const allowed = results.filter((r) => r.allowed);
    const refused = results.filter((r) => !r.allowed);
    expect(allowed).toHaveLength(50);
    expect(refused).toHaveLength(150);
    // Each admitted take saw one unit fewer than the one before it, down to none.
    expect(allowed.map((r) => r.remaining).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    for (const r of allowed) {
      expect(r.limit).toBe(50);
      expect(r.retryAfterSeconds).toBeNull();
      // A unit drains every 72 s, so the quota is whole again 72 s per unit in use.
      expect(r.resetSeconds).toBeGreaterThanOrEqual((50 - r.remaining) * 72 - 1);
      expect(r.resetSeconds).toBeLessThanOrEqual((50 - r.remaining) * 72);
    }
    for (const r of refused) {
      expect(r).toMatchObject({ allowed: false, limit: 50, remaining: 0 });
      expect(r.resetSeconds).toBeGreaterThan(3590);
      expect(r.resetSeconds).toBeLessThanOrEqual(3600);
      expect(r.retryAfterSeconds).toBeGreaterThan(60);
      expect(r.retryAfterSeconds).toBeLessThanOrEqual(72);
    }
    expect(await stub.peek(HOURLY_50)).toMatchObject({ allowed: false, remaining: 0 });
  });

  it("counts each key on its own", async () => {
    const limit = { limit: 3, windowSeconds: 60 };
    const busy = limiter();
    for (let i = 0; i < 3; i++) await busy.take(limit);
    expect((await busy.take(limit)).allowed).toBe(false);

    const other = await limiter().take(limit);
    expect(other).toMatchObject({ allowed: true, remaining: 2 });
  });

  it("restores the quota as the window passes: half after half the window, all after the window", async () => {
    const limit = { limit: 10, windowSeconds: 60 };
    const stub = limiter();
    for (let i = 0; i < 10; i++) await stub.take(limit);
    expect((await stub.take(limit)).allowed).toBe(false);

    await advance(stub, 30_000);
    expect(await stub.peek(limit)).toMatchObject({ allowed: true, remaining: 5 });

    await advance(stub, 30_000);
    expect(await stub.peek(limit)).toMatchObject({ allowed: true, remaining: 10, resetSeconds: 0, retryAfterSeconds: null });
    expect(await stub.take(limit)).toMatchObject({ allowed: true, remaining: 9, resetSeconds: 6 });
  });

  it("restores the quota on the real clock after a one-second window", async () => {
    const limit = { limit: 2, windowSeconds: 1 };
    const stub = limiter();
    await stub.take(limit);
    await stub.take(limit);
    expect(await stub.take(limit)).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await stub.take(limit)).toMatchObject({ allowed: true, remaining: 1 });
  });

  it("never reports negative remaining, and refuses a take larger than what is left with a positive Retry-After", async () => {
    const limit = { limit: 5, windowSeconds: 10 };
    const stub = limiter();
    expect(await stub.take(limit, 3)).toMatchObject({ allowed: true, remaining: 2, resetSeconds: 6, retryAfterSeconds: null });

    // 3 units do not fit in the 2 left; the missing unit drains in 2 s. A refusal uses nothing.
    const refused = await stub.take(limit, 3);
    expect(refused).toMatchObject({ allowed: false, limit: 5, remaining: 2, retryAfterSeconds: 2 });
    expect(await stub.take(limit, 2)).toMatchObject({ allowed: true, remaining: 0, resetSeconds: 10 });

    const results: RateLimitResult[] = [];
    for (let i = 0; i < 5; i++) results.push(await stub.take(limit));
    for (const r of results) {
      expect(r.allowed).toBe(false);
      expect(r.remaining).toBe(0);
      expect(r.retryAfterSeconds).toBeGreaterThan(0);
      expect(r.retryAfterSeconds).toBeLessThanOrEqual(2);
    }
  });

  it("keeps whole units and seconds when the window does not divide by the limit", async () => {
    const limit = { limit: 7, windowSeconds: 60 };
    const stub = limiter();
    const results: RateLimitResult[] = [];
    for (let i = 0; i < 8; i++) results.push(await stub.take(limit));
    expect(results.filter((r) => r.allowed)).toHaveLength(7);
    expect(results[6]).toMatchObject({ allowed: true, remaining: 0 });
    expect(results[6]!.resetSeconds).toBeLessThanOrEqual(60);
    expect(results[7]).toMatchObject({ allowed: false, remaining: 0 });
    expect(results[7]!.retryAfterSeconds).toBeLessThanOrEqual(9);
  });

  it("peeks without taking anything", async () => {
    const stub = limiter();
    expect(await stub.peek(HOURLY_50)).toEqual({ allowed: true, limit: 50, remaining: 50, resetSeconds: 0, retryAfterSeconds: null });
    await stub.take(HOURLY_50);
    const first = await stub.peek(HOURLY_50);
    const second = await stub.peek(HOURLY_50);
    expect(first).toMatchObject({ allowed: true, remaining: 49 });
    expect(second.remaining).toBe(49);
    // Peeking at a key that was never used gives it no storage.
    const unused = limiter();
    await unused.peek(HOURLY_50);
    expect(await storedTables(unused)).toEqual([]);
  });

  it("measures a caller against the limit sent with each take, so a tier change applies at once", async () => {
    const stub = limiter();
    for (let i = 0; i < 3; i++) await stub.take({ limit: 3, windowSeconds: 60 });
    expect((await stub.take({ limit: 3, windowSeconds: 60 })).allowed).toBe(false);
    expect(await stub.take({ limit: 100, windowSeconds: 60 })).toMatchObject({ allowed: true, remaining: 96 });
  });

  it("rejects limits and costs that make no sense", async () => {
    // Called on the instance rather than over RPC: under vitest-pool-workers 0.15 every rejected
    // Durable Object RPC also surfaces as an unhandled rejection (workers-sdk#14736).
    const refusal = (limit: RateLimit, cost?: number) =>
      runInDurableObject(limiter(), (instance) =>
        instance.take(limit, cost).then(
          () => "taken",
          (err: unknown) => String(err),
        ),
      );
    expect(await refusal({ limit: 0, windowSeconds: 60 })).toMatch(/RangeError: limit must be a positive integer/);
    expect(await refusal({ limit: 1.5, windowSeconds: 60 })).toMatch(/limit must be a positive integer/);
    expect(await refusal({ limit: 10, windowSeconds: 0 })).toMatch(/windowSeconds must be a positive number/);
    expect(await refusal({ limit: 10, windowSeconds: 60 }, 0)).toMatch(/cost must be a positive integer/);
    expect(await refusal({ limit: 10, windowSeconds: 60 }, 11)).toMatch(/a cost of 11 can never fit a limit of 10/);
    expect(await refusal({ limit: 10, windowSeconds: 60 }, 10)).toBe("taken");
  });

  it("leases up to half of what is free, frees what a handed-back lease left unspent, and refuses with the wait", async () => {
    const limit = { limit: 10, windowSeconds: 3600 };
    const stub = limiter();
    const first = await stub.lease(limit, 8);
    expect(first).toMatchObject({ allowed: true, granted: 5, remaining: 5, retryAfterMs: null });
    expect(first.leaseId).toEqual(expect.any(Number));
    expect(await stub.lease(limit, 1)).toMatchObject({ granted: 1, remaining: 4 });
    // Two of the first lease's five were spent, three were not.
    expect(await stub.lease(limit, 8, { leaseId: first.leaseId!, unspent: 3 })).toMatchObject({ granted: 3, remaining: 4 });
    for (const free of [4, 2]) expect((await stub.lease(limit, 8)).granted).toBe(free / 2);
    expect(await stub.lease(limit, 8)).toMatchObject({ granted: 1, remaining: 0 });
    const refused = await stub.lease(limit, 1);
    expect(refused).toMatchObject({ allowed: false, leaseId: null, granted: 0, remaining: 0, retryAfterSeconds: 360 });
    // A unit drains every 360 s: the wait in milliseconds, not rounded up to whole seconds.
    expect(refused.retryAfterMs).toBeGreaterThan(359_000);
    expect(refused.retryAfterMs).toBeLessThanOrEqual(360_000);
    // Handing a lease back twice, or with more unspent than it held, frees nothing more.
    expect((await stub.lease(limit, 1, { leaseId: first.leaseId!, unspent: 5 })).granted).toBe(0);
    const invalid = (want: number, returned?: { leaseId: number; unspent: number }) =>
      runInDurableObject(limiter(), (instance) =>
        instance.lease(limit, want, returned).then(
          () => "leased",
          (err: unknown) => String(err),
        ),
      );
    expect(await invalid(0)).toMatch(/cost must be a positive integer/);
    expect(await invalid(1, { leaseId: 1, unspent: -1 })).toMatch(/a returned lease needs an integer leaseId and unspent >= 0/);
  });

  it("holds a lease's units in full until it is handed back, and counts an unreturned one as spent when it expires", async () => {
    // One unit a second.
    const limit = { limit: 10, windowSeconds: 10 };
    const stub = limiter();
    const lease = await stub.lease(limit, 10);
    expect(lease.granted).toBe(5);
    // Units taken drain; leased ones do not, however long the lease is out.
    await stub.take(limit);
    await advance(stub, 4_000);
    expect(await stub.peek(limit)).toMatchObject({ remaining: 5 });
    // Handed back with two spent: those two count from now.
    await stub.lease(limit, 1, { leaseId: lease.leaseId!, unspent: 3 });
    expect(await stub.peek(limit)).toMatchObject({ remaining: 7 });

    // A lease never handed back counts as spent in full when it expires (15 s), then drains.
    const other = limiter();
    expect((await other.lease(limit, 10)).granted).toBe(5);
    await advance(other, 14_000);
    expect(await other.peek(limit)).toMatchObject({ remaining: 5 });
    await advance(other, 3_000);
    expect(await other.peek(limit)).toMatchObject({ remaining: 7 });
    await advance(other, 10_000);
    expect(await other.peek(limit)).toMatchObject({ remaining: 10 });

    // An expired lease keeps counting once it is settled, whichever call settles it.
    const hourly = { limit: 10, windowSeconds: 3600 };
    const full = limiter();
    expect((await full.lease(hourly, 10)).granted).toBe(5);
    for (let i = 0; i < 5; i++) await full.take(hourly);
    await advance(full, 16_000);
    expect((await full.take(hourly)).allowed).toBe(false);
    expect((await full.take(hourly)).allowed).toBe(false);
    expect((await full.lease(hourly, 1)).granted).toBe(0);
  });

  it("keeps its usage when the object is evicted", async () => {
    const name = crypto.randomUUID();
    const limit = { limit: 2, windowSeconds: 3600 };
    await limiter(name).take(limit);
    await limiter(name).take(limit);
    await abortAllDurableObjects();
    expect(await limiter(name).take(limit)).toMatchObject({ allowed: false, remaining: 0 });
  });

  it("deletes its storage through the alarm once idle, and starts afresh after", async () => {
    const limit = { limit: 4, windowSeconds: 60 };
    const stub = limiter();
    await stub.take(limit, 2);
    expect(await runInDurableObject(stub, (_, state) => state.storage.getAlarm())).not.toBeNull();

    // Still in use halfway: the alarm keeps the usage and comes back when it will have drained.
    await advance(stub, 15_000);
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect(await storedTables(stub)).toEqual(["leases", "usage"]);
    const rearmed = await runInDurableObject(stub, (_, state) => state.storage.getAlarm());
    expect(rearmed).toBeGreaterThan(Date.now());
    expect(rearmed).toBeLessThanOrEqual(Date.now() + 15_000);
    expect(await stub.peek(limit)).toMatchObject({ remaining: 3 });

    await advance(stub, 15_000);
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect(await storedTables(stub)).toEqual([]);
    expect(await runInDurableObject(stub, (_, state) => state.storage.getAlarm())).toBeNull();
    expect(await runDurableObjectAlarm(stub)).toBe(false);

    expect(await stub.take(limit)).toMatchObject({ allowed: true, remaining: 3 });
    expect(await storedTables(stub)).toEqual(["leases", "usage"]);
    expect(await runInDurableObject(stub, (_, state) => state.storage.getAlarm())).not.toBeNull();
  });
});
