import { describe, expect, it } from "vitest";
import { signUp } from "../workers/auth/test/client";
import { gateway, readProblem } from "./helpers";

/**
 * Limits nobody escapes: every request is counted against its client address (CF-Connecting-IP
 * only; IPv6 by /64) before its credentials are looked up, bad credentials are charged to that
 * address, and every answer — 401s included — says where the caller stands.
 */

const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const random = (n: number, alphabet = ALPHANUMERIC) => Array.from(crypto.getRandomValues(new Uint8Array(n)), (b) => alphabet[b % alphabet.length]).join("");
/** A key of the right shape that nobody was ever given. */
const randomApiKey = () => `op_${random(8, "abcdefghijklmnopqrstuvwxyz0123456789")}_${random(40)}`;

/**
 * Budgets refill continuously (a limit of 60 a minute gives one back every second), so a burst
 * that takes a few seconds may be admitted that many more than the limit: this is the most.
 */
const mostAdmitted = (limit: number, windowSeconds: number, startedAt: number) =>
  limit + Math.ceil(((Date.now() - startedAt) / 1000) * (limit / windowSeconds));

/** Runs calls `width` at a time, in order. */
async function inWaves<T>(count: number, width: number, call: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < count; i += width) results.push(...(await Promise.all(Array.from({ length: Math.min(width, count - i) }, (_, j) => call(i + j)))));
  return results;
}

describe("credentials that fail", () => {
  it("cost the address its budget: 300 random API keys get 30 × 401, then 429 without a lookup", async () => {
    const address = `203.0.113.${100 + Math.floor(Math.random() * 100)}`;
    const started = Date.now();
    const responses = await inWaves(300, 20, () => gateway("/api/v1/parties", { headers: { "cf-connecting-ip": address, "x-api-key": randomApiKey() } }));
    const unauthorized = responses.filter((r) => r.status === 401);
    const limited = responses.filter((r) => r.status === 429);
    // The failed-credentials budget: 30 a minute per address (gateway:settings).
    expect(unauthorized.length).toBeGreaterThanOrEqual(30);
    // An isolate charges an address before the lookup once it has seen it fail: the first wave of
    // 20 concurrent calls is looked up before any of them has failed.
    expect(unauthorized.length).toBeLessThanOrEqual(mostAdmitted(30, 60, started) + 20);
    expect(unauthorized.length + limited.length).toBe(300);
    for (const r of responses) {
      expect(r.headers.get("ratelimit-limit"), `${r.status}`).toBe("30");
      expect(r.headers.get("ratelimit-remaining")).not.toBeNull();
      expect(r.headers.get("ratelimit-reset")).not.toBeNull();
    }
    const refused = limited.at(-1)!;
    expect(refused.headers.get("ratelimit-remaining")).toBe("0");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await readProblem(refused)).detail).toMatch(/^Too many calls from this address presented credentials that are not valid\./);
  });

  it("count bad access tokens too, while a good token from the same address still works", async () => {
    const address = `203.0.113.${Math.floor(Math.random() * 100)}`;
    const { tokens } = await signUp("limits-good");
    const bad = await inWaves(40, 20, () =>
      gateway("/api/v1/parties", { headers: { "cf-connecting-ip": address, authorization: `Bearer ${random(20)}.${random(40)}.${random(40)}` } }),
    );
    // Forged tokens fail on their signature, before any lookup: each is a 401 charged to the address.
    const charged = bad.map((r) => Number(r.headers.get("ratelimit-remaining")));
    expect(bad.every((r) => r.status === 401 && r.headers.get("ratelimit-limit") === "30")).toBe(true);
    expect(Math.min(...charged)).toBe(0);
    // The address's API keys are now refused before the lookup...
    const key = await gateway("/api/v1/parties", { headers: { "cf-connecting-ip": address, "x-api-key": randomApiKey() } });
    expect(key.status).toBe(429);
    // ...but a valid token from the same address counts against its own user's budget.
    const good = await gateway("/api/v1/parties", { headers: { "cf-connecting-ip": address, authorization: `Bearer ${tokens.access_token}` } });
    expect(good.status).toBe(200);
    expect(good.headers.get("ratelimit-limit")).toBe("120");
  });
});

describe("the client address", () => {
  it("comes from CF-Connecting-IP only: X-Forwarded-For does not buy a fresh budget", async () => {
    const address = `192.0.2.${Math.floor(Math.random() * 250)}`;
    const started = Date.now();
    const responses = await inWaves(90, 30, (i) =>
      gateway("/api/v1/health/config", { headers: { "cf-connecting-ip": address, "x-forwarded-for": `198.18.${i}.1`, "x-real-ip": `198.18.${i}.2` } }),
    );
    const admitted = responses.filter((r) => r.status === 200).length;
    expect(admitted).toBeGreaterThanOrEqual(60);
    expect(admitted).toBeLessThanOrEqual(mostAdmitted(60, 60, started));
    expect(responses.filter((r) => r.status === 429).length).toBe(90 - admitted);
  });

  it("is an IPv6 client's /64: its 2^64 addresses share one budget", async () => {
    const net = `2001:db8:${random(4, "0123456789abcdef")}:${random(4, "0123456789abcdef")}`;
    const started = Date.now();
    const responses = await inWaves(90, 30, (i) =>
      gateway("/api/v1/health/config", { headers: { "cf-connecting-ip": `${net}:${i.toString(16)}::${(i * 7).toString(16)}` } }),
    );
    const admitted = responses.filter((r) => r.status === 200).length;
    expect(admitted).toBeGreaterThanOrEqual(60);
    expect(admitted).toBeLessThanOrEqual(mostAdmitted(60, 60, started));
    expect(responses.filter((r) => r.status === 429).length).toBe(90 - admitted);
    // The next /64 over is another client.
    const neighbour = await gateway("/api/v1/health/config", { headers: { "cf-connecting-ip": `${net.slice(0, -1)}${net.endsWith("f") ? "e" : "f"}::1` } });
    expect(neighbour.status).toBe(200);
  });
});
