import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { LeaseResult, RateLimit, RateLimiter } from "../durable-objects/rate-limiter";
import { LEASE_MS, LeaseBook, type AskForLease } from "../src/middleware/rate-lease";

/**
 * The gateway's leases on the RateLimiter objects, with real objects: each book below is one
 * gateway isolate's, and the calls each makes to the object are counted.
 */

// Test files share one runtime, so every test counts against keys of its own.
function limiterAsk(limit: RateLimit): { ask: AskForLease; calls: () => number; grants: number[]; stub: DurableObjectStub<RateLimiter> } {
  const stub = env.RATE_LIMITER.get(env.RATE_LIMITER.idFromName(`test:lease:${crypto.randomUUID()}`));
  const grants: number[] = [];
  return {
    ask: async (want, returned) => {
      const result = await stub.lease(limit, want, returned);
      grants.push(result.granted);
      return result;
    },
    calls: () => grants.length,
    grants,
    stub,
  };
}

/** A clock a test moves by hand, starting now. */
function handClock(): { now: () => number; advance: (ms: number) => void } {
  let at = Date.now();
  return { now: () => at, advance: (ms) => (at += ms) };
}

const admitted = (results: ({ allowed: boolean } | undefined)[]) => results.filter((r) => r?.allowed).length;
/** Units the limit gives back while a test runs: at most this many more may be admitted. */
const drainedSince = (started: number, limit: RateLimit) => Math.ceil(((Date.now() - started) / 1000) * (limit.limit / limit.windowSeconds));

describe("leases on a key's RateLimiter", () => {
  it("call the object once per lease, not once per request", async () => {
    // 1,000,000 an hour: a lease is ten seconds of that, 2,777 units.
    const limit = { limit: 1_000_000, windowSeconds: 3600 };
    const { ask, calls, grants } = limiterAsk(limit);
    const book = new LeaseBook();
    const results = [];
    for (let i = 0; i < 1_000; i++) results.push(await book.admit("key", limit, ask));
    expect(admitted(results)).toBe(1_000);
    expect(grants).toEqual([2_777]);
    // Concurrent requests share the lease, and a call in flight, rather than each making one.
    expect(admitted(await Promise.all(Array.from({ length: 200 }, () => book.admit("key", limit, ask))))).toBe(200);
    expect(calls()).toBe(1);
    const other = new LeaseBook();
    expect(admitted(await Promise.all(Array.from({ length: 200 }, () => other.admit("key", limit, ask))))).toBe(200);
    expect(calls()).toBe(2);
  });

  it("admit nothing over the limit: 200 concurrent requests in each of three isolates against a limit of 60", async () => {
    const limit = { limit: 60, windowSeconds: 60 };
    const { ask } = limiterAsk(limit);
    const books = [new LeaseBook(), new LeaseBook(), new LeaseBook()];
    const started = Date.now();
    const results = await Promise.all(books.flatMap((book) => Array.from({ length: 200 }, () => book.admit("key", limit, ask))));
    const admittedNow = admitted(results);
    // Every isolate is still asking, so no lease sits unspent: exactly the limit is admitted.
    expect(admittedNow).toBeGreaterThanOrEqual(60);
    expect(admittedNow).toBeLessThanOrEqual(60 + drainedSince(started, limit));
    for (const r of results.filter((r) => r && !r.allowed)) {
      expect(r).toMatchObject({ limit: 60, remaining: 0 });
      expect(r!.retryAfterSeconds).toBeGreaterThan(0);
    }
  });

  it("grant at most half of what is free, so the last units go one call at a time", async () => {
    // 100 every 20 s: a lease of ten seconds' worth would be half the limit.
    const limit = { limit: 100, windowSeconds: 20 };
    const stub = env.RATE_LIMITER.get(env.RATE_LIMITER.idFromName(`test:lease:${crypto.randomUUID()}`));
    const leases: LeaseResult[] = [];
    const ask: AskForLease = async (want, returned) => {
      const result = await stub.lease(limit, want, returned);
      leases.push(result);
      return result;
    };
    const book = new LeaseBook();
    const started = Date.now();
    const results = await Promise.all(Array.from({ length: 200 }, () => book.admit("key", limit, ask)));
    expect(admitted(results)).toBeGreaterThanOrEqual(100);
    expect(admitted(results)).toBeLessThanOrEqual(100 + drainedSince(started, limit));
    const granted = leases.filter((l) => l.granted > 0);
    // What was free before each grant is what it left plus what it took.
    for (const { granted: units, remaining } of granted) expect(units).toBeLessThanOrEqual(Math.max(1, Math.floor((remaining + units) / 2)));
    expect(granted[0]!.granted).toBe(50);
    expect(granted.slice(-2).map((l) => l.granted)).toEqual([1, 1]);
  });

  it("hold back from other isolates at most LEASE_MS of the key's rate, until the holder's next request after LEASE_MS hands it back", async () => {
    // One a second: a lease is ten units.
    const limit = { limit: 100, windowSeconds: 100 };
    const { ask } = limiterAsk(limit);
    const quietClock = handClock();
    const quiet = new LeaseBook(quietClock.now);
    const busy = new LeaseBook();
    const started = Date.now();
    // The quiet isolate had a burst, and holds what is left of its last lease.
    expect(admitted(await Promise.all(Array.from({ length: 35 }, () => quiet.admit("key", limit, ask))))).toBe(35);
    const held = quiet.held("key");
    expect(held).toBe(5);

    // Another isolate gets everything else (and what drains meanwhile), and no more.
    const others = admitted(await Promise.all(Array.from({ length: 100 }, () => busy.admit("key", limit, ask))));
    expect(others).toBeGreaterThanOrEqual(100 - 35 - held);
    expect(others).toBeLessThanOrEqual(100 - 35 - held + drainedSince(started, limit));

    // Once its lease has ended, the quiet isolate's next request gives back what it did not spend.
    quietClock.advance(LEASE_MS + 1);
    let gaveBack = 0;
    const next = await quiet.admit("key", limit, (want, returned) => {
      gaveBack = returned?.unspent ?? 0;
      return ask(want, returned);
    });
    expect(next?.allowed).toBe(true);
    expect(gaveBack).toBe(held);
    // An isolate that asks the object now gets the units given back.
    const fresh = new LeaseBook();
    const later = admitted(await Promise.all(Array.from({ length: 20 }, () => fresh.admit("key", limit, ask))));
    expect(later).toBeGreaterThan(0);
    // Everything is spent but what the quiet isolate holds now.
    const spent = 35 + others + 1 + later;
    expect(spent).toBeGreaterThanOrEqual(100 - quiet.held("key"));
    expect(spent).toBeLessThanOrEqual(100 - quiet.held("key") + drainedSince(started, limit));
  });

  it("answer a refused key in the isolate until the object said a unit would fit", async () => {
    const limit = { limit: 2, windowSeconds: 3600 };
    const { ask, calls } = limiterAsk(limit);
    const book = new LeaseBook();
    await book.admit("key", limit, ask);
    await book.admit("key", limit, ask);
    const refused = await book.admit("key", limit, ask);
    expect(refused).toMatchObject({ allowed: false, remaining: 0, limit: 2 });
    // One unit drains every 1,800 s.
    expect(refused!.retryAfterSeconds).toBeGreaterThan(1_700);
    const before = calls();
    for (let i = 0; i < 50; i++) expect((await book.admit("key", limit, ask))?.allowed).toBe(false);
    expect(calls()).toBe(before);
  });

  it("report RateLimit-Remaining as an upper bound: what the object had free, plus what this isolate holds", async () => {
    const limit = { limit: 50, windowSeconds: 3600 };
    const { ask } = limiterAsk(limit);
    const book = new LeaseBook();
    const results = [];
    for (let i = 0; i < 10; i++) results.push((await book.admit("key", limit, ask))!);
    // Ten taken of fifty: at most forty left, and never reported as fewer than are left.
    expect(results.at(-1)!.remaining).toBeLessThanOrEqual(40);
    expect(results.at(-1)!.remaining).toBeGreaterThanOrEqual(40 - book.held("key"));
    expect(results.map((r) => r.remaining)).toEqual([...results.map((r) => r.remaining)].sort((a, b) => b - a));
  });

  it("start afresh under a new limit when the tier changes, giving back the old lease", async () => {
    const small = { limit: 100, windowSeconds: 100 };
    const { ask, stub } = limiterAsk(small);
    const book = new LeaseBook();
    await Promise.all(Array.from({ length: 35 }, () => book.admit("key", small, ask)));
    const held = book.held("key");
    expect(held).toBeGreaterThan(0);
    const larger = { limit: 1_000, windowSeconds: 100 };
    let gaveBack = -1;
    const result = await book.admit("key", larger, (want, returned) => {
      gaveBack = returned?.unspent ?? 0;
      return stub.lease(larger, want, returned);
    });
    expect(gaveBack).toBe(held);
    expect(result).toMatchObject({ allowed: true, limit: 1_000 });
  });

  it("let requests through when the object cannot be reached", async () => {
    const book = new LeaseBook();
    const limit = { limit: 10, windowSeconds: 60 };
    const unreachable: AskForLease = () => Promise.reject(new Error("object unreachable"));
    expect(await Promise.all(Array.from({ length: 5 }, () => book.admit("key", limit, unreachable)))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
